'use client';

import type { MouseEvent, ReactNode } from 'react';

/**
 * Reports which result of a search is opened (POST /api/search/click; nobody clicking is a content gap
 * for staff, docs/insights.md). A beacon, so the report survives the page being left for the result.
 */
export function ReportResultClicks({ searchId, children }: { searchId: string | null; children: ReactNode }) {
  function report(event: MouseEvent<HTMLDivElement>) {
    if (!searchId || !(event.target instanceof Element)) return;
    const link = event.target.closest('a[href]');
    // Links in the pagination and shortcuts' navigation are not results.
    if (!link || link.closest('nav')) return;
    const body = new Blob([JSON.stringify({ id: searchId })], { type: 'application/json' });
    if (!navigator.sendBeacon?.('/api/search/click', body))
      void fetch('/api/search/click', { method: 'POST', body, keepalive: true }).catch(() => undefined);
  }
  return <div onClickCapture={report}>{children}</div>;
}
