'use server';

import { expireCommittedTags } from '@/lib/cache/expire-content';
import { redirect } from 'next/navigation';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import { afterRestore, afterSave } from '@/lib/content/after-save';
import {
  formLocale,
  formText,
  formVersion,
  invalidForm,
  type DocumentFormState,
} from '@/lib/content/document-form-state';
import { FAQ_TAG } from '@/lib/faq/cached-faq';
import { deleteFaqQuestion, setFaqPublished } from '@/lib/faq/faq-visibility';
import { requestMeta } from '@/lib/auth/request-context';
import {
  faqCategoryInputSchema,
  faqQuestionInputSchema,
  readFaqCategoryForm,
  readFaqQuestionForm,
} from '@/lib/faq/faq-input';
import {
  moveFaqItem,
  restoreFaqRevision,
  saveFaqCategory,
  saveFaqQuestion,
  type FaqSnapshot,
} from '@/lib/faq/admin-faq';

export type FaqFormState = DocumentFormState<FaqSnapshot>;

/** Check the user, parse, one transaction (the question, its revision, audit entry, change row), expire. */
export const saveFaqQuestionAction = staffAction(
  'editor',
  async (user, _previous: FaqFormState, form: FormData): Promise<FaqFormState> => {
    const parsed = faqQuestionInputSchema.safeParse(readFaqQuestionForm(form));
    if (!parsed.success) return invalidForm(parsed.error, { slug: 'slug' });
    const id = formText(form, 'id') || null;
    const { ip } = await requestMeta();
    const result = await saveFaqQuestion(id, formVersion(form), parsed.data, user.email, new Date(), { ip });
    return afterSave(result, (saved) => (id ? null : `/${formLocale(form)}/admin/faq/${saved.id}?saved=1`));
  },
);

export const moveFaqAction = staffFormAction('editor', async (user, form) => {
  const kind = form.get('kind') === 'category' ? 'category' : 'question';
  const direction = form.get('direction') === 'up' ? 'up' : 'down';
  const id = String(form.get('id') ?? '');
  if (await moveFaqItem(kind, id, direction, user.email)) expireCommittedTags([FAQ_TAG]);
  redirect(`/${formLocale(form)}/admin/faq#${kind}-${id}`);
});

export const saveFaqCategoryAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '') || null;
  const parsed = faqCategoryInputSchema.safeParse(readFaqCategoryForm(form));
  const result = parsed.success
    ? await saveFaqCategory(id, parsed.data.slug, parsed.data.names, user.email)
    : null;
  if (!result?.ok) redirect(`/${formLocale(form)}/admin/faq?category=error`);
  expireCommittedTags([FAQ_TAG]);
  redirect(`/${formLocale(form)}/admin/faq?category=saved`);
});

export const restoreFaqRevisionAction = staffFormAction('editor', async (user, form) => {
  const id = formText(form, 'id');
  const page = `/${formLocale(form)}/admin/faq/${id}`;
  const { ip } = await requestMeta();
  const result = await restoreFaqRevision(
    id,
    formText(form, 'revisionId'),
    Number(formText(form, 'version')),
    user.email,
    new Date(),
    { ip },
  );
  afterRestore(result, { saved: () => `${page}?restored=1`, refused: `${page}?saved=0` });
});

/** Takes a question off the public FAQ, search and feeds at once, or puts it back (a new version). */
export const setFaqPublishedAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  const published = form.get('published') === 'true';
  const { ip } = await requestMeta();
  const result = await setFaqPublished(id, published, Number(form.get('version') ?? 0), user.email, ip);
  if (result.ok) expireCommittedTags([FAQ_TAG]);
  const outcome = result.ok ? (published ? 'published' : 'unpublished') : result.error;
  redirect(`/${formLocale(form)}/admin/faq/${id}?visibility=${outcome}`);
});

/**
 * Deletes a question for good, from its confirmation page (the form names `confirm=delete`). The
 * audit entry keeps what it said, since its revisions go with it.
 */
export const deleteFaqQuestionAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  if (form.get('confirm') !== 'delete') redirect(`/${formLocale(form)}/admin/faq/${id}`);
  const deleted = await deleteFaqQuestion(id, user.email, (await requestMeta()).ip);
  if (!deleted) redirect(`/${formLocale(form)}/admin/faq`);
  expireCommittedTags([FAQ_TAG]);
  redirect(`/${formLocale(form)}/admin/faq?deleted=${encodeURIComponent(deleted.slug)}`);
});
