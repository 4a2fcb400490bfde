'use client';

import { useSyncExternalStore } from 'react';
import type { DeviceGuideProgram, GuideProgram } from '@/lib/guides/guide-programs';

const subscribe = () => () => undefined;

/** The guide that fits the browser's platform, guessed from its user agent (a hint, never a redirect). */
function guessProgram(): DeviceGuideProgram | null {
  const agent = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(agent)) return 'iphone';
  // iPadOS presents itself as a Mac; only touch distinguishes it.
  if (/Macintosh/.test(agent) && navigator.maxTouchPoints > 1) return 'iphone';
  if (/Android/.test(agent)) return 'android-gmail';
  if (/Macintosh|Mac OS X/.test(agent)) return 'apple-mail';
  if (/Windows/.test(agent)) return 'outlook';
  return null;
}

/**
 * A label on the guide card that fits this browser's device. It is absolutely positioned over the
 * card's top border, so appearing after hydration moves nothing on the page (a hint box above the
 * cards pushed everything down on phones: a layout shift of 0.07 in Lighthouse). The label comes
 * translated from the server, so this leaf needs no message catalog; `lang` is the page's, as the card
 * around it may be in the guide's own language.
 */
export function DeviceHint({ program, label, lang }: { program: GuideProgram; label: string; lang: string }) {
  const guessed = useSyncExternalStore(subscribe, guessProgram, () => null);
  if (guessed !== program) return null;
  return (
    <span
      data-device-hint
      data-testid="device-hint"
      lang={lang}
      className="absolute -top-2.5 right-3 rounded-full bg-brand-700 px-2 py-0.5 text-xs leading-4 font-semibold text-white"
    >
      {label}
    </span>
  );
}
