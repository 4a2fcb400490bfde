'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

type Summary = { overall: string; incidents: { title: string; kind: string }[] };

/**
 * A banner on every public page while something is not operational. Pages stay cached; the banner
 * asks GET /api/status (cached 15 s) from the browser, so it is as fresh as the status page.
 */
export function StatusBanner() {
  const t = useTranslations('StatusBanner');
  const locale = useLocale();
  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/status?lang=${locale}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Summary>) : null))
      .then(setSummary)
      .catch(() => undefined);
    return () => controller.abort();
  }, [locale]);
  if (!summary || (summary.overall === 'operational' && summary.incidents.length === 0)) return null;
  const first = summary.incidents[0];
  return (
    <aside
      aria-label={t('label')}
      data-testid="status-banner"
      className={`border-b px-4 py-2 text-sm ${summary.overall === 'maintenance' ? 'border-sky-200 bg-sky-50 text-sky-950' : 'border-red-200 bg-red-50 text-red-950'}`}
    >
      <p className="mx-auto max-w-5xl">
        <strong>
          {first ? first.title : t(`state.${summary.overall === 'maintenance' ? 'maintenance' : 'problem'}`)}
        </strong>{' '}
        <Link href="/status" className="font-semibold underline underline-offset-4">
          {t('link')}
        </Link>
      </p>
    </aside>
  );
}
