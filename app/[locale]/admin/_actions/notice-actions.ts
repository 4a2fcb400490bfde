'use server';

import { expireContentTag } from '@/lib/cache/expire-content';
import { redirect } from 'next/navigation';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestMeta } from '@/lib/auth/request-context';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import { formFieldErrors } from '@/lib/content/form-errors';
import { parseJapanDateTime } from '@/lib/dates/format-date';
import { NOTICES_TAG } from '@/lib/notices/cached-notices';
import { noticeInputSchema, type NoticeInput } from '@/lib/notices/notice-input';
import { markTranslationCurrent, saveNotice } from '@/lib/notices/save-notice';
import { restoreNoticeRevision } from '@/lib/notices/notice-revisions';
import { readReviewFields } from '@/lib/content/review-input';
import { announceNotice, announceNoticeUpdate } from '@/lib/notifications/notice-notifications';
import type { NoticeSnapshot } from '@/lib/notices/notice-snapshot';

export type NoticeFormState =
  | { status: 'idle' | 'saved'; version?: number }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'conflict'; current: NoticeSnapshot & { version: number; editor: string } }
  | { status: 'error'; error: 'forbidden' | 'not-found' };

function formToInput(form: FormData) {
  const get = (name: string) => String(form.get(name) ?? '');
  const updateDate = get('updateDate') ? parseJapanDateTime(`${get('updateDate')}T00:00`) : null;
  return {
    slug: get('slug').trim(),
    category: get('category'),
    importance: get('importance'),
    pinned: form.get('pinned') === 'on',
    ...readReviewFields(form),
    status: get('status'),
    publishAt: parseJapanDateTime(form.get('publishAt')),
    translations: Object.fromEntries(
      routing.locales.map((l) => [
        l,
        { title: get(`${l}.title`), summary: get(`${l}.summary`), body: get(`${l}.body`) },
      ]),
    ),
    publicUpdate:
      form.get('addUpdate') === 'on'
        ? {
            date: updateDate ?? new Date(),
            notes: Object.fromEntries(routing.locales.map((l) => [l, get(`note.${l}`).trim()])),
            announce: form.get('announceUpdate') === 'on',
          }
        : null,
    notify: form.get('notify') === 'on',
  };
}

function auditSummary(input: NoticeInput, previousStatus?: string) {
  const status =
    previousStatus && previousStatus !== input.status
      ? `, ${previousStatus} → ${input.status}`
      : `, ${input.status}`;
  const told = input.notify && input.status !== 'draft' ? ', subscribers notified' : '';
  const update = input.publicUpdate
    ? `, public update added${input.publicUpdate.announce ? ' and announced' : ''}`
    : '';
  return `${input.slug}${status}${update}${told}`;
}

export const saveNoticeAction = staffAction(
  'editor',
  async (user, _previous: NoticeFormState, form: FormData): Promise<NoticeFormState> => {
    const locale: Locale = isLocale(form.get('locale'))
      ? (form.get('locale') as Locale)
      : routing.defaultLocale;
    const id = String(form.get('id') ?? '') || null;
    const version = Number(form.get('version') ?? 0) || null;
    const parsed = noticeInputSchema.safeParse(formToInput(form));
    if (!parsed.success)
      return { status: 'invalid', fieldErrors: formFieldErrors(parsed.error, { slug: 'slug' }) };
    if (parsed.data.publishAt === undefined)
      return { status: 'invalid', fieldErrors: { publishAt: 'invalid' } };

    const previousStatus = String(form.get('previousStatus') ?? '') || undefined;
    const result = await saveNotice(id, version, parsed.data, user.email);
    if (!result.ok) {
      if (result.error === 'conflict') return { status: 'conflict', current: result.current };
      if (result.error === 'slug-taken') return { status: 'invalid', fieldErrors: { slug: 'slugTaken' } };
      return { status: 'error', error: 'not-found' };
    }

    const { ip } = await requestMeta();
    await recordAudit({
      actorEmail: user.email,
      action: id ? 'notice.update' : 'notice.create',
      targetType: 'notice',
      targetId: result.id,
      summary: auditSummary(parsed.data, previousStatus),
      ip,
    });
    if (previousStatus && previousStatus !== parsed.data.status) {
      await recordAudit({
        actorEmail: user.email,
        action: 'notice.status',
        targetType: 'notice',
        targetId: result.id,
        summary: `${parsed.data.slug}: ${previousStatus} → ${parsed.data.status}`,
        ip,
      });
    }
    // Subscribers are told only when the editor asked: a typo fix must not mail everyone.
    if (parsed.data.notify && parsed.data.status === 'published') await announceNotice(result.id, user.email);
    if (result.updateId && parsed.data.publicUpdate?.announce)
      await announceNoticeUpdate(result.updateId, user.email);
    // Every public page built from notice data (home, indexes, back numbers, feeds, sitemap) expires now.
    await expireContentTag(NOTICES_TAG);
    if (!id) redirect(`/${locale}/admin/notices/${result.id}?saved=1`);
    return { status: 'saved', version: result.version };
  },
);

export const markCurrentAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  const language = String(form.get('language') ?? '');
  const locale = String(form.get('locale') ?? routing.defaultLocale);
  if (!isLocale(language) || !id) return;
  await markTranslationCurrent(id, language);
  await recordAudit({
    actorEmail: user.email,
    action: 'notice.translation-current',
    targetType: 'notice',
    targetId: id,
    summary: language,
  });
  await expireContentTag(NOTICES_TAG);
  redirect(`/${isLocale(locale) ? locale : routing.defaultLocale}/admin/notices/${id}`);
});

export const restoreRevisionAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  const revisionId = String(form.get('revisionId') ?? '');
  const version = Number(form.get('version') ?? 0);
  const locale = isLocale(form.get('locale')) ? String(form.get('locale')) : routing.defaultLocale;
  const result = await restoreNoticeRevision(id, revisionId, version, user.email);
  if (result.ok) {
    await recordAudit({
      actorEmail: user.email,
      action: 'notice.restore',
      targetType: 'notice',
      targetId: id,
      summary: `restored revision ${revisionId} as version ${result.version}`,
    });
    await expireContentTag(NOTICES_TAG);
    redirect(`/${locale}/admin/notices/${id}/history?restored=${form.get('restoredVersion') ?? ''}`);
  }
  redirect(`/${locale}/admin/notices/${id}/history?conflict=1`);
});
