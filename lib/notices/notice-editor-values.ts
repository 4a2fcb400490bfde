import { staleLocales } from '@/lib/content/translation-state';
import { routing, type Locale } from '@/i18n/routing';
import { reviewByValue } from '@/lib/content/review-input';
import { PORTAL_TIME_ZONE } from '@/lib/dates/format-date';
import type { getNoticeForEdit } from './admin-notices';

/** `YYYY-MM-DDTHH:mm:ss` in Japan time, the value a datetime-local field shows. */
export function toJapanLocalInput(date: Date | null): string {
  if (!date) return '';
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: PORTAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return parts.replace(' ', 'T');
}

type Editable = NonNullable<Awaited<ReturnType<typeof getNoticeForEdit>>>;

/** The editor's starting values: an existing notice, or an empty draft. */
export function noticeEditorValues(notice: Editable | null, announced = false) {
  const empty = { title: '', summary: '', body: '' };
  const translations = Object.fromEntries(
    routing.locales.map((l) => {
      const t = notice?.translations.find((tr) => tr.locale === l);
      return [l, t ? { title: t.title, summary: t.summary, body: t.body } : empty];
    }),
  ) as Record<Locale, typeof empty>;
  return {
    id: notice?.id ?? null,
    version: notice?.version ?? null,
    slug: notice?.slug ?? '',
    category: notice?.category ?? 'general',
    importance: notice?.importance ?? 'normal',
    pinned: notice?.pinned ?? false,
    reviewBy: reviewByValue(notice?.reviewBy),
    minor: false,
    status: notice?.status ?? 'draft',
    publishAt: toJapanLocalInput(notice?.publishedAt ?? null),
    translations,
    staleLanguages: staleLocales(notice?.languages),
    announced,
    notifyOnPublish: notice?.notifyOnPublish ?? false,
  };
}
