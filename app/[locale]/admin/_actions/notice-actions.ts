'use server';

import { expireCommittedTags } from '@/lib/cache/expire-content';
import { redirect } from 'next/navigation';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { requestMeta } from '@/lib/auth/request-context';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import { formFieldErrors } from '@/lib/content/form-errors';
import { parseJapanDateTime } from '@/lib/dates/format-date';
import { noticeInputSchema } from '@/lib/notices/notice-input';
import { markTranslationCurrent, saveNotice } from '@/lib/notices/save-notice';
import { restoreNoticeRevision } from '@/lib/notices/notice-revisions';
import { readReviewFields } from '@/lib/content/review-input';
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

/**
 * The write path (docs/architecture.md): check the user (staffAction), parse, one domain function that
 * owns the whole write in one transaction (the notice, its revision, audit entries, subscribers'
 * events and the change row), then the after-commit work: expire this instance's cache, redirect.
 */
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

    const { ip } = await requestMeta();
    const result = await saveNotice(id, version, parsed.data, user.email, new Date(), { ip });
    if (!result.ok) {
      if (result.error === 'conflict') return { status: 'conflict', current: result.current };
      if (result.error === 'slug-taken') return { status: 'invalid', fieldErrors: { slug: 'slugTaken' } };
      return { status: 'error', error: 'not-found' };
    }
    // Committed: every public page built from notice data (home, indexes, back numbers, feeds,
    // sitemap) expires here now; the other instances follow the committed change row.
    expireCommittedTags(result.expire);
    if (!id) redirect(`/${locale}/admin/notices/${result.id}?saved=1`);
    return { status: 'saved', version: result.version };
  },
);

export const markCurrentAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  const language = String(form.get('language') ?? '');
  const locale = String(form.get('locale') ?? routing.defaultLocale);
  if (!isLocale(language) || !id) return;
  expireCommittedTags(await markTranslationCurrent(id, language, user.email));
  redirect(`/${isLocale(locale) ? locale : routing.defaultLocale}/admin/notices/${id}`);
});

export const restoreRevisionAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  const revisionId = String(form.get('revisionId') ?? '');
  const version = Number(form.get('version') ?? 0);
  const locale = isLocale(form.get('locale')) ? String(form.get('locale')) : routing.defaultLocale;
  const { ip } = await requestMeta();
  const result = await restoreNoticeRevision(id, revisionId, version, user.email, new Date(), { ip });
  if (result.ok) {
    expireCommittedTags(result.expire);
    redirect(`/${locale}/admin/notices/${id}/history?restored=${form.get('restoredVersion') ?? ''}`);
  }
  redirect(`/${locale}/admin/notices/${id}/history?conflict=1`);
});
