'use client';

import { useEffect } from 'react';
import { guessDevice } from '@/lib/guides/guess-device';

/**
 * Names the device this browser probably runs on in `data-device` on <html>; app/globals.css then
 * shows the matching card's label (DeviceHint) and highlights the card. The page is the same for
 * everyone (cached), so the guess is made here, in the browser. Renders nothing.
 */
export function DeviceGuess() {
  useEffect(() => {
    const device = guessDevice(navigator.userAgent, navigator.maxTouchPoints);
    if (device) document.documentElement.dataset.device = device;
    return () => {
      delete document.documentElement.dataset.device;
    };
  }, []);
  return null;
}
