'use client';

import { useEffect, useRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { joinSentences, sentenceGap } from '@/i18n/join-sentences';
import { Link } from '@/i18n/navigation';
import type { CheckResult } from '@/lib/mail-check/run-check';
import { headlineOf, type SettingOutcome } from '@/lib/mail-check/assess-check';
import type { FieldResult } from '@/lib/mail-check/evaluate-settings';
import { isChoice, type CLIENTS } from '@/lib/mail-check/customer-choices';
import { EXPLAINED_REFUSALS } from '@/lib/mail-check/checker-message-keys';
import { guideForClient } from '@/lib/guides/guide-programs';
import { ProgramStepList } from '@/components/programs/ProgramStepList';
import { ScreenDrawing } from '@/components/programs/ScreenDrawing';
import { drawScreen } from '@/lib/programs/draw-screen';
import type { ProgramDef } from '@/lib/programs/program-model';
import type { PolicyRef } from '@/lib/mail-registry/registry-schema';
import { MailRecordView } from '@/components/mail-record/MailRecordView';
import { ProbeDetails } from './ProbeDetails';
import { useProgramWords } from './use-program-words';

type Client = (typeof CLIENTS)[number];

export interface CheckSupport {
  supportEmail: string;
  passwordResetUrl: string;
  supportPhone: string;
  /** In the page's language. */
  supportHours: string;
  contactUrl: string;
}

/**
 * The answer to a check, in the order a customer needs it: the headline names the actual problem;
 * then one ordered list of what to change, in the program's own words and field order; then what
 * the program will meet with the settings entered, and separately whether the recommended settings
 * work; the technical details last. The heading takes the focus when the answer arrives.
 */
export function CheckResultView({
  result,
  program,
  client,
  protocol,
  email,
  support,
}: {
  result: CheckResult;
  /** The customer's program as modelled (lib/programs/), when it is. */
  program: ProgramDef | undefined;
  client: Client;
  protocol: string;
  email: string;
  support: CheckSupport;
}) {
  const t = useTranslations('Checker');
  const tSteps = useTranslations('ProgramSteps');
  const locale = useLocale();
  const words = useProgramWords(program, protocol);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);

  const formatDay = (day: string) =>
    new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
      dateStyle: 'long',
      timeZone: 'Asia/Tokyo',
    }).format(new Date(`${day}T00:00:00+09:00`));
  // The headline says exactly what follows: "change the settings below" only above a list.
  const said = headlineOf(result);
  const headline = t(`verdict.${said.key}`, {
    date: said.date ? formatDay(said.date) : '',
    id: result.reportId,
  });
  const tone =
    result.verdict === 'ok'
      ? 'border-emerald-200 bg-emerald-50 text-emerald-900'
      : result.verdict === 'error' || result.verdict === 'busy'
        ? 'border-red-200 bg-red-50 text-red-900'
        : 'border-attention-200 bg-attention-50 text-attention-800';

  // Each policy is stated in one sentence, from the registry (the same in the notice and in "Am I
  // affected?"); older registries without one get the translated default.
  const statementOf = (policy: PolicyRef) =>
    policy.statement?.[locale === 'en' ? 'en' : 'ja'] ??
    t(`policyStatement.${policy.id}`, { date: formatDay(policy.effective) });
  const statedAsReason = new Set(result.changes.flatMap((f) => (f.policy && f.reason ? [f.policy.id] : [])));

  const outcomeText = (s: SettingOutcome) => {
    switch (s.outcome) {
      case 'works':
        return t(
          s.sendTest === 'passed'
            ? 'outcome.works-send'
            : s.login === 'ok'
              ? 'outcome.works-login'
              : 'outcome.works',
        );
      case 'refused':
        return s.expects
          ? t(`outcome.refused-${s.expects}`, { port: s.port })
          : isChoice(EXPLAINED_REFUSALS, s.code)
            ? t(`outcome.refused-${s.code}`)
            : t('outcome.our-problem', { problem: t(`code.${s.code}`) });
      case 'blocked':
        // The policy's one statement (from the registry), unless the list of reasons already says it.
        return s.policy && !statedAsReason.has(s.policy.id)
          ? joinSentences(locale, t('outcome.blocked'), statementOf(s.policy))
          : t('outcome.blocked');
      case 'our-problem':
        // A send test refused by our server, not naming the address: the reply is in the details.
        return s.code === 'SEND_REFUSED'
          ? t('outcome.send-refused')
          : t('outcome.our-problem', { problem: t(`code.${s.code}`) });
      default:
        return t(`outcome.${s.outcome}`);
    }
  };

  // Settings that meet the same thing share one item, so no sentence is said twice.
  const grouped = (settings: SettingOutcome[]) => {
    const groups: { text: string; settings: SettingOutcome[] }[] = [];
    for (const s of settings) {
      const text = outcomeText(s);
      const group = groups.find((g) => g.text === text && !s.policy);
      if (group) group.settings.push(s);
      else groups.push({ text, settings: [s] });
    }
    return groups;
  };
  const settingItems = (settings: SettingOutcome[]) =>
    grouped(settings).map(({ text, settings: group }) => {
      const [first] = group;
      return (
        <li
          key={group.map((s) => s.role).join('+')}
          className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
          data-role={group.map((s) => s.role).join(' ')}
          data-outcome={first!.outcome}
        >
          {group.map((s) => (
            <p key={s.role}>
              {t.rich('roleLine', {
                role: t(`role.${s.role}`, { protocol: protocol === 'imap' ? 'IMAP' : 'POP3' }),
                strong: (chunks) => <strong>{chunks}</strong>,
                endpoint: t('endpointLine', {
                  host: s.host,
                  port: s.port,
                  security: t(`securityOptions.${s.security}`),
                }),
              })}
            </p>
          ))}
          <p className="mt-1">
            <span
              aria-hidden="true"
              className={first!.outcome === 'works' ? 'text-emerald-800' : 'text-attention-800'}
            >
              {first!.outcome === 'works' ? '✓' : first!.outcome === 'not-tested' ? '–' : '✗'}
            </span>{' '}
            {text}
          </p>
          {first!.policy?.notice &&
            !result.changes.some((c) => c.policy?.notice === first!.policy?.notice) && (
              <p className="mt-1">
                <Link
                  href={`/notices/${first!.policy.notice}`}
                  className="text-brand-700 underline underline-offset-4"
                >
                  {t(`policyNoticeFor.${first!.policy.id}`)}
                </Link>
              </p>
            )}
        </li>
      );
    });

  // A reason or notice shared by several changes is given once, at the first of them.
  const firstOf = (index: number, same: (f: FieldResult) => boolean) =>
    result.changes.findIndex(same) === index;

  const changeText = (f: FieldResult) => {
    const values = {
      label: words.label(f.field),
      current: words.option(f.field, f.current),
      suggested: words.option(f.field, f.suggested ?? ''),
    };
    return f.breaksOn
      ? t('changeBefore', { ...values, date: formatDay(f.breaksOn) })
      : t('changeItem', values);
  };

  return (
    <section aria-labelledby="check-result" className="space-y-6">
      <h2
        id="check-result"
        ref={heading}
        tabIndex={-1}
        className={`rounded-lg border px-4 py-3 text-lg font-bold focus:outline-2 focus:outline-offset-2 focus:outline-brand-700 ${tone}`}
        data-verdict={result.verdict}
      >
        {headline}
      </h2>

      {result.verdict === 'login-failed' && (
        <div
          className="space-y-2 rounded-lg border border-attention-200 bg-white p-4"
          data-testid="login-failed-help"
        >
          <p>
            {result.changes.length === 0
              ? `${t('loginFailed.settingsFine')} ${t('loginFailed.help')}`
              : t('loginFailed.help')}
          </p>
          <p>
            <a
              href={support.passwordResetUrl}
              className="font-semibold text-brand-700 underline underline-offset-4"
            >
              {t('loginFailed.reset')}
            </a>
          </p>
          <p className="text-sm text-slate-700">
            {t('loginFailed.contact', {
              email: support.supportEmail,
              phone: support.supportPhone,
              hours: support.supportHours,
            })}
          </p>
        </div>
      )}

      {said.key.startsWith('send-refused') && (
        <p className="text-sm text-slate-700" data-testid="send-refused-contact">
          {t('sendRefusedContact', {
            phone: support.supportPhone,
            hours: support.supportHours,
            email: support.supportEmail,
          })}
        </p>
      )}

      {result.knownIssues.map((issue) => (
        <p
          key={issue.id}
          role="note"
          className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sky-950"
          data-testid="known-issue"
        >
          {t('knownIssue', { title: issue.title[locale === 'ja' ? 'ja' : 'en'] })}
          {sentenceGap(locale)}
          <Link href="/status" className="font-semibold underline underline-offset-4">
            {t('knownIssueLink')}
          </Link>
        </p>
      ))}
      {result.verdict === 'busy' && result.knownIssues.length === 0 && (
        <p>
          <Link href="/status" className="font-semibold text-brand-700 underline underline-offset-4">
            {t('busyStatus')}
          </Link>
        </p>
      )}

      {result.changes.length > 0 && (
        <section
          aria-labelledby="changes-heading"
          className="rounded-lg border border-attention-200 bg-white p-4"
        >
          <h3 id="changes-heading" className="mb-2 text-base font-bold">
            {t('changesHeading', { program: t(`programs.${client}`) })}
          </h3>
          {result.stepGroups.length > 0 ? (
            <>
              <ProgramStepList
                groups={result.stepGroups}
                text={{
                  open: (path) => tSteps('open', { path }),
                  now: (value) => tSteps('now', { value }),
                }}
                drawings={(group, firstNumber) =>
                  program && (
                    <ScreenDrawing
                      drawing={drawScreen({
                        program,
                        screenId: group.screen.id,
                        tabId: group.tab.id,
                        protocol: protocol === 'pop3' ? 'pop3' : 'imap',
                        locale: locale === 'en' ? 'en' : 'ja',
                        steps: group.steps,
                        firstNumber,
                      })}
                      caption={tSteps('drawingCaption', { screen: group.heading })}
                    />
                  )
                }
              />
              {result.unexpressed.map((u) => (
                <p key={u.field} className="mt-3 text-sm" role="note">
                  {u.words}
                </p>
              ))}
              <h4 className="mt-4 text-sm font-bold text-slate-900">{t('whyHeading')}</h4>
              <ul className="mt-1 space-y-1 text-sm text-slate-700" data-testid="change-reasons">
                {result.changes
                  .filter((f, i) => f.reason && firstOf(i, (c) => c.reason === f.reason))
                  .map((f) => (
                    <li key={f.reason}>
                      {joinSentences(
                        locale,
                        f.policy
                          ? statementOf(f.policy)
                          : t(`reason.${f.reason!}`, { host: f.suggested ?? '' }),
                        f.breaksOn && t('neededBy', { date: formatDay(f.breaksOn) }),
                      )}
                      {f.policy?.notice && (
                        <>
                          {sentenceGap(locale)}
                          <Link
                            href={`/notices/${f.policy.notice}`}
                            className="text-brand-700 underline underline-offset-4"
                          >
                            {t(`policyNoticeFor.${f.policy.id}`)}
                          </Link>
                        </>
                      )}
                    </li>
                  ))}
              </ul>
            </>
          ) : (
            <ol className="list-decimal space-y-3 pl-6" data-testid="changes">
              {result.changes.map((f, i) => (
                <li key={f.field} data-change={f.field}>
                  <p className="font-semibold">{changeText(f)}</p>
                  {f.reason && firstOf(i, (c) => c.reason === f.reason) && (
                    <p className="mt-1 text-sm text-slate-700">
                      {f.policy
                        ? statementOf(f.policy)
                        : t(`reason.${f.reason!}`, { host: f.suggested ?? '' })}
                    </p>
                  )}
                  {f.policy?.notice && firstOf(i, (c) => c.policy?.notice === f.policy?.notice) && (
                    <p className="mt-1 text-sm">
                      <Link
                        href={`/notices/${f.policy.notice}`}
                        className="text-brand-700 underline underline-offset-4"
                      >
                        {t(`policyNoticeFor.${f.policy.id}`)}
                      </Link>
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {result.yourSettings.length > 0 && (
        <section aria-labelledby="your-settings-heading">
          <h3 id="your-settings-heading" className="mb-2 text-base font-bold">
            {t('yourSettingsHeading')}
          </h3>
          <ul className="space-y-2">{settingItems(result.yourSettings)}</ul>
        </section>
      )}

      {result.recommended.length > 0 && (
        <section aria-labelledby="recommended-heading">
          <h3 id="recommended-heading" className="mb-2 text-base font-bold">
            {t('recommendedHeading')}
          </h3>
          <ul className="space-y-2" data-testid="recommended">
            {settingItems(result.recommended)}
          </ul>
        </section>
      )}

      {/* Only after a successful login test (run-check.ts): the mailbox is the customer's. */}
      {result.mailRecord && <MailRecordView record={result.mailRecord} />}

      <section aria-labelledby="fields-heading">
        <h3 id="fields-heading" className="mb-2 text-base font-bold">
          {t('fieldsHeading')}
        </h3>
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {result.fields.map((f) => (
            <li key={f.field} data-field={f.field} data-status={f.breaksOn ? 'breaks' : f.status}>
              <span
                aria-hidden="true"
                className={f.status === 'ok' && !f.breaksOn ? 'text-emerald-800' : 'text-attention-800'}
              >
                {f.breaksOn ? '⚠' : f.status === 'ok' ? '✓' : '✗'}
              </span>{' '}
              {t.rich('fieldValue', {
                label: words.label(f.field),
                value: () => <code>{words.option(f.field, f.current)}</code>,
              })}{' '}
              <span className="sr-only">({t(`fieldStatus.${f.breaksOn ? 'change' : f.status}`)})</span>
            </li>
          ))}
        </ul>
      </section>

      <ProbeDetails endpoints={result.endpoints} />

      <p className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3">
        <Link
          href={{
            pathname: `/guides/${guideForClient(client)}`,
            query: { type: protocol, ...(email ? { email } : {}) },
          }}
          className="font-semibold text-brand-700 underline underline-offset-4"
          data-testid="guide-link"
        >
          {t('guideLink', { program: t(`programs.${client}`) })}
        </Link>
      </p>
      <p className="text-sm text-slate-700">{t('reportId', { id: result.reportId })}</p>
    </section>
  );
}
