import type { Locale } from '@/i18n/routing';
import type { Db } from '@/lib/db/transaction';
import { recordEvent, type EventText } from './notification-events';

/**
 * Tells a published notice's subscribers about it: once per notice, ever (publishing again after a
 * return to draft tells nobody twice). Called inside the transaction that publishes the notice (`db`),
 * so the event commits with it: a saved notice reads its own uncommitted row here. A scheduled notice
 * is announced by the scheduler when it goes live, if the editor asked for it when scheduling.
 */
export async function announceNotice(
  db: Db,
  noticeId: string,
  by: string,
  now = new Date(),
): Promise<boolean> {
  const notice = await db.notice.findUnique({ where: { id: noticeId }, include: { translations: true } });
  if (!notice || notice.status !== 'published') return false;
  const text: Partial<Record<Locale, EventText>> = {};
  for (const t of notice.translations) text[t.locale as Locale] = { title: t.title, body: t.body };
  return recordEvent(
    db,
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
export async function announceNoticeUpdate(
  db: Db,
  updateId: string,
  by: string,
  now = new Date(),
): Promise<boolean> {
  const update = await db.noticeUpdate.findUnique({
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
    db,
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
