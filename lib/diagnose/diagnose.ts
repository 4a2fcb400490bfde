import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import type { MailRegistry, Policy, Endpoint } from '@/lib/mail-registry/registry-schema';
import { recommendedEndpoints } from '@/lib/autoconfig/recommended-endpoints';
import { isoDay } from '@/lib/dates/format-date';
import { programById } from '@/lib/programs/programs';
import { CLIENTS, isChoice } from '@/lib/mail-check/customer-choices';
import type { FieldChange } from '@/lib/programs/program-steps';
import { wordedSteps } from '@/lib/programs/step-text';
import { guideForClient } from '@/lib/guides/guide-programs';
import { CODE_INFO, type DiagnosisCode, type DiagnosisSide } from './diagnosis-codes';
import {
  MESSAGE_RULES,
  OUTLOOK_ERRORS,
  PROGRAM_SIGNS,
  type MailProtocol,
  type ProgramId,
} from './message-table';
import { extractFacts, normalizeText, protocolOfPort, type TextFacts } from './parse-text';
import { enhancedStatusRule, REPLY_CODES } from './status-table';
import { readPastedMail } from './read-pasted-mail';

/**
 * "Paste the error, get the answer" (issue 32, docs/diagnose.md): the pasted text → ranked causes,
 * each with the facts read from the text, the cause in plain words, the steps (on the customer's own
 * program's screens where the program is known, lib/programs/), the policy that applies and links.
 *
 * The text is only read here: never stored, never logged. Facts that name a host are given back only
 * when the host is one of ours (`server`); any other host is said to be "not ours", not echoed.
 */

export type DiagnoseLocale = 'ja' | 'en';

export interface DiagnosisFacts {
  program?: ProgramId;
  protocol?: MailProtocol;
  port?: number;
  ssl?: boolean;
  /** One of our server names, when the text names it. */
  server?: string;
  /** The text names a server that is not ours (the name itself is not given back). */
  serverNotOurs?: boolean;
  replyCode?: string;
  enhancedStatus?: string;
  errorCode?: string;
  bounce?: boolean;
}

export interface DiagnosisLink {
  kind: 'faq' | 'guide' | 'notice' | 'checker' | 'status' | 'support';
  href: string;
  label: string;
}

export interface ProgramStepGroup {
  heading: string;
  path: string;
  save?: string;
  steps: string[];
}

export interface Diagnosis {
  code: DiagnosisCode;
  /** 0–1: how sure the reading is (the top cause's share of the evidence, capped). */
  confidence: number;
  side: DiagnosisSide;
  facts: DiagnosisFacts;
  title: string;
  cause: string;
  steps: string[];
  /** The same changes on the customer's program's own screens, when the program is known. */
  programSteps?: ProgramStepGroup[];
  policy?: { id: Policy['id']; effective: string; inForce: boolean; statement: string; notice?: string };
  links: DiagnosisLink[];
}

export interface DiagnoseResult {
  locale: DiagnoseLocale;
  facts: DiagnosisFacts;
  diagnoses: Diagnosis[];
}

// One translator per language for the process (each keeps its own cache of parsed messages).
const translators = {
  ja: createTranslator({ locale: 'ja', messages: ja, namespace: 'Diagnose' }),
  en: createTranslator({ locale: 'en', messages: en, namespace: 'Diagnose' }),
};
const programTranslators = {
  ja: createTranslator({ locale: 'ja', messages: ja, namespace: 'Checker.programs' }),
  en: createTranslator({ locale: 'en', messages: en, namespace: 'Checker.programs' }),
};
const translator = (locale: DiagnoseLocale) => translators[locale];
const programNames = (locale: DiagnoseLocale) => programTranslators[locale];

/** At most this many causes are given; a cause needs this much evidence to be given at all. */
const MAX_DIAGNOSES = 3;
const MIN_SCORE = 3;

function detectProgram(text: string): ProgramId | undefined {
  let best: { program: ProgramId; weight: number } | undefined;
  const totals = new Map<ProgramId, number>();
  for (const sign of PROGRAM_SIGNS) {
    if (!sign.match.test(text)) continue;
    const weight = (totals.get(sign.program) ?? 0) + sign.weight;
    totals.set(sign.program, weight);
    if (!best || weight > best.weight) best = { program: sign.program, weight };
  }
  return best?.program;
}

type Scores = Map<DiagnosisCode, number>;
const add = (scores: Scores, code: DiagnosisCode, weight: number) =>
  scores.set(code, (scores.get(code) ?? 0) + weight);

function policyInForce(registry: MailRegistry, id: Policy['id'], today: string): Policy | undefined {
  const policy = registry.policies.find((p) => p.id === id);
  return policy && policy.effective <= today ? policy : undefined;
}

function endpointFor(registry: MailRegistry, protocol: MailProtocol | undefined, port: number | undefined) {
  if (!protocol || port === undefined) return undefined;
  return registry.endpoints.find((e) => e.protocol === protocol && e.port === port);
}

/** Scores per code from the table, the Outlook number, the reply and status codes, then the registry. */
function score(text: string, facts: TextFacts, registry: MailRegistry, today: string): Scores {
  const scores: Scores = new Map();
  const matched = new Set<string>();
  for (const rule of MESSAGE_RULES) {
    if (!rule.match.test(text)) continue;
    matched.add(rule.id);
    add(scores, rule.code, rule.weight);
  }
  if (facts.errorCode) {
    const outlook = OUTLOOK_ERRORS[facts.errorCode.toLowerCase()];
    if (outlook) add(scores, outlook.code, outlook.weight);
  }
  if (facts.replyCode) {
    const reply = REPLY_CODES[facts.replyCode];
    if (reply) add(scores, reply.code, reply.weight);
  }
  if (facts.enhancedStatus) {
    const status = enhancedStatusRule(facts.enhancedStatus);
    // 5.7.x in a returned mail: the recipient's server refused the message, not our relay.
    if (status) {
      const bounced =
        facts.bounce && facts.enhancedStatus.startsWith('5') && 'bounce' in status && status.bounce;
      add(scores, bounced ? status.bounce! : status.code, status.weight);
    }
  }

  const connectionProblem = (scores.get('CONNECTION_FAILED') ?? 0) > 0;
  const smtp = facts.protocol === 'smtp' || protocolOfPort(facts.port) === 'smtp';

  if (facts.bounce) {
    // A returned mail is about the recipient's side: a time-out there is a delay, not our settings.
    const connection = scores.get('CONNECTION_FAILED');
    if (connection) {
      scores.delete('CONNECTION_FAILED');
      add(scores, 'SERVER_BUSY', connection);
    }
    scores.delete('SERVER_NAME_WRONG');
    scores.delete('WRONG_PASSWORD');
  } else {
    // A connection failure that names port 25 (or a bare "port 25") while port 25 is blocked.
    const port25 = facts.port === 25 && (smtp || !facts.protocol);
    const blocked =
      policyInForce(registry, 'outbound-port-25-blocked', today) ||
      registry.endpoints.some((e) => e.port === 25 && e.blockedFromCustomerNetworks);
    if (port25 && blocked && (connectionProblem || scores.size === 0)) {
      add(scores, 'PORT_25_BLOCKED', (scores.get('CONNECTION_FAILED') ?? 4) + 5);
      scores.delete('CONNECTION_FAILED');
    }

    // A relay refusal with signs of POP before SMTP (the words, or port 25 of our server).
    const relay = matched.has('relay-denied') || (scores.get('SMTP_AUTH_REQUIRED') ?? 0) >= 4;
    const popSigns = matched.has('pop-before-smtp') || facts.port === 25;
    if (relay && popSigns && policyInForce(registry, 'pop-before-smtp-ended', today)) {
      add(scores, 'POP_BEFORE_SMTP_ENDED', (scores.get('SMTP_AUTH_REQUIRED') ?? 0) + 3);
      scores.delete('SMTP_AUTH_REQUIRED');
    }

    // The port and the SSL setting the dialog states, against how the registry serves that port.
    const protocol = facts.protocol ?? protocolOfPort(facts.port);
    const endpoint = endpointFor(registry, protocol, facts.port);
    if (endpoint && facts.ssl !== undefined) {
      const mismatch =
        (endpoint.security === 'tls' && !facts.ssl) ||
        (endpoint.security !== 'tls' && facts.ssl && endpoint.port !== 25);
      // With a failed connection, the mismatch is why it failed: ranked above the failure itself.
      if (mismatch)
        add(
          scores,
          'ENCRYPTION_MISMATCH',
          connectionProblem ? (scores.get('CONNECTION_FAILED') ?? 0) + 4 : 4,
        );
      // Signing in without encryption where only encrypted sign-ins are taken: the password may be right.
      const plain = !facts.ssl && endpoint.security === 'starttls' && endpoint.auth;
      if (plain && policyInForce(registry, 'encrypted-login-required', today)) {
        const login = scores.get('WRONG_PASSWORD') ?? 0;
        if (login > 0) add(scores, 'PLAINTEXT_LOGIN_REFUSED', login + 2);
        if (protocol === 'smtp' && (scores.get('SMTP_AUTH_REQUIRED') ?? 0) > 0 && endpoint.port !== 25)
          add(scores, 'STARTTLS_REQUIRED', 3);
      }
    }

    // A server that is not ours, named in a program's dialog.
    if (namesOtherServer(text, facts, registry)) add(scores, 'SERVER_NAME_WRONG', 3);
  }

  // TLS handshake words next to a certificate word: the certificate is the problem, not the version.
  if ((scores.get('TLS_OUTDATED') ?? 0) > 0 && !policyInForce(registry, 'minimum-tls-version', today))
    add(scores, 'TLS_OUTDATED', -3);
  return scores;
}

function isOurHost(registry: MailRegistry, host: string): boolean {
  return registry.endpoints.some((e) => e.host.toLowerCase() === host);
}

/** A program's dialog names a server ("Server: 'pop.old.test'") and none of the hosts is ours. */
function namesOtherServer(text: string, facts: TextFacts, registry: MailRegistry): boolean {
  if (facts.bounce) return false;
  if (facts.serverLine) return !isOurHost(registry, facts.serverLine);
  return (
    facts.hosts.length > 0 &&
    !facts.hosts.some((h) => isOurHost(registry, h)) &&
    /(?:server|サーバー) (?:\(smtp\) )?[a-z0-9-]+\.[a-z0-9.-]+ (?:could not|couldn't|cannot|が見つかりません)/.test(
      text,
    )
  );
}

function publicFacts(
  text: string,
  facts: TextFacts,
  program: ProgramId | undefined,
  registry: MailRegistry,
): DiagnosisFacts {
  const ours = facts.serverLine
    ? isOurHost(registry, facts.serverLine)
      ? facts.serverLine
      : undefined
    : facts.hosts.find((h) => isOurHost(registry, h));
  return {
    ...(program ? { program } : {}),
    ...(facts.protocol ? { protocol: facts.protocol } : {}),
    ...(facts.port !== undefined ? { port: facts.port } : {}),
    ...(facts.ssl !== undefined ? { ssl: facts.ssl } : {}),
    ...(ours ? { server: ours } : namesOtherServer(text, facts, registry) ? { serverNotOurs: true } : {}),
    ...(facts.replyCode ? { replyCode: facts.replyCode } : {}),
    ...(facts.enhancedStatus ? { enhancedStatus: facts.enhancedStatus } : {}),
    ...(facts.errorCode ? { errorCode: facts.errorCode } : {}),
    ...(facts.bounce ? { bounce: true } : {}),
  };
}

function securityWords(security: Endpoint['security'], locale: DiagnoseLocale) {
  if (security === 'tls') return 'SSL/TLS';
  if (security === 'starttls') return 'STARTTLS';
  return locale === 'ja' ? '暗号化なし' : 'no encryption';
}

/** The registry's recommended endpoint for sending (587 where offered) and for receiving. */
function recommended(registry: MailRegistry, incoming: 'pop3' | 'imap') {
  const rec = recommendedEndpoints(registry);
  return {
    send: rec.smtp.find((e) => e.port === 587) ?? rec.smtp[0],
    receive: rec[incoming][0] ?? rec.incoming[0],
  };
}

/** The fields to change for a code, toward the registry's recommended values. */
function targetChanges(
  code: DiagnosisCode,
  facts: DiagnosisFacts,
  registry: MailRegistry,
  incoming: 'pop3' | 'imap',
): { outgoing: boolean; incoming: boolean; changes: FieldChange[] } {
  const scope = CODE_INFO[code].settings;
  const { send, receive } = recommended(registry, incoming);
  const wantsOutgoing =
    scope === 'outgoing' ||
    ((scope === 'protocol' || scope === 'server') && facts.protocol !== 'pop3' && facts.protocol !== 'imap');
  const wantsIncoming = (scope === 'protocol' || scope === 'server') && facts.protocol !== 'smtp';
  const changes: FieldChange[] = [];
  if (wantsOutgoing && send) {
    if (scope === 'server') changes.push({ field: 'outgoing.server', to: send.host });
    else
      changes.push(
        { field: 'outgoing.server', to: send.host },
        {
          field: 'outgoing.port',
          to: String(send.port),
          ...(facts.protocol === 'smtp' && facts.port ? { from: String(facts.port) } : {}),
        },
        { field: 'outgoing.security', to: send.security },
        { field: 'outgoing.auth', to: 'on' },
      );
  }
  if (wantsIncoming && receive) {
    if (scope === 'server') changes.push({ field: 'incoming.server', to: receive.host });
    else
      changes.push(
        { field: 'incoming.server', to: receive.host },
        {
          field: 'incoming.port',
          to: String(receive.port),
          ...(facts.protocol === incoming && facts.port ? { from: String(facts.port) } : {}),
        },
        { field: 'incoming.security', to: receive.security },
        { field: 'incoming.auth', to: 'password' },
      );
  }
  return { outgoing: wantsOutgoing && Boolean(send), incoming: wantsIncoming && Boolean(receive), changes };
}

/** The checker, pre-filled with what the text revealed (app/[locale]/check reads these). */
export function checkerHref(facts: DiagnosisFacts, code: DiagnosisCode, locale: DiagnoseLocale): string {
  const params = new URLSearchParams();
  if (facts.program) params.set('client', facts.program);
  if (facts.protocol === 'pop3' || facts.protocol === 'imap') params.set('protocol', facts.protocol);
  const group = facts.protocol === 'smtp' ? 'out' : facts.protocol ? 'in' : null;
  if (group) {
    if (facts.server) params.set(`${group}Server`, facts.server);
    if (facts.port !== undefined) params.set(`${group}Port`, String(facts.port));
    if (facts.ssl !== undefined)
      params.set(
        `${group}Security`,
        facts.ssl
          ? facts.port === 587 || facts.port === 110 || facts.port === 143
            ? 'starttls'
            : 'tls'
          : 'none',
      );
  }
  if (code === 'POP_BEFORE_SMTP_ENDED') params.set('outAuth', 'pop-before-smtp');
  else if (code === 'SMTP_AUTH_REQUIRED' || code === 'PORT_25_BLOCKED') params.set('outAuth', 'off');
  const query = params.toString();
  return `/${locale}/check${query ? `?${query}` : ''}`;
}

function answer(
  code: DiagnosisCode,
  confidence: number,
  facts: DiagnosisFacts,
  registry: MailRegistry,
  locale: DiagnoseLocale,
  today: string,
): Diagnosis {
  const t = translator(locale);
  const info = CODE_INFO[code];
  const key = `code.${code}` as const;
  const incoming: 'pop3' | 'imap' = facts.protocol === 'imap' ? 'imap' : 'pop3';
  // A cause has one to three general steps (s1, s2…) in messages Diagnose.code.<code>; plain text.
  const steps: string[] = Object.entries((locale === 'ja' ? ja : en).Diagnose.code[code])
    .filter(([name]) => /^s\d$/.test(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, text]) => text);
  const target = targetChanges(code, facts, registry, incoming);
  const { send, receive } = recommended(registry, incoming);
  if (target.outgoing && send)
    steps.splice(
      Math.min(steps.length, info.settings === 'outgoing' ? 2 : 1),
      0,
      t('recommended.outgoing', {
        host: send.host,
        port: String(send.port),
        security: securityWords(send.security, locale),
      }),
    );
  if (target.incoming && receive)
    steps.splice(
      Math.min(steps.length, 1),
      0,
      t('recommended.incoming', {
        protocol: receive.protocol.toUpperCase(),
        host: receive.host,
        port: String(receive.port),
        security: securityWords(receive.security, locale),
      }),
    );

  let programSteps: ProgramStepGroup[] | undefined;
  const program = facts.program ? programById(facts.program) : undefined;
  if (program && target.changes.length > 0) {
    const groups = wordedSteps(program, incoming, target.changes, locale);
    if (groups.length > 0)
      programSteps = groups.map((g) => ({
        heading: g.heading,
        path: g.screen.path,
        ...(g.screen.save ? { save: g.screen.save } : {}),
        steps: g.steps.map((s) => (s.note ? `${s.text} ${s.note}` : s.text)),
      }));
  }
  if (target.changes.length > 0) steps.push(t('testAfter'));

  let policy: Diagnosis['policy'];
  if (info.policy) {
    const found = registry.policies.find((p) => p.id === info.policy);
    if (found?.statement)
      policy = {
        id: found.id,
        effective: found.effective,
        inForce: found.effective <= today,
        statement: found.statement[locale],
        ...(found.notice ? { notice: `/${locale}/notices/${found.notice}` } : {}),
      };
  }

  const names = programNames(locale);
  const links: DiagnosisLink[] = info.faq.map((slug) => ({
    kind: 'faq' as const,
    href: `/${locale}/faq#${slug}`,
    label: t(`faq.${slug}`),
  }));
  if (policy?.notice) links.push({ kind: 'notice', href: policy.notice, label: t('noticeLink') });
  if (info.side === 'settings' || code === 'UNKNOWN' || code === 'WRONG_PASSWORD') {
    links.push({
      kind: 'checker',
      href: checkerHref(facts, code, locale),
      label: t(facts.program || facts.port ? 'openChecker' : 'checker'),
    });
    links.push(
      facts.program
        ? {
            kind: 'guide',
            href: `/${locale}/guides/${guideForClient(facts.program)}`,
            label: t('guide', {
              program: isChoice(CLIENTS, facts.program) ? names(facts.program) : facts.program,
            }),
          }
        : { kind: 'guide', href: `/${locale}/guides`, label: t('guides') },
    );
  }
  if (code === 'SERVER_BUSY' || code === 'CERTIFICATE_PROBLEM')
    links.push({ kind: 'status', href: `/${locale}/status`, label: t('status') });
  if (code === 'UNKNOWN' || code === 'BLOCKED_AS_SPAM')
    links.push({ kind: 'support', href: `/${locale}/faq#error-messages`, label: t('support') });

  return {
    code,
    confidence,
    side: info.side,
    facts,
    title: t(`${key}.title`),
    cause: t(`${key}.cause`),
    steps,
    ...(programSteps ? { programSteps } : {}),
    ...(policy ? { policy } : {}),
    links,
  };
}

/** The ranked codes for a text, without wording (the tests and the bench read this). */
export function rankCodes(
  raw: string,
  registry: MailRegistry,
  now = new Date(),
): { facts: DiagnosisFacts; ranked: { code: DiagnosisCode; confidence: number }[] } {
  const text = normalizeText(raw);
  const facts = extractFacts(text, raw);
  const outlookProtocol = facts.errorCode && OUTLOOK_ERRORS[facts.errorCode.toLowerCase()]?.protocol;
  if (outlookProtocol && !/(?:protocol|プロトコル) ?:/.test(text)) facts.protocol = outlookProtocol;
  const program = facts.bounce ? undefined : detectProgram(text);
  const today = isoDay(now);
  const scores = score(text, facts, registry, today);
  const sorted = [...scores.entries()].filter(([, s]) => s >= MIN_SCORE).sort((a, b) => b[1] - a[1]);
  const top = sorted[0]?.[1] ?? 0;
  const total = sorted.reduce((sum, [, s]) => sum + s, 0);
  const ranked = sorted
    .filter(([, s]) => s >= top * 0.4)
    .slice(0, MAX_DIAGNOSES)
    .map(([code, s]) => ({
      code,
      // Strong evidence (a specific phrase ~10) and little competition make a high confidence.
      confidence: Math.round(Math.min(1, s / 12) * (s / total) * 100) / 100,
    }));
  const publicView = publicFacts(text, facts, program, registry);
  return { facts: publicView, ranked: ranked.length > 0 ? ranked : [{ code: 'UNKNOWN', confidence: 0 }] };
}

export function diagnose(
  raw: string,
  registry: MailRegistry,
  locale: DiagnoseLocale,
  now = new Date(),
): DiagnoseResult {
  const { facts, ranked } = rankCodes(raw, registry, now);
  const today = isoDay(now);
  return {
    locale,
    facts,
    diagnoses: ranked.map(({ code, confidence }) => answer(code, confidence, facts, registry, locale, today)),
  };
}

/** The answer to what the customer pasted: a returned mail pasted whole is read as MIME first. */
export async function diagnosePasted(
  text: string,
  registry: MailRegistry,
  locale: DiagnoseLocale,
  now = new Date(),
): Promise<DiagnoseResult> {
  return diagnose(await readPastedMail(text), registry, locale, now);
}
