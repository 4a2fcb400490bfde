'use server';

import { expireCommittedTags } from '@/lib/cache/expire-content';
import { redirect } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { requestMeta } from '@/lib/auth/request-context';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import { formFieldErrors } from '@/lib/content/form-errors';
import { afterRestore, afterSave } from '@/lib/content/after-save';
import {
  formLocale,
  formText,
  formVersion,
  invalidForm,
  type DocumentFormState,
} from '@/lib/content/document-form-state';
import { GUIDES_TAG } from '@/lib/guides/cached-guides';
import {
  GUIDE_IMAGE_LIMITS,
  guideImageInputSchema,
  guideInputSchema,
  guideProgramSchema,
  readGuideForm,
} from '@/lib/guides/guide-input';
import { checkGuideImageFile } from '@/lib/guides/guide-image-file';
import { addGuideImage, deleteGuideImage, moveGuideImage } from '@/lib/guides/guide-images';
import { restoreGuideRevision, saveGuide, type GuideSnapshot } from '@/lib/guides/save-guide';

export type GuideFormState = DocumentFormState<GuideSnapshot>;

export type GuideImageFormState =
  | { status: 'idle' | 'added' }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'error'; error: 'forbidden' | 'not-found' };

const programOf = (form: FormData) => guideProgramSchema.safeParse(form.get('program')).data;

/** Check the user, parse, one transaction (the guide, its revision, audit entry, change row), expire. */
export const saveGuideAction = staffAction(
  'editor',
  async (user, _previous: GuideFormState, form: FormData): Promise<GuideFormState> => {
    const program = programOf(form);
    if (!program) return { status: 'error', error: 'not-found' };
    const parsed = guideInputSchema.safeParse(readGuideForm(form));
    if (!parsed.success) return invalidForm(parsed.error);
    const { ip } = await requestMeta();
    return afterSave(
      await saveGuide(program, formVersion(form), parsed.data, user.email, new Date(), { ip }),
    );
  },
);

export const restoreGuideRevisionAction = staffFormAction('editor', async (user, form) => {
  const program = programOf(form);
  if (!program) redirect(`/${formLocale(form)}/admin/guides`);
  const page = `/${formLocale(form)}/admin/guides/${program}`;
  const { ip } = await requestMeta();
  const result = await restoreGuideRevision(
    program,
    formText(form, 'revisionId'),
    Number(formText(form, 'version')),
    user.email,
    new Date(),
    { ip },
  );
  // A new query each time, so the editor below starts from the restored text.
  afterRestore(result, {
    saved: (saved) => `${page}?restored=${saved.version}`,
    refused: `${page}?restored=0`,
  });
});

/** Adds a screenshot: PNG, JPEG or WebP by content, at most 2 MB, with alt text in both languages. */
export const uploadGuideImageAction = staffAction(
  'editor',
  async (user, _previous: GuideImageFormState, form: FormData): Promise<GuideImageFormState> => {
    const program = programOf(form);
    if (!program) return { status: 'error', error: 'not-found' };
    const parsed = guideImageInputSchema.safeParse({
      section: formText(form, 'section'),
      alt: Object.fromEntries(routing.locales.map((l) => [l, formText(form, `alt.${l}`)])),
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
  const id = formText(form, 'id');
  if (program && (await deleteGuideImage(program, id, user.email, (await requestMeta()).ip)))
    expireCommittedTags([GUIDES_TAG]);
});

export const moveGuideImageAction = staffFormAction('editor', async (user, form) => {
  const program = programOf(form);
  const id = formText(form, 'id');
  const direction = form.get('direction') === 'up' ? 'up' : 'down';
  if (program && (await moveGuideImage(program, id, direction, user.email, (await requestMeta()).ip)))
    expireCommittedTags([GUIDES_TAG]);
});
