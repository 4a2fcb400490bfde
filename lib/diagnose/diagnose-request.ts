import { z } from 'zod';
import { Counter } from 'prom-client';
import type { RateRule } from '@/lib/rate-limit/rate-limit';
import { clientLimitKey } from '@/lib/rate-limit/client-key';
import { portalMetrics } from '@/lib/operations/metrics';
import { IMAGE_LIMITS } from './image-input';

/** Limits of POST /api/diagnose (docs/diagnose.md, "API"). */
export const DIAGNOSE_LIMITS = {
  /** The request body, read only up to this (a bounce pasted whole is a few KB). */
  maxBodyBytes: 20 * 1024,
  /** The pasted text, in characters. */
  maxTextChars: 10_000,
  perClientPerHour: 60,
  /** A screenshot's request body: the image and a little multipart framing. */
  maxImageBodyBytes: IMAGE_LIMITS.maxBytes + 64 * 1024,
  /** Screenshots per client and hour, within the 60 answers (OCR costs a second of a core each). */
  imagesPerClientPerHour: 20,
} as const;

export const diagnoseRequestSchema = z.strictObject({
  text: z
    .string()
    .max(DIAGNOSE_LIMITS.maxTextChars)
    .refine((text) => text.trim().length > 0, 'empty'),
  locale: z.enum(['ja', 'en']),
});
export type DiagnoseRequest = z.infer<typeof diagnoseRequestSchema>;

/** The fields of a screenshot's `multipart/form-data` request besides the image itself. */
export const diagnoseImageFieldsSchema = z.strictObject({ locale: z.enum(['ja', 'en']) });

/** Per client: 60 answers an hour, of which at most 20 from screenshots. */
export function diagnoseRateRules(ip: string, source: 'text' | 'image' = 'text'): RateRule[] {
  const rules: RateRule[] = [
    {
      key: `diagnose-ip:${clientLimitKey(ip)}`,
      limit: DIAGNOSE_LIMITS.perClientPerHour,
      windowMs: 60 * 60 * 1000,
    },
  ];
  if (source === 'image')
    rules.push({
      key: `diagnose-image-ip:${clientLimitKey(ip)}`,
      limit: DIAGNOSE_LIMITS.imagesPerClientPerHour,
      windowMs: 60 * 60 * 1000,
    });
  return rules;
}

/**
 * What is counted of an answer: the top code, the program, the language and whether it came from
 * pasted text or a screenshot, nothing of the text. A counter on the portal's Prometheus registry
 * (GET /api/metrics), registered once per process.
 */
const holder = globalThis as unknown as {
  portalDiagnoseCounter?: Counter<'code' | 'program' | 'locale' | 'source'>;
};

export function countDiagnosis(
  code: string,
  program: string | undefined,
  locale: string,
  source: 'text' | 'image' = 'text',
) {
  holder.portalDiagnoseCounter ??= new Counter({
    name: 'portal_diagnoses_total',
    help: 'Answers of "paste the error, get the answer", by top code, mail program (or none), language and source (text, image).',
    labelNames: ['code', 'program', 'locale', 'source'] as const,
    registers: [portalMetrics().registry],
  });
  holder.portalDiagnoseCounter.inc({ code, program: program ?? 'none', locale, source });
}
