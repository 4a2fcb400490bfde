'use client';

import { useEffect } from 'react';

/**
 * Tells the boot loader (scripts/build/boot-loader.js) that React has hydrated the page, so it can hand
 * over what a customer typed and replay what they clicked before then. Rendered last in the layout:
 * effects run children first, so every island above it has hydrated when this one runs.
 */
export function HydrationSignal() {
  useEffect(() => {
    document.documentElement.setAttribute('data-hydrated', '');
    window.dispatchEvent(new Event('portal:hydrated'));
  }, []);
  return null;
}
