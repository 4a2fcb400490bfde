import { z } from 'zod';
import { parseJapanDateTime } from '@/lib/dates/format-date';
import { INCIDENT_STATUSES, MAINTENANCE_STATUSES } from './status-states';

/** Staff input for incidents, maintenance and components, bounded and checked on the server. */

const text = (max: number) => z.string().trim().min(1).max(max);
const when = z.custom<FormDataEntryValue | null>().transform((value, ctx) => {
  const date = parseJapanDateTime(value);
  if (date === undefined) ctx.addIssue({ code: 'custom', message: 'date' });
  return date ?? null;
});

export const incidentInputSchema = z
  .object({
    kind: z.enum(['incident', 'maintenance']),
    titleEn: text(200),
    titleJa: text(200),
    impact: z.enum(['degraded', 'outage', 'maintenance']),
    components: z
      .array(z.string().regex(/^[a-z0-9-]{1,40}$/))
      .min(1)
      .max(20),
    startsAt: when,
    endsAt: when,
    noticeSlug: z
      .string()
      .trim()
      .max(80)
      .regex(/^([a-z0-9-]*)$/)
      .default(''),
    status: z.enum([...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES]),
    bodyEn: text(2000),
    bodyJa: text(2000),
  })
  .superRefine((input, ctx) => {
    if (!input.startsAt) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'required' });
    if (input.kind === 'maintenance') {
      if (!input.endsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'required' });
      else if (input.startsAt && input.endsAt <= input.startsAt)
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'order' });
      if (input.impact !== 'maintenance')
        ctx.addIssue({ code: 'custom', path: ['impact'], message: 'invalid' });
    } else if (input.impact === 'maintenance') {
      ctx.addIssue({ code: 'custom', path: ['impact'], message: 'invalid' });
    }
    const statuses: readonly string[] =
      input.kind === 'maintenance' ? MAINTENANCE_STATUSES : INCIDENT_STATUSES;
    if (!statuses.includes(input.status))
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'invalid' });
  });
export type IncidentInput = z.infer<typeof incidentInputSchema>;

export const incidentUpdateSchema = z
  .object({
    incidentId: z.string().min(1).max(40),
    status: z.enum([...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES]),
    bodyEn: text(2000),
    bodyJa: text(2000),
    /** A maintenance moved to a new window: both times, or neither. */
    startsAt: when.optional(),
    endsAt: when.optional(),
  })
  .superRefine((input, ctx) => {
    const start = input.startsAt ?? null;
    const end = input.endsAt ?? null;
    if (Boolean(start) !== Boolean(end))
      ctx.addIssue({ code: 'custom', path: [start ? 'endsAt' : 'startsAt'], message: 'required' });
    else if (start && end && end <= start)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'order' });
  });
export type IncidentUpdateInput = z.infer<typeof incidentUpdateSchema>;

export const componentInputSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  nameEn: text(100),
  nameJa: text(100),
  endpointIds: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/)).max(20),
});
export type ComponentInput = z.infer<typeof componentInputSchema>;

/** The error codes the status forms show (StatusAdmin.error.*). */
export const STATUS_FIELD_ERRORS = ['required', 'invalid', 'date', 'order'] as const;
export type StatusFieldError = (typeof STATUS_FIELD_ERRORS)[number];

const namedError = (message: string): message is StatusFieldError =>
  message !== 'invalid' && (STATUS_FIELD_ERRORS as readonly string[]).includes(message);

/** zod issues → field → error code, for the forms. */
export function fieldErrors(issues: z.core.$ZodIssue[]): Record<string, StatusFieldError> {
  const errors: Record<string, StatusFieldError> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= namedError(issue.message)
      ? issue.message
      : issue.code === 'too_small'
        ? 'required'
        : 'invalid';
  }
  return errors;
}
