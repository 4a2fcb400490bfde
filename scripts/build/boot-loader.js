// The first and only script a public page loads by itself (scripts/build/deferred-boot.cjs puts it in
// place of the framework chunks). It starts React and Next's router at the first sign of a person
// (a pointer moving, a touch, a key, a focus, a click), not on load: a customer who only reads a
// notice on a slow phone gets the page painted without 130 KB of framework JavaScript competing for
// the connection and the CPU. What the page needs before that, it does itself:
//   - early clicks on buttons and early form submissions are held and replayed once React runs, and
//     whatever was typed before then is handed to React, so nothing a customer does is lost;
//   - the status banner: if something is not operational, React starts at once to show it;
//   - the device hint on the guide index (`data-device` on <html>, shown by CSS);
//   - a click on a search result is reported (POST /api/search/click) whether React runs or not.
// Only pages whose <html> says data-boot="on-intent" wait (the public layout's); staff pages and the
// last-resort error pages start React at once. Plain ES2017, no imports: it runs before anything else.
(function () {
  'use strict';
  /** The framework chunks, filled in by the build (the build manifest's rootMainFiles). */
  var RUNTIME = __RUNTIME_FILES__;
  /** The staff area is a set of forms: it starts React at once. */
  var STAFF = /^\/[^/]+\/admin(?:\/|$)/;
  var INTENT = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'];

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
  }

  /** A chunk did not load (offline, a stale copy from the edge): stop holding, let the browser act. */
  function giveUp() {
    hydrated = true;
    held = [];
    changed = [];
  }

  function onClick(event) {
    var target = event.target;
    if (!hydrated) start();
    if (target && target.closest) reportSearchClick(target);
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
    if (hydrated || !field || !('form' in field) || changed.indexOf(field) >= 0) return;
    changed.push(field);
  }

  /**
   * Hands a value typed before hydration to React. React read the field's value when it hydrated
   * and only reports a change when the value differs from that, so the field is set to something
   * else through its own setter (which React watches) and back through the prototype's (which it
   * does not), then the event React listens to for that kind of field is sent.
   */
  function handOver(field) {
    if (field.tagName === 'SELECT') {
      field.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    var checkable = field.type === 'checkbox' || field.type === 'radio';
    var key = checkable ? 'checked' : 'value';
    var now = field[key];
    var setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), key);
    if (!setter || !setter.set) return;
    field[key] = checkable ? !now : now === '' ? ' ' : '';
    setter.set.call(field, now);
    field.dispatchEvent(new Event(checkable ? 'click' : 'input', { bubbles: true }));
  }

  function onHydrated() {
    if (hydrated) return;
    hydrated = true;
    var fields = changed;
    var actions = held;
    changed = [];
    held = [];
    for (var i = 0; i < fields.length; i += 1) if (fields[i].isConnected) handOver(fields[i]);
    // After React has rendered what the handed-over values changed.
    setTimeout(function () {
      for (var j = 0; j < actions.length; j += 1) actions[j]();
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
    if (document.readyState === 'complete') checkStatus();
    else addEventListener('load', checkStatus);
  }
})();
