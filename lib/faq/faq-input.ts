import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { perLocale } from '@/lib/content/per-locale';
import { readReviewFields, reviewInputFields } from '@/lib/content/review-input';

export const FAQ_LIMITS = { question: 300, answer: 20_000, name: 100 } as const;

export const faqSlugSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const translation = z.object({
  question: z.string().trim().max(FAQ_LIMITS.question),
  answer: z.string().max(FAQ_LIMITS.answer),
});

/** What the FAQ question editor submits; messages are keys under FaqEditor.errors. */
export const faqQuestionInputSchema = z
  .object({
    slug: faqSlugSchema,
    categoryId: z.string().min(1).max(40),
    historical: z.boolean(),
    translations: perLocale(translation),
    ...reviewInputFields,
  })
  .superRefine((input, ctx) => {
    const written = routing.locales.filter(
      (l) => input.translations[l].question || input.translations[l].answer.trim(),
    );
    if (written.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['translations', routing.locales[0], 'question'],
        message: 'oneLanguage',
      });
    for (const l of written) {
      if (!input.translations[l].question)
        ctx.addIssue({ code: 'custom', path: ['translations', l, 'question'], message: 'questionRequired' });
      if (!input.translations[l].answer.trim())
        ctx.addIssue({ code: 'custom', path: ['translations', l, 'answer'], message: 'answerRequired' });
    }
  });

export type FaqQuestionInput = z.infer<typeof faqQuestionInputSchema>;

export const faqCategoryInputSchema = z.object({
  slug: faqSlugSchema,
  names: perLocale(z.string().trim().min(1).max(FAQ_LIMITS.name)),
});

/** The question editor's form as the schema's candidate input (parsed by faqQuestionInputSchema). */
export function readFaqQuestionForm(form: FormData) {
  const get = (name: string) => String(form.get(name) ?? '');
  return {
    slug: get('slug').trim(),
    categoryId: get('categoryId'),
    historical: form.get('historical') === 'on',
    ...readReviewFields(form),
    translations: Object.fromEntries(
      routing.locales.map((l) => [l, { question: get(`${l}.question`), answer: get(`${l}.answer`) }]),
    ),
  };
}

/** The category form as the schema's candidate input (parsed by faqCategoryInputSchema). */
export function readFaqCategoryForm(form: FormData) {
  return {
    slug: String(form.get('slug') ?? '').trim(),
    names: Object.fromEntries(routing.locales.map((l) => [l, String(form.get(`name.${l}`) ?? '')])),
  };
}
