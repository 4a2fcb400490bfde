import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import type { FieldName } from '@/lib/mail-check/evaluate-settings';
import type { CustomerSettings } from '@/lib/mail-check/customer-settings';
import type { MailRegistry, PolicyKind } from '@/lib/mail-registry/registry-schema';
import { programById } from '@/lib/programs/programs';
import type { ProgramLocale } from '@/lib/programs/program-model';
import type { FieldChange } from '@/lib/programs/program-steps';
import { wordedSteps, type WordedGroup } from '@/lib/programs/step-text';
import type { Concern, MailboxConclusion, UsageWay } from './mailbox-patterns';

/**
 * The customer's own record in words (docs/mail-events.md, "For the customer"): what our servers saw
 * from one mailbox in the last days, each way it was used as one plain sentence in the customer's
 * language, and for each finding what it means under the registry's policy (its date and its own
 * statement), what is probably behind it, what to change, and the steps on the customer's program
 * when the way is the one they checked. Pure: the checker's answer and the report link's page both
 * show what this returns, worded on the server like the checker's steps.
 */

/** How far back the customer's record looks. */
export const RECORD_DAYS = 7;

export interface RecordPolicy {
  id: PolicyKind;
  effective: string;
  inForce: boolean;
  /** The registry's one-line statement in the customer's language (or the checker's default). */
  statement: string;
  notice?: string;
}

export interface RecordFinding {
  concern: Concern;
  /** The ways behind it, one sentence each. */
  ways: string[];
  /** "This stopped working on …" / "This will stop working on …", or what it is without a policy. */
  meaning: string;
  policy?: RecordPolicy;
  /** What is probably behind it. */
  likely: string;
  /** The mailbox also works another way: probably a second device. */
  otherDevice?: string;
  /** What to change, in words. */
  advice: string;
  /** The steps on the program the customer checked, when this way is the one they checked. */
  steps?: { heading: string; groups: WordedGroup[] };
}

export interface CustomerMailRecord {
  /** The language it is worded in (how its sentences are set side by side: i18n/join-sentences.ts). */
  locale: ProgramLocale;
  days: number;
  /** `de***@example.test` */
  masked: string | null;
  heading: string;
  intro: string;
  /** Said when nothing was seen. */
  empty?: string;
  findings: RecordFinding[];
  /** Ways with nothing to change. */
  fine: string[];
  /** The view's own headings and links, in the same language. */
  labels: { findings: string; fine: string; notice: string; guides: string };
}

const translator = (locale: ProgramLocale) =>
  createTranslator({ locale, messages: locale === 'ja' ? ja : en, namespace: 'MailRecord' });
type T = ReturnType<typeof translator>;
const checkerTranslator = (locale: ProgramLocale) =>
  createTranslator({ locale, messages: locale === 'ja' ? ja : en, namespace: 'Checker' });

const TOKYO = 'Asia/Tokyo';

function formatDay(day: string, locale: ProgramLocale) {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
    dateStyle: 'long',
    timeZone: TOKYO,
  }).format(new Date(`${day}T00:00:00+09:00`));
}

function formatLast(at: Date, locale: ProgramLocale) {
  const tag = locale === 'ja' ? 'ja-JP' : 'en-US';
  const date = new Intl.DateTimeFormat(tag, { month: 'long', day: 'numeric', timeZone: TOKYO }).format(at);
  const time = new Intl.DateTimeFormat(tag, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TOKYO,
  }).format(at);
  return { date, time };
}

const PROTOCOL_NAMES: Record<string, string> = { pop3: 'POP3', imap: 'IMAP', smtp: 'SMTP' };
const TLS_NAMES: Record<string, string> = {
  SSLv3: 'SSL 3.0',
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3',
};

/** The sentence variant of a way: what happened, by kind and result. */
function wayVariant(way: UsageWay) {
  switch (way.kind) {
    case 'login':
      if (way.result === 'ok') return way.protocol === 'smtp' ? 'send-ok' : 'login-ok';
      if (way.result === 'plaintext-refused') return 'login-plaintext-refused';
      if (way.result === 'tempfail') return 'login-tempfail';
      return 'login-failed';
    case 'relay-refused':
    case 'sender-refused':
    case 'tls-refused':
    case 'over-quota':
      return way.kind;
    default:
      return 'other';
  }
}

/** One way the mailbox was used, as one sentence. */
export function waySentence(way: UsageWay, locale: ProgramLocale, t: T = translator(locale)): string {
  const last = formatLast(way.lastSeen, locale);
  const encryption =
    way.tls === 'no'
      ? t('encryption.none')
      : way.tls === 'yes'
        ? way.tlsVersion
          ? t('encryption.version', { version: TLS_NAMES[way.tlsVersion] ?? way.tlsVersion })
          : t('encryption.yes')
        : t('encryption.unknown');
  const often =
    way.days >= 2 ? t('often.perDay', { count: way.perDay }) : t('often.once', { count: way.count });
  const network = way.network === 'customer' || way.network === 'outside' ? way.network : 'unknown';
  return t(`way.${wayVariant(way)}`, {
    where: t(`where.${network}`),
    protocol: PROTOCOL_NAMES[way.protocol] ?? way.protocol.toUpperCase(),
    port: way.port > 0 ? String(way.port) : '?',
    encryption,
    version: TLS_NAMES[way.tlsVersion] ?? t('encryption.oldVersion'),
    often,
    date: last.date,
    time: last.time,
  });
}

/** The recommended endpoint of a protocol in the registry (the port and security to move to). */
function recommended(registry: Pick<MailRegistry, 'endpoints'>, protocol: string) {
  const endpoints = registry.endpoints.filter((e) => e.protocol === protocol && e.security !== 'none');
  return endpoints.find((e) => e.recommended) ?? endpoints[0];
}

/** Whether a way is the customer's checked setting (same protocol, port and encryption). */
function isCheckedWay(way: UsageWay, settings: Pick<CustomerSettings, 'incoming' | 'outgoing'>) {
  const plain = way.tls === 'no';
  if (way.protocol === 'smtp') {
    const out = settings.outgoing;
    return !!out && out.port === way.port && (out.security === 'none') === plain;
  }
  const inc = settings.incoming;
  return (
    !!inc && inc.protocol === way.protocol && inc.port === way.port && (inc.security === 'none') === plain
  );
}

/** The field changes that fix a finding, for the steps on the customer's program. */
function fixFor(
  concern: Concern,
  way: UsageWay,
  settings: Pick<CustomerSettings, 'incoming' | 'outgoing'>,
  registry: Pick<MailRegistry, 'endpoints'>,
): FieldChange[] {
  if (concern === 'plaintext-login') {
    const target = recommended(registry, way.protocol);
    if (!target) return [];
    const side = way.protocol === 'smtp' ? 'outgoing' : 'incoming';
    const now = settings[side];
    return [
      {
        field: `${side}.port` as FieldName,
        from: now ? String(now.port) : undefined,
        to: String(target.port),
      },
      { field: `${side}.security` as FieldName, from: now?.security, to: target.security },
    ];
  }
  if (concern === 'port-25-from-customer-network' || concern === 'pop-before-smtp') {
    const target = recommended(registry, 'smtp');
    const out = settings.outgoing;
    if (!target) return [];
    return [
      { field: 'outgoing.port', from: out ? String(out.port) : undefined, to: String(target.port) },
      { field: 'outgoing.security', from: out?.security, to: target.security },
      { field: 'outgoing.auth', from: out?.auth, to: 'on' },
    ];
  }
  return [];
}

export interface WordRecordOptions {
  locale: ProgramLocale;
  registry: Pick<MailRegistry, 'policies' | 'endpoints'>;
  /** The settings the customer checked, when the record comes with a check. */
  settings?: Pick<CustomerSettings, 'client' | 'incoming' | 'outgoing'>;
  days?: number;
}

/** The whole record in words. */
export function wordMailRecord(
  conclusion: MailboxConclusion & { masked: string | null },
  options: WordRecordOptions,
): CustomerMailRecord {
  const { locale, registry, settings } = options;
  const t = translator(locale);
  const tChecker = checkerTranslator(locale);
  const days = options.days ?? RECORD_DAYS;
  const inFinding = new Set(conclusion.findings.flatMap((f) => f.ways));
  const program = settings ? programById(settings.client) : undefined;

  // A way behind two findings (a relay refusal on port 25 that is also POP before SMTP) is said once.
  const said = new Set<number>();
  const findings: RecordFinding[] = conclusion.findings.map((finding) => {
    const unsaid = finding.ways.filter((i) => !said.has(i));
    for (const i of finding.ways) said.add(i);
    const ways = finding.ways.map((i) => conclusion.ways[i]!).filter(Boolean);
    const policy = finding.policy ? registry.policies.find((p) => p.id === finding.policy) : undefined;
    const recordPolicy: RecordPolicy | undefined =
      policy && finding.effective
        ? {
            id: policy.id,
            effective: finding.effective,
            inForce: finding.inForce === true,
            statement:
              policy.statement?.[locale] ??
              tChecker(`policyStatement.${policy.id}`, { date: formatDay(finding.effective, locale) }),
            ...(policy.notice ? { notice: policy.notice } : {}),
          }
        : undefined;
    const meaning = recordPolicy
      ? t(recordPolicy.inForce ? 'meaning.stopped' : 'meaning.willStop', {
          date: formatDay(recordPolicy.effective, locale),
        })
      : finding.concern === 'over-quota'
        ? t('meaning.over-quota')
        : t('meaning.password-failures');
    const smtp = recommended(registry, 'smtp');
    const target = ways[0] ? recommended(registry, ways[0].protocol) : undefined;
    const advice = t(`advice.${finding.concern}`, {
      port: target ? String(target.port) : '',
      smtpPort: smtp ? String(smtp.port) : '587',
    });

    let steps: RecordFinding['steps'];
    const checked = settings ? ways.find((w) => isCheckedWay(w, settings)) : undefined;
    const popBeforeSmtpChecked =
      finding.concern === 'pop-before-smtp' && settings?.outgoing?.auth === 'pop-before-smtp';
    const way = checked ?? (popBeforeSmtpChecked ? ways[0] : undefined);
    if (program && settings && way) {
      const changes = fixFor(finding.concern, way, settings, registry);
      const protocol = settings.incoming?.protocol ?? 'imap';
      const groups = changes.length > 0 ? wordedSteps(program, protocol, changes, locale) : [];
      if (groups.length > 0)
        steps = {
          heading: t('stepsHeading', { program: tChecker(`programs.${settings.client}`) }),
          groups,
        };
    }
    return {
      concern: finding.concern,
      ways: unsaid.flatMap((i) => (conclusion.ways[i] ? [waySentence(conclusion.ways[i], locale, t)] : [])),
      meaning,
      ...(recordPolicy ? { policy: recordPolicy } : {}),
      likely: t(`likely.${finding.concern}`),
      ...(finding.alsoWorks && finding.concern !== 'over-quota' && finding.concern !== 'pop-before-smtp'
        ? { otherDevice: t('otherDevice') }
        : {}),
      advice,
      ...(steps ? { steps } : {}),
    };
  });

  const fine = conclusion.ways
    .filter((way, i) => !inFinding.has(i) && way.kind === 'login' && way.result === 'ok')
    .map((way) => waySentence(way, locale, t));

  const seen = conclusion.ways.length > 0;
  return {
    locale,
    days,
    masked: conclusion.masked,
    heading: t('heading', { days }),
    intro: t('intro', { mailbox: conclusion.masked ?? '' }),
    ...(seen ? {} : { empty: t('empty', { days }) }),
    findings,
    fine,
    labels: {
      findings: t('findingsHeading'),
      fine: t('fineHeading'),
      notice: t('policyNotice'),
      guides: t('guidesLink'),
    },
  };
}
