import { z } from 'zod';
import { Counter } from 'prom-client';
import type { RateRule } from '@/lib/rate-limit/rate-limit';
import { clientLimitKey } from '@/lib/rate-limit/client-key';
import { portalMetrics } from '@/lib/operations/metrics';

/** Limits of POST /api/diagnose (docs/diagnose.md, "API"). */
export const DIAGNOSE_LIMITS = {
  /** The request body, read only up to this (a bounce pasted whole is a few KB). */
  maxBodyBytes: 20 * 1024,
  /** The pasted text, in characters. */
  maxTextChars: 10_000,
  perClientPerHour: 60,
} as const;

export const diagnoseRequestSchema = z.strictObject({
  text: z
    .string()
    .max(DIAGNOSE_LIMITS.maxTextChars)
    .refine((text) => text.trim().length > 0, 'empty'),
  locale: z.enum(['ja', 'en']),
});
export type DiagnoseRequest = z.infer<typeof diagnoseRequestSchema>;

export function diagnoseRateRules(ip: string): RateRule[] {
  return [
    {
      key: `diagnose-ip:${clientLimitKey(ip)}`,
      limit: DIAGNOSE_LIMITS.perClientPerHour,
      windowMs: 60 * 60 * 1000,
    },
  ];
}

/**
 * What is counted of an answer: the top code, the program and the language, nothing of the text.
 * A counter on the portal's Prometheus registry (GET /api/metrics), registered once per process.
 */
const holder = globalThis as unknown as { portalDiagnoseCounter?: Counter<'code' | 'program' | 'locale'> };

export function countDiagnosis(code: string, program: string | undefined, locale: string) {
  holder.portalDiagnoseCounter ??= new Counter({
    name: 'portal_diagnoses_total',
    help: 'Answers of "paste the error, get the answer", by top code, mail program (or none) and language.',
    labelNames: ['code', 'program', 'locale'] as const,
    registers: [portalMetrics().registry],
  });
  holder.portalDiagnoseCounter.inc({ code, program: program ?? 'none', locale });
}
