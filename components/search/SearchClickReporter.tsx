'use client';

import type { ReactNode } from 'react';

/**
 * Tells the portal that a result of this search was opened (POST /api/search/click, as a beacon so
 * it survives the navigation). Searches with results that nobody opened are a content gap staff
 * see in /admin/insights. Pagination links are not results and do not count.
 */
export function SearchClickReporter({
  searchId,
  children,
}: {
  searchId: string | null;
  children: ReactNode;
}) {
  const report = (event: React.MouseEvent) => {
    if (!searchId) return;
    const link = (event.target as Element).closest('a');
    if (!link || link.closest('nav')) return;
    const body = new Blob([JSON.stringify({ id: searchId })], { type: 'application/json' });
    if (!navigator.sendBeacon?.('/api/search/click', body))
      void fetch('/api/search/click', { method: 'POST', body, keepalive: true }).catch(() => undefined);
  };
  return <div onClickCapture={report}>{children}</div>;
}
