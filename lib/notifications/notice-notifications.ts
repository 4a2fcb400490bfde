import { prisma } from '@/lib/db/client';
import type { Locale } from '@/i18n/routing';
import { recordEvent, type EventText } from './notification-events';

/**
 * Tells a published notice's subscribers about it: once per notice, ever (publishing again after a
 * return to draft tells nobody twice). Call once the notice is live; a scheduled notice is announced
 * by the scheduler when it goes live, if the editor asked for it when scheduling.
 */
export async function announceNotice(noticeId: string, by: string, now = new Date()): Promise<boolean> {
  const notice = await prisma.notice.findUnique({ where: { id: noticeId }, include: { translations: true } });
  if (!notice || notice.status !== 'published') return false;
  const text: Partial<Record<Locale, EventText>> = {};
  for (const t of notice.translations) text[t.locale as Locale] = { title: t.title, body: t.body };
  return recordEvent(
    {
      key: `notice-published:${notice.id}`,
      kind: 'notice-published',
      topic: notice.category,
      payload: { path: `/notices/${notice.slug}`, text },
      createdBy: by,
    },
    now,
  );
}

/** Tells the notice's subscribers about one public "Updated" entry the editor chose to announce. */
export async function announceNoticeUpdate(updateId: string, by: string, now = new Date()): Promise<boolean> {
  const update = await prisma.noticeUpdate.findUnique({
    where: { id: updateId },
    include: { translations: true, notice: { include: { translations: true } } },
  });
  if (!update || update.notice.status !== 'published') return false;
  const text: Partial<Record<Locale, EventText>> = {};
  for (const t of update.notice.translations) {
    const note = update.translations.find((n) => n.locale === t.locale)?.note;
    if (note) text[t.locale as Locale] = { title: t.title, body: note };
  }
  return recordEvent(
    {
      key: `notice-updated:${update.id}`,
      kind: 'notice-updated',
      topic: update.notice.category,
      payload: { path: `/notices/${update.notice.slug}`, text },
      createdBy: by,
    },
    now,
  );
}
