import type { Locale } from '@/i18n/routing';
import { statusOverview } from './status-overview';
import type { ComponentState } from './status-states';

/**
 * The state of the mail service in one line, for the home page: is something wrong on our side right
 * now, and if so what. Read when the page is rendered (it is regenerated at least every few minutes
 * and the status banner, asked by the browser, follows within 15 seconds), so it says as of when.
 */
export interface ServiceSummary {
  state: ComponentState;
  /** The first open incident or maintenance, in the page's language. */
  title: string | null;
  kind: 'incident' | 'maintenance' | null;
  at: Date;
}

/** Null when the state cannot be read just now: the home page must never fail for the line's sake. */
export async function serviceSummary(locale: Locale, now = new Date()): Promise<ServiceSummary | null> {
  try {
    const overview = await statusOverview(locale, now);
    const first = overview.active[0];
    return { state: overview.overall, title: first?.title ?? null, kind: first?.kind ?? null, at: now };
  } catch {
    return null;
  }
}
