import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { FREQUENCIES, NOTICE_TOPICS } from './subscription-topics';

/**
 * What the subscribe and preferences forms may send. An address is at most 254 characters (RFC 5321's
 * path limit) and has no control characters or spaces anywhere: CR/LF in it would be a header
 * injection in the confirmation mail.
 */
export const subscriberEmailSchema = z
  .string()
  .trim()
  .max(254, 'email')
  .refine((value) => !/[\u0000-\u001f\u007f\s]/.test(value), 'email')
  .pipe(z.email({ message: 'email' }))
  .transform((value) => value.toLowerCase());

const serviceSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'services');

export const preferencesSchema = z
  .object({
    locale: z.enum(routing.locales),
    topics: z.array(z.enum(NOTICE_TOPICS, { message: 'topics' })).max(NOTICE_TOPICS.length),
    services: z.array(serviceSlug).max(40),
    frequency: z.enum(FREQUENCIES),
    digestHour: z.coerce.number().int().min(0).max(23),
  })
  .refine((value) => value.topics.length + value.services.length > 0, {
    message: 'nothing',
    path: ['topics'],
  });
export type Preferences = z.infer<typeof preferencesSchema>;

export const subscribeSchema = z.object({ email: subscriberEmailSchema }).and(preferencesSchema);
export type SubscribeInput = z.infer<typeof subscribeSchema>;

/** The form's fields as the schemas expect them; unknown status components are checked by the caller. */
export function preferencesFromForm(form: FormData) {
  return {
    locale: String(form.get('language') ?? ''),
    topics: form.getAll('topics').map(String),
    services: form.getAll('services').map(String),
    frequency: String(form.get('frequency') ?? 'immediate'),
    digestHour: String(form.get('digestHour') ?? '8'),
  };
}
