import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { perLocale } from '@/lib/content/per-locale';
import { readReviewFields, reviewInputFields } from '@/lib/content/review-input';
import { parseJapanDateTime } from '@/lib/dates/format-date';
import { NOTICE_CATEGORIES, NOTICE_IMPORTANCE, NOTICE_STATUSES } from './notice-kinds';
import { noticeSlugSchema } from './notice-fields';

/** Limits on what an editor can save; the form shows the same numbers. */
export const NOTICE_LIMITS = { title: 200, summary: 500, body: 50_000, note: 300 } as const;

const text = (max: number) => z.string().trim().max(max);

export const noticeTranslationInput = z.object({
  title: text(NOTICE_LIMITS.title),
  summary: text(NOTICE_LIMITS.summary),
  body: z.string().max(NOTICE_LIMITS.body),
});

/**
 * What the notice editor submits. Error messages are keys under NoticeEditor.errors in messages/*.json
 * so the form can show them translated next to the field.
 */
export const noticeInputSchema = z
  .object({
    slug: noticeSlugSchema,
    category: z.enum(NOTICE_CATEGORIES),
    importance: z.enum(NOTICE_IMPORTANCE),
    pinned: z.boolean(),
    status: z.enum(NOTICE_STATUSES),
    /** UTC instant; required for scheduled, defaults to now when publishing. */
    publishAt: z.date().nullable(),
    translations: perLocale(noticeTranslationInput),
    /** A public "Updated" entry to add with this save. */
    publicUpdate: z
      .object({
        date: z.date(),
        notes: z.record(z.string(), text(NOTICE_LIMITS.note)),
        /** Mail this update to the notice's subscribers. */
        announce: z.boolean().default(false),
      })
      .nullable(),
    /** Mail subscribers when the notice is published (now, or when its scheduled time comes). */
    notify: z.boolean().default(false),
    ...reviewInputFields,
  })
  .superRefine((input, ctx) => {
    const written = routing.locales.filter(
      (l) => input.translations[l].title || input.translations[l].body.trim(),
    );
    if (written.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['translations', routing.locales[0], 'title'],
        message: 'oneLanguage',
      });
    for (const locale of written) {
      if (!input.translations[locale].title)
        ctx.addIssue({ code: 'custom', path: ['translations', locale, 'title'], message: 'titleRequired' });
      if (!input.translations[locale].body.trim())
        ctx.addIssue({ code: 'custom', path: ['translations', locale, 'body'], message: 'bodyRequired' });
    }
    if (input.status === 'scheduled' && !input.publishAt)
      ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'scheduleRequired' });
    if (input.publicUpdate && !Object.values(input.publicUpdate.notes).some((n) => n.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['publicUpdate'], message: 'noteRequired' });
    }
  });

export type NoticeInput = z.infer<typeof noticeInputSchema>;

/** The notice editor's form as the schema's candidate input (parsed by noticeInputSchema). */
export function readNoticeForm(form: FormData) {
  const get = (name: string) => String(form.get(name) ?? '');
  const updateDate = get('updateDate') ? parseJapanDateTime(`${get('updateDate')}T00:00`) : null;
  return {
    slug: get('slug').trim(),
    category: get('category'),
    importance: get('importance'),
    pinned: form.get('pinned') === 'on',
    ...readReviewFields(form),
    status: get('status'),
    // An unreadable date is undefined, which the schema refuses as `invalid`.
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
