'use server';

import { expireCommittedTags } from '@/lib/cache/expire-content';
import { redirect } from 'next/navigation';
import { isLocale } from '@/i18n/routing';
import { requestMeta } from '@/lib/auth/request-context';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import { afterRestore, afterSave } from '@/lib/content/after-save';
import {
  formLocale,
  formText,
  formVersion,
  invalidForm,
  type DocumentFormState,
} from '@/lib/content/document-form-state';
import { noticeInputSchema, readNoticeForm } from '@/lib/notices/notice-input';
import { markTranslationCurrent, saveNotice } from '@/lib/notices/save-notice';
import { restoreNoticeRevision } from '@/lib/notices/notice-revisions';
import type { NoticeSnapshot } from '@/lib/notices/notice-snapshot';

export type NoticeFormState = DocumentFormState<NoticeSnapshot>;

/**
 * The write path (docs/architecture.md): check the user (staffAction), parse, one domain function that
 * owns the whole write in one transaction (the notice, its revision, audit entries, subscribers'
 * events and the change row), then the after-commit work: expire this instance's cache, redirect.
 */
export const saveNoticeAction = staffAction(
  'editor',
  async (user, _previous: NoticeFormState, form: FormData): Promise<NoticeFormState> => {
    const parsed = noticeInputSchema.safeParse(readNoticeForm(form));
    if (!parsed.success) return invalidForm(parsed.error, { slug: 'slug' });
    const id = formText(form, 'id') || null;
    const { ip } = await requestMeta();
    const result = await saveNotice(id, formVersion(form), parsed.data, user.email, new Date(), { ip });
    // A new notice goes to its own page; every public page built from notice data expires.
    return afterSave(result, (saved) =>
      id ? null : `/${formLocale(form)}/admin/notices/${saved.id}?saved=1`,
    );
  },
);

export const markCurrentAction = staffFormAction('editor', async (user, form) => {
  const id = formText(form, 'id');
  const language = form.get('language');
  if (!isLocale(language) || !id) return;
  expireCommittedTags(await markTranslationCurrent(id, language, user.email));
  redirect(`/${formLocale(form)}/admin/notices/${id}`);
});

export const restoreRevisionAction = staffFormAction('editor', async (user, form) => {
  const id = formText(form, 'id');
  const history = `/${formLocale(form)}/admin/notices/${id}/history`;
  const { ip } = await requestMeta();
  const result = await restoreNoticeRevision(
    id,
    formText(form, 'revisionId'),
    Number(formText(form, 'version')),
    user.email,
    new Date(),
    { ip },
  );
  afterRestore(result, {
    saved: () => `${history}?restored=${formText(form, 'restoredVersion')}`,
    refused: `${history}?conflict=1`,
  });
});
