'use server';

import { expireCommittedTags } from '@/lib/cache/expire-content';
import { redirect } from 'next/navigation';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { requestMeta } from '@/lib/auth/request-context';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import { readReviewFields } from '@/lib/content/review-input';
import { formFieldErrors } from '@/lib/content/form-errors';
import { GUIDES_TAG } from '@/lib/guides/cached-guides';
import {
  GUIDE_IMAGE_LIMITS,
  GUIDE_TEXT_FIELDS,
  guideImageInputSchema,
  guideInputSchema,
  guideProgramSchema,
} from '@/lib/guides/guide-input';
import { checkGuideImageFile } from '@/lib/guides/guide-image-file';
import { addGuideImage, deleteGuideImage, moveGuideImage } from '@/lib/guides/guide-images';
import { restoreGuideRevision, saveGuide, type GuideSnapshot } from '@/lib/guides/save-guide';

export type GuideFormState =
  | { status: 'idle' | 'saved'; version?: number }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'conflict'; current: GuideSnapshot & { version: number; editor: string } }
  | { status: 'error'; error: 'forbidden' | 'not-found' };

export type GuideImageFormState =
  | { status: 'idle' | 'added' }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'error'; error: 'forbidden' | 'not-found' };

const text = (form: FormData, name: string) => String(form.get(name) ?? '');
const localeOf = (form: FormData): Locale =>
  isLocale(form.get('locale')) ? (form.get('locale') as Locale) : routing.defaultLocale;
const programOf = (form: FormData) => guideProgramSchema.safeParse(form.get('program')).data;

export const saveGuideAction = staffAction(
  'editor',
  async (user, _previous: GuideFormState, form: FormData): Promise<GuideFormState> => {
    const program = programOf(form);
    if (!program) return { status: 'error', error: 'not-found' };
    const parsed = guideInputSchema.safeParse({
      supported: form.get('supported') === 'on',
      incoming: text(form, 'incoming'),
      ...readReviewFields(form),
      translations: Object.fromEntries(
        routing.locales.map((l) => [
          l,
          Object.fromEntries(GUIDE_TEXT_FIELDS.map((field) => [field, text(form, `${l}.${field}`)])),
        ]),
      ),
    });
    if (!parsed.success) return { status: 'invalid', fieldErrors: formFieldErrors(parsed.error) };
    const version = Number(text(form, 'version')) || null;
    // One transaction: the guide, its revision, the audit entry and the change row.
    const { ip } = await requestMeta();
    const result = await saveGuide(program, version, parsed.data, user.email, new Date(), { ip });
    if (!result.ok) {
      if (result.error === 'conflict') return { status: 'conflict', current: result.current };
      return { status: 'error', error: 'not-found' };
    }
    expireCommittedTags(result.expire);
    return { status: 'saved', version: result.version };
  },
);

export const restoreGuideRevisionAction = staffFormAction('editor', async (user, form) => {
  const program = programOf(form);
  if (!program) redirect(`/${localeOf(form)}/admin/guides`);
  const result = await restoreGuideRevision(
    program,
    text(form, 'revisionId'),
    Number(text(form, 'version')),
    user.email,
    new Date(),
    { ip: (await requestMeta()).ip },
  );
  if (!result.ok) redirect(`/${localeOf(form)}/admin/guides/${program}?restored=0`);
  expireCommittedTags(result.expire);
  // A new query each time, so the editor below starts from the restored text.
  redirect(`/${localeOf(form)}/admin/guides/${program}?restored=${result.version}`);
});

/** Adds a screenshot: PNG, JPEG or WebP by content, at most 2 MB, with alt text in both languages. */
export const uploadGuideImageAction = staffAction(
  'editor',
  async (user, _previous: GuideImageFormState, form: FormData): Promise<GuideImageFormState> => {
    const program = programOf(form);
    if (!program) return { status: 'error', error: 'not-found' };
    const parsed = guideImageInputSchema.safeParse({
      section: text(form, 'section'),
      alt: Object.fromEntries(routing.locales.map((l) => [l, text(form, `alt.${l}`)])),
    });
    const fieldErrors = parsed.success ? {} : formFieldErrors(parsed.error);
    const file = form.get('file');
    const upload = file instanceof File ? file : null;
    // The size is known before reading: an oversized file is refused without loading it.
    const bytes =
      upload && upload.size <= GUIDE_IMAGE_LIMITS.bytes ? new Uint8Array(await upload.arrayBuffer()) : null;
    const checked =
      upload && !bytes
        ? ({ ok: false, error: 'too-large' } as const)
        : checkGuideImageFile({ bytes: bytes ?? new Uint8Array(), declaredType: upload?.type ?? '' });
    if (!checked.ok) fieldErrors.file = checked.error;
    if (!parsed.success || !checked.ok || !bytes) return { status: 'invalid', fieldErrors };
    // One transaction: the screenshot, the audit entry and the change row.
    const image = await addGuideImage(
      program,
      parsed.data,
      { bytes, mimeType: checked.mimeType },
      user.email,
      (await requestMeta()).ip,
    );
    if (!image) return { status: 'error', error: 'not-found' };
    expireCommittedTags([GUIDES_TAG]);
    return { status: 'added' };
  },
);

export const deleteGuideImageAction = staffFormAction('editor', async (user, form) => {
  const program = programOf(form);
  const id = text(form, 'id');
  if (program && (await deleteGuideImage(program, id, user.email, (await requestMeta()).ip)))
    expireCommittedTags([GUIDES_TAG]);
});

export const moveGuideImageAction = staffFormAction('editor', async (user, form) => {
  const program = programOf(form);
  const id = text(form, 'id');
  const direction = form.get('direction') === 'up' ? 'up' : 'down';
  if (program && (await moveGuideImage(program, id, direction, user.email, (await requestMeta()).ip)))
    expireCommittedTags([GUIDES_TAG]);
});
