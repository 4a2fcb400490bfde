import { z } from 'zod';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { ProbeStep } from '@/lib/mail-probe/probe-result';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import { customerSettingsSchema } from './customer-settings';
import { acquireCheckSlot, checkRateRules } from './check-limits';
import { maskEmail, saveCheckReport } from './check-reports';
import { checkSettings, forCustomer, serverHygiene, type SettingsCheck } from './check-settings';
import { checkFindings } from '@/lib/insights/check-findings';
import { queueCheckEvent } from '@/lib/insights/insight-writer';
import { logger, type Logger } from '@/lib/operations/logger';
import { countCheck } from '@/lib/operations/metrics';
import type { CustomerMailRecord } from '@/lib/mail-events/customer-record';
import { readCustomerRecord } from '@/lib/mail-events/read-customer-record';

/** A secret typed into a form: line breaks or NUL could smuggle protocol commands, so they are refused here. */
const noControl = (value: string) => !/[\r\n\0]/.test(value);

/** The body of POST /api/check (docs/checker.md). Unknown keys are refused. */
export const checkRequestSchema = customerSettingsSchema
  .extend({
    /** For an optional login test over TLS; never stored, logged or returned. */
    password: z.string().min(1).max(256).refine(noControl, 'control-character').optional(),
    /** After a successful login: may our server take mail from and to this address (no message sent)? */
    sendTest: z.boolean().optional(),
    /** Registry endpoint ids to probe, as the registry describes them, instead of the customer's own. */
    endpoints: z.array(z.string().max(40)).max(10).optional(),
    /** The language of the answer's steps (the page's). */
    locale: z.enum(['ja', 'en']).default('ja'),
  })
  .strict();
export type CheckRequest = z.infer<typeof checkRequestSchema>;

/**
 * What the customer's browser gets: their answer, with the probes as a customer sees them, and —
 * only after a successful login test, which proves the mailbox is theirs — what our mail servers
 * saw from that mailbox in the last 7 days (docs/mail-events.md, "For the customer").
 */
export type CheckResult = SettingsCheck & { reportId: string; mailRecord?: CustomerMailRecord };

export type CheckRefusal =
  | { refused: 'unknown-endpoint'; endpoints: string[] }
  | { refused: 'login-needs-email' }
  | { refused: 'rate-limited'; retryAfterSeconds: number }
  | { refused: 'busy' };

/**
 * One customer check from the web or the API: limits first (before any socket is opened), then the
 * shared check (check-settings.ts), then a stored report that keeps what staff need, the findings
 * about our servers included, and never the password or the whole address.
 */
export async function runCheck(
  registry: MailRegistry,
  request: CheckRequest,
  context: {
    ip: string;
    now?: Date;
    onStep?: (endpointId: string, step: ProbeStep) => void;
    /** The request's logger (its request id); the checker's own without one. */
    log?: Logger;
  },
): Promise<CheckResult | CheckRefusal> {
  const now = context.now ?? new Date();
  const log = context.log ?? logger.child({ area: 'check' });
  const started = performance.now();
  const unknown = (request.endpoints ?? []).filter((id) => !registry.endpoints.some((e) => e.id === id));
  if (unknown.length > 0) return { refused: 'unknown-endpoint', endpoints: unknown };
  if (request.password && !request.email) return { refused: 'login-needs-email' };

  // A slot first: a check refused because the instance is busy must not use up the customer's
  // hourly allowance (they are told to try again in a few seconds).
  const release = acquireCheckSlot();
  if (!release) {
    log.warn('check refused: busy');
    return { refused: 'busy' };
  }
  let limit: Awaited<ReturnType<typeof takeRateLimit>>;
  try {
    limit = await takeRateLimit(
      checkRateRules(context.ip, request.password ? request.email : undefined),
      now,
    );
  } catch (error) {
    release();
    throw error;
  }
  if (!limit.ok) {
    release();
    log.info('check refused: rate limited');
    return { refused: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  }

  let check: SettingsCheck;
  try {
    check = await checkSettings(registry, request, {
      now,
      credentials:
        request.password && request.email
          ? { username: request.email, password: request.password }
          : undefined,
      sendTest: request.sendTest,
      onlyEndpoints: request.endpoints,
      onStep: context.onStep,
      locale: request.locale,
    });
  } finally {
    release();
  }
  countCheck(check.verdict);
  const reportId = await saveCheckReport(
    {
      email: request.email,
      client: request.client,
      verdict: check.verdict,
      result: {
        ...check,
        hygiene: serverHygiene(check.endpoints),
        settings: { ...request, email: maskEmail(request.email), password: undefined },
      },
    },
    now,
  );
  // For the insights dashboard, written after the answer has gone out (insight-writer.ts).
  queueCheckEvent({
    at: now,
    source: 'check',
    client: request.client,
    email: request.email,
    clientAddress: context.ip,
    ...checkFindings(check, request.client),
  });
  // What was checked is in the report (reportId); nothing the customer typed is logged.
  log.info(
    {
      verdict: check.verdict,
      reportId,
      endpoints: check.endpoints.length,
      login: Boolean(request.password),
      durationMs: Math.round(performance.now() - started),
    },
    'check completed',
  );
  const mailRecord = await recordAfterLogin(registry, request, check, now, log);
  return {
    ...check,
    endpoints: check.endpoints.map(forCustomer),
    reportId,
    ...(mailRecord ? { mailRecord } : {}),
  };
}

/**
 * The mailbox's own record, only when this check signed in to it with the password typed (a login
 * test that succeeded on one of our servers): never for an address typed without its password, and
 * never for another mailbox than the one signed in to. A failure to read it costs the customer only
 * this part of the answer.
 */
async function recordAfterLogin(
  registry: MailRegistry,
  request: CheckRequest,
  check: SettingsCheck,
  now: Date,
  log: Logger,
): Promise<CustomerMailRecord | null> {
  if (!request.password || !request.email) return null;
  if (!check.endpoints.some((endpoint) => endpoint.login === 'ok')) return null;
  try {
    return await readCustomerRecord(registry, request.email, {
      locale: request.locale,
      now,
      settings: request,
    });
  } catch (err) {
    log.error({ err }, 'the mailbox record could not be read');
    return null;
  }
}
