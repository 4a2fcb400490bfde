'use client';

import { useEffect } from 'react';

/**
 * Marks <html> with `data-hydrated` once React has hydrated the page, for browser automation (the
 * end-to-end tests, a monitoring probe) that must not act before the page's islands answer. Rendered
 * last in the layout: effects run children first, so every island above it has hydrated when this
 * one runs.
 */
export function HydrationSignal() {
  useEffect(() => {
    document.documentElement.setAttribute('data-hydrated', '');
  }, []);
  return null;
}
