'use client';

import { useEffect } from 'react';

/**
 * Progressive enhancement for deep links: opens the <details> that holds `location.hash` on load and
 * whenever the hash changes. Browsers that reveal closed <details> on fragment navigation already
 * do this; the FAQ works without it.
 */
export function OpenFaqFromHash() {
  useEffect(() => {
    const open = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      const details = target?.closest('details');
      if (details && !details.open) {
        details.open = true;
        target?.scrollIntoView();
      }
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
  return null;
}
