'use server';

import { expireCommittedTags } from '@/lib/cache/expire-content';
import { redirect } from 'next/navigation';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import { formFieldErrors } from '@/lib/content/form-errors';
import { readReviewFields } from '@/lib/content/review-input';
import { FAQ_TAG } from '@/lib/faq/cached-faq';
import { deleteFaqQuestion, setFaqPublished } from '@/lib/faq/faq-visibility';
import { requestMeta } from '@/lib/auth/request-context';
import { faqCategoryInputSchema, faqQuestionInputSchema } from '@/lib/faq/faq-input';
import {
  moveFaqItem,
  restoreFaqRevision,
  saveFaqCategory,
  saveFaqQuestion,
  type FaqSnapshot,
} from '@/lib/faq/admin-faq';

export type FaqFormState =
  | { status: 'idle' | 'saved'; version?: number }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'conflict'; current: FaqSnapshot & { version: number; editor: string } }
  | { status: 'error'; error: 'forbidden' | 'not-found' };

const localeOf = (form: FormData): Locale =>
  isLocale(form.get('locale')) ? (form.get('locale') as Locale) : routing.defaultLocale;

export const saveFaqQuestionAction = staffAction(
  'editor',
  async (user, _previous: FaqFormState, form: FormData): Promise<FaqFormState> => {
    const get = (name: string) => String(form.get(name) ?? '');
    const id = get('id') || null;
    const parsed = faqQuestionInputSchema.safeParse({
      slug: get('slug').trim(),
      categoryId: get('categoryId'),
      historical: form.get('historical') === 'on',
      ...readReviewFields(form),
      translations: Object.fromEntries(
        routing.locales.map((l) => [l, { question: get(`${l}.question`), answer: get(`${l}.answer`) }]),
      ),
    });
    if (!parsed.success)
      return { status: 'invalid', fieldErrors: formFieldErrors(parsed.error, { slug: 'slug' }) };
    // One transaction: the question, its revision, the audit entry and the change row.
    const { ip } = await requestMeta();
    const result = await saveFaqQuestion(
      id,
      Number(get('version')) || null,
      parsed.data,
      user.email,
      new Date(),
      {
        ip,
      },
    );
    if (!result.ok) {
      if (result.error === 'conflict') return { status: 'conflict', current: result.current };
      if (result.error === 'slug-taken') return { status: 'invalid', fieldErrors: { slug: 'slugTaken' } };
      return { status: 'error', error: 'not-found' };
    }
    expireCommittedTags(result.expire);
    if (!id) redirect(`/${localeOf(form)}/admin/faq/${result.id}?saved=1`);
    return { status: 'saved', version: result.version };
  },
);

export const moveFaqAction = staffFormAction('editor', async (user, form) => {
  const kind = form.get('kind') === 'category' ? 'category' : 'question';
  const direction = form.get('direction') === 'up' ? 'up' : 'down';
  const id = String(form.get('id') ?? '');
  if (await moveFaqItem(kind, id, direction, user.email)) expireCommittedTags([FAQ_TAG]);
  redirect(`/${localeOf(form)}/admin/faq#${kind}-${id}`);
});

export const saveFaqCategoryAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '') || null;
  const parsed = faqCategoryInputSchema.safeParse({
    slug: String(form.get('slug') ?? '').trim(),
    names: Object.fromEntries(routing.locales.map((l) => [l, String(form.get(`name.${l}`) ?? '')])),
  });
  const result = parsed.success
    ? await saveFaqCategory(id, parsed.data.slug, parsed.data.names, user.email)
    : null;
  if (!result?.ok) redirect(`/${localeOf(form)}/admin/faq?category=error`);
  expireCommittedTags([FAQ_TAG]);
  redirect(`/${localeOf(form)}/admin/faq?category=saved`);
});

export const restoreFaqRevisionAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  const result = await restoreFaqRevision(
    id,
    String(form.get('revisionId') ?? ''),
    Number(form.get('version') ?? 0),
    user.email,
    new Date(),
    { ip: (await requestMeta()).ip },
  );
  if (result.ok) expireCommittedTags(result.expire);
  redirect(`/${localeOf(form)}/admin/faq/${id}?${result.ok ? 'restored=1' : 'saved=0'}`);
});

/** Takes a question off the public FAQ, search and feeds at once, or puts it back (a new version). */
export const setFaqPublishedAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  const published = form.get('published') === 'true';
  const { ip } = await requestMeta();
  const result = await setFaqPublished(id, published, Number(form.get('version') ?? 0), user.email, ip);
  if (result.ok) expireCommittedTags([FAQ_TAG]);
  const outcome = result.ok ? (published ? 'published' : 'unpublished') : result.error;
  redirect(`/${localeOf(form)}/admin/faq/${id}?visibility=${outcome}`);
});

/**
 * Deletes a question for good, from its confirmation page (the form names `confirm=delete`). The
 * audit entry keeps what it said, since its revisions go with it.
 */
export const deleteFaqQuestionAction = staffFormAction('editor', async (user, form) => {
  const id = String(form.get('id') ?? '');
  if (form.get('confirm') !== 'delete') redirect(`/${localeOf(form)}/admin/faq/${id}`);
  const deleted = await deleteFaqQuestion(id, user.email, (await requestMeta()).ip);
  if (!deleted) redirect(`/${localeOf(form)}/admin/faq`);
  expireCommittedTags([FAQ_TAG]);
  redirect(`/${localeOf(form)}/admin/faq?deleted=${encodeURIComponent(deleted.slug)}`);
});
