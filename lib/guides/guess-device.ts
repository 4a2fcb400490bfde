import type { DeviceGuideProgram } from './guide-programs';

/**
 * The guide that probably fits the device a browser runs on, from its user agent: a hint on the
 * guide index's cards, never a redirect (a customer may well be reading on a phone about a PC).
 */
export function guessDevice(userAgent: string, maxTouchPoints = 0): DeviceGuideProgram | null {
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'iphone';
  // iPadOS presents itself as a Mac; only touch tells them apart.
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return 'iphone';
  if (/Android/.test(userAgent)) return 'android-gmail';
  if (/Macintosh|Mac OS X/.test(userAgent)) return 'apple-mail';
  if (/Windows/.test(userAgent)) return 'outlook';
  return null;
}
