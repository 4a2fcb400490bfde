// The first and only script a public page loads by itself (scripts/build/deferred-boot.cjs puts it in
// place of the framework chunks). It starts React and Next's router at the first sign of a person
// (a pointer moving, a touch, a key, a focus, a click), not on load: a customer who only reads a
// notice on a slow phone gets the page painted without 130 KB of framework JavaScript competing for
// the connection and the CPU (the chunks are fetched into the cache once the page has loaded, but not
// run). What the page needs before that, it does itself:
//   - early clicks on buttons and early form submissions are held and replayed once React runs, and
//     whatever was typed before then is handed to React, so nothing a customer does is lost;
//   - the status banner: if something is not operational, React starts at once to show it (and
//     likewise for "Was this helpful?" when this browser has answered it here before);
//   - the device hint on the guide index (`data-device` on <html>, shown by CSS);
//   - a click on a search result is reported (POST /api/search/click) whether React runs or not;
//   - the language switcher's choice is remembered in the locale cookie.
// Only pages whose <html> says data-boot="on-intent" wait (the public layout's); staff pages, the
// last-resort error pages and a page with a part that failed on the server start React at once.
// Plain ES2019, no imports: it runs before anything else.
(function () {
  'use strict';
  /** The framework chunks, filled in by the build (the build manifest's rootMainFiles). */
  var RUNTIME = __RUNTIME_FILES__;
  /** The staff area is a set of forms: it starts React at once. */
  var STAFF = /^\/[^/]+\/admin(?:\/|$)/;
  var INTENT = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'];
  /** How long clicks are held for React at most: past it, something failed, and the browser acts. */
  var HOLD_MS = 30000;

  var root = document.documentElement;
  var self = document.currentScript;
  // The same src as Next's own tags (a path, not a URL): the bundler's runtime finds the chunks it
  // waits for by that attribute.
  var own = self ? self.getAttribute('src') || '' : '';
  var base = own.indexOf('static/chunks/') > 0 ? own.slice(0, own.indexOf('static/chunks/')) : '/_next/';
  var started = false;
  var hydrated = root.hasAttribute('data-hydrated');
  /** Held actions, replayed in order once React has hydrated the page. */
  var held = [];
  /** Fields changed before React ran (their value is handed over, not lost). */
  var changed = [];

  function start() {
    if (started) return;
    started = true;
    root.setAttribute('data-runtime', 'loading');
    for (var i = 0; i < INTENT.length; i += 1) removeEventListener(INTENT[i], start, true);
    for (var j = 0; j < RUNTIME.length; j += 1) {
      var script = document.createElement('script');
      script.src = base + RUNTIME[j];
      script.async = true;
      script.onerror = giveUp;
      document.head.appendChild(script);
    }
    setTimeout(function () {
      if (!hydrated) giveUp();
    }, HOLD_MS);
  }

  /**
   * A chunk did not load (offline, a stale copy from the edge) or React never finished: stop holding,
   * let the browser act (links and <details> work; what was held is dropped rather than replayed
   * into a page that cannot answer).
   */
  function giveUp() {
    hydrated = true;
    held = [];
    changed = [];
  }

  function onClick(event) {
    var target = event.target;
    if (!hydrated) start();
    if (target && target.closest) {
      reportSearchClick(target);
      rememberLocale(target);
    }
    if (hydrated || !target || !target.closest) return;
    // Links, <summary>, labels and form fields work without React; buttons do not.
    var button = target.closest('button');
    if (!button || button.disabled) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(function () {
      button.click();
    });
  }

  function onSubmit(event) {
    if (hydrated) return;
    start();
    var form = event.target;
    var submitter = event.submitter;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(function () {
      form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
    });
  }

  function onChange(event) {
    var field = event.target;
    if (hydrated) return;
    // Typing or picking (autofill and assistive technology may change a field without a key or a pointer).
    start();
    if (field && 'form' in field && changed.indexOf(field) < 0) changed.push(field);
  }

  /** What a field holds now: its value, or whether it is checked. */
  function valueOf(field) {
    return field.type === 'checkbox' || field.type === 'radio' ? field.checked : field.value;
  }

  /**
   * Hands a value typed before hydration to React. React read the field's value when it hydrated
   * and only reports a change when the value differs from that, so the field is set to something
   * else through its own setter (which React watches) and to the value through the prototype's
   * (which it does not), then the event React listens to for that kind of field is sent. The value
   * was read before any field was handed over: React re-rendering the form for one field can reset
   * another that still shows its server-rendered state.
   */
  function handOver(field, value) {
    var checkable = field.type === 'checkbox' || field.type === 'radio';
    var key = checkable ? 'checked' : 'value';
    var setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), key);
    // A radio button left unchecked is handed over by the one checked in its group.
    if (!setter || !setter.set || (field.type === 'radio' && !value)) return;
    if (field.tagName !== 'SELECT') field[key] = checkable ? !value : value === '' ? ' ' : '';
    setter.set.call(field, value);
    field.dispatchEvent(
      new Event(field.tagName === 'SELECT' ? 'change' : checkable ? 'click' : 'input', { bubbles: true }),
    );
  }

  function onHydrated() {
    if (hydrated) return;
    hydrated = true;
    var fields = changed;
    var actions = held;
    changed = [];
    held = [];
    var values = fields.map(valueOf);
    for (var i = 0; i < fields.length; i += 1) if (fields[i].isConnected) handOver(fields[i], values[i]);
    // After React has rendered what the handed-over values changed.
    setTimeout(function () {
      for (var j = 0; j < actions.length; j += 1) {
        try {
          actions[j]();
        } catch {
          // One action that cannot be replayed (its form was re-rendered away) must not stop the rest.
        }
      }
    }, 0);
  }

  /** Results of a search report which one was opened (nobody clicking is a content gap for staff). */
  function reportSearchClick(target) {
    var link = target.closest('a[href]');
    var results = link && link.closest('[data-search-id]');
    if (!results || link.closest('nav')) return;
    var body = new Blob([JSON.stringify({ id: results.getAttribute('data-search-id') })], {
      type: 'application/json',
    });
    if (!(navigator.sendBeacon && navigator.sendBeacon('/api/search/click', body)))
      fetch('/api/search/click', { method: 'POST', body: body, keepalive: true }).catch(function () {});
  }

  /** The language switcher's choice is remembered for `/` (the cookie is spelt out on the link). */
  function rememberLocale(target) {
    var link = target.closest('a[data-locale-cookie]');
    if (link) document.cookie = link.getAttribute('data-locale-cookie');
  }

  /** The guide that fits this device, guessed from the user agent (a hint on its card, never a redirect). */
  function guessDevice() {
    var agent = navigator.userAgent;
    if (/iPhone|iPad|iPod/.test(agent)) return 'iphone';
    // iPadOS presents itself as a Mac; only touch tells them apart.
    if (/Macintosh/.test(agent) && navigator.maxTouchPoints > 1) return 'iphone';
    if (/Android/.test(agent)) return 'android-gmail';
    if (/Macintosh|Mac OS X/.test(agent)) return 'apple-mail';
    if (/Windows/.test(agent)) return 'outlook';
    return '';
  }

  /**
   * Once the page has loaded and the browser is idle, the framework's chunks are fetched into the
   * cache without running them: the first touch then starts React from the cache, and a cached page
   * opened while the app is down (the edge serves it) can still start it.
   */
  function prefetch() {
    if (started) return;
    for (var i = 0; i < RUNTIME.length; i += 1) {
      var link = document.createElement('link');
      link.rel = 'prefetch';
      link.as = 'script';
      link.href = base + RUNTIME[i];
      document.head.appendChild(link);
    }
  }

  function afterLoad() {
    checkStatus();
    if (window.requestIdleCallback) requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 200);
  }

  /**
   * Whether part of the page failed on the server and waits for React to render it in the browser
   * (an error message, say): React marks such a part with a `$!` comment.
   */
  function needsClientRender() {
    var walker = document.createTreeWalker(document.body || root, NodeFilter.SHOW_COMMENT);
    while (walker.nextNode()) if (walker.currentNode.data === '$!') return true;
    return false;
  }

  /** Whether this browser has answered a "Was this helpful?" on the page (React then thanks instead). */
  function answeredHere() {
    var votes = document.querySelectorAll('[data-feedback-key]');
    try {
      for (var i = 0; i < votes.length; i += 1)
        if (localStorage.getItem(votes[i].getAttribute('data-feedback-key')) !== null) return true;
    } catch {
      // Storage may be refused (private modes, settings): the question is then simply asked.
    }
    return false;
  }

  function afterParse() {
    if (!started && (needsClientRender() || answeredHere())) start();
  }

  /** Starts React at once when the status banner has something to say. */
  function checkStatus() {
    if (started) return;
    fetch('/api/status?lang=' + encodeURIComponent(root.lang || 'en'))
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (summary) {
        if (summary && (summary.overall !== 'operational' || summary.incidents.length > 0)) start();
      })
      .catch(function () {});
  }

  var device = guessDevice();
  if (device) root.setAttribute('data-device', device);
  addEventListener('click', onClick, true);
  addEventListener('submit', onSubmit, true);
  addEventListener('input', onChange, true);
  addEventListener('change', onChange, true);
  addEventListener('portal:hydrated', onHydrated);
  if (hydrated || root.getAttribute('data-boot') !== 'on-intent' || STAFF.test(location.pathname)) start();
  else {
    for (var i = 0; i < INTENT.length; i += 1)
      addEventListener(INTENT[i], start, { capture: true, passive: true });
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', afterParse);
    else afterParse();
    if (document.readyState === 'complete') afterLoad();
    else addEventListener('load', afterLoad);
  }
})();
