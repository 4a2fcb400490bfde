'use client';

import { useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

const subscribe = () => () => undefined;

/** The guide that fits the browser's platform, guessed from its user agent (a hint, never a redirect). */
function guessProgram(): 'iphone' | 'android-gmail' | 'apple-mail' | 'outlook' | null {
  const agent = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(agent)) return 'iphone';
  // iPadOS presents itself as a Mac; only touch distinguishes it.
  if (/Macintosh/.test(agent) && navigator.maxTouchPoints > 1) return 'iphone';
  if (/Android/.test(agent)) return 'android-gmail';
  if (/Macintosh|Mac OS X/.test(agent)) return 'apple-mail';
  if (/Windows/.test(agent)) return 'outlook';
  return null;
}

export function PlatformSuggestion({ names }: { names: Record<string, string> }) {
  const t = useTranslations('Guides');
  const program = useSyncExternalStore(subscribe, guessProgram, () => null);
  if (!program || !names[program]) return null;
  return (
    <p
      className="mb-6 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-slate-900"
      data-testid="platform-suggestion"
    >
      {t('suggestion', { platform: t(`platform.${program}`) })}{' '}
      <Link href={`/guides/${program}`} className="font-semibold text-brand-700 underline underline-offset-4">
        {names[program]}
      </Link>
    </p>
  );
}
