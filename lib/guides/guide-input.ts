import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { perLocale } from '@/lib/content/per-locale';
import { readReviewFields, reviewInputFields } from '@/lib/content/review-input';
import { GUIDE_PROGRAMS } from './guide-programs';

/** Limits on what an editor can save; the form shows the same numbers. */
export const GUIDE_LIMITS = { name: 100, summary: 600, steps: 20_000 } as const;

/** The incoming variants a guide may offer, the recommended one first (stored as written here). */
export const GUIDE_INCOMING_ORDERS = ['imap,pop3', 'pop3,imap', 'imap', 'pop3'] as const;
export type GuideIncomingOrder = (typeof GUIDE_INCOMING_ORDERS)[number];

export const guideProgramSchema = z.enum(GUIDE_PROGRAMS);

/** The two step texts of a guide, which screenshots are attached to. */
export const GUIDE_SECTIONS = ['newAccount', 'existingAccount'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

export const GUIDE_TEXT_FIELDS = ['name', 'summary', ...GUIDE_SECTIONS] as const;
export type GuideTextField = (typeof GUIDE_TEXT_FIELDS)[number];

const translation = z.object({
  name: z.string().trim().max(GUIDE_LIMITS.name),
  summary: z.string().trim().max(GUIDE_LIMITS.summary),
  newAccount: z.string().max(GUIDE_LIMITS.steps),
  existingAccount: z.string().max(GUIDE_LIMITS.steps),
});
export type GuideTranslationInput = z.infer<typeof translation>;

/** False for a language left out entirely: it is removed rather than stored blank. */
export const isWrittenTranslation = (t: GuideTranslationInput) =>
  GUIDE_TEXT_FIELDS.some((field) => t[field].trim());

/**
 * What the guide editor submits. A language is either left out entirely (the public page then shows
 * the other one with a note) or written in full. Messages are keys under AdminGuides.errors.
 */
export const guideInputSchema = z
  .object({
    supported: z.boolean(),
    incoming: z.enum(GUIDE_INCOMING_ORDERS),
    translations: perLocale(translation),
    ...reviewInputFields,
  })
  .superRefine((input, ctx) => {
    const languages = routing.locales.filter((l) => isWrittenTranslation(input.translations[l]));
    if (languages.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['translations', routing.locales[0], 'name'],
        message: 'oneLanguage',
      });
    for (const l of languages) {
      for (const field of GUIDE_TEXT_FIELDS) {
        if (!input.translations[l][field].trim())
          ctx.addIssue({ code: 'custom', path: ['translations', l, field], message: 'required' });
      }
    }
  });

export type GuideInput = z.infer<typeof guideInputSchema>;

/** The guide editor's form as the schema's candidate input (parsed by guideInputSchema). */
export function readGuideForm(form: FormData) {
  const get = (name: string) => String(form.get(name) ?? '');
  return {
    supported: form.get('supported') === 'on',
    incoming: get('incoming'),
    ...readReviewFields(form),
    translations: Object.fromEntries(
      routing.locales.map((l) => [
        l,
        Object.fromEntries(GUIDE_TEXT_FIELDS.map((field) => [field, get(`${l}.${field}`)])),
      ]),
    ),
  };
}

export const GUIDE_IMAGE_LIMITS = { bytes: 2 * 1024 * 1024, alt: 300 } as const;

/** The text fields of a screenshot upload (the file itself is checked by checkGuideImageFile). */
export const guideImageInputSchema = z.object({
  section: z.enum(GUIDE_SECTIONS),
  alt: perLocale(
    z
      .string()
      .trim()
      .max(GUIDE_IMAGE_LIMITS.alt)
      .refine((alt) => alt.length > 0, 'altRequired'),
  ),
});
export type GuideImageInput = z.infer<typeof guideImageInputSchema>;
