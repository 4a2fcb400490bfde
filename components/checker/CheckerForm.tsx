'use client';

import { useHydrated } from '@/components/ui/use-hydrated';
import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { CheckResult } from '@/lib/mail-check/run-check';
import { guideForClient } from '@/lib/guides/guide-programs';
import { CLIENTS, CUSTOMER_SECURITY, INCOMING_AUTH, OUTGOING_AUTH } from '@/lib/mail-check/customer-choices';

const input = 'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3';
const label = 'block text-sm font-semibold text-slate-800';

type Progress = { endpoint: string; name: string; status: string };
type Failure = { error: string; retryAfterSeconds?: number };

/**
 * The customer's settings form and its result. Progress arrives as a stream (one line per probe step)
 * and is announced politely to screen readers; the password never leaves this form except in the one
 * request, and is cleared once the check is done.
 */
export function CheckerForm() {
  const t = useTranslations('Checker');
  const locale = useLocale();
  const hydrated = useHydrated();
  const [form, setForm] = useState({
    client: 'outlook',
    email: '',
    incoming: { protocol: 'pop3', server: '', port: '', security: 'none', auth: 'password' },
    outgoing: { server: '', port: '', security: 'none', auth: 'on' },
    password: '',
  });
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<Progress[]>([]);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);

  const set = (path: string, value: string) =>
    setForm((f) => {
      const [group, key] = path.split('.') as [keyof typeof f, string | undefined];
      if (!key) return { ...f, [group]: value };
      return { ...f, [group]: { ...(f[group] as Record<string, string>), [key]: value } };
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setProgress([]);
    setResult(null);
    setFailure(null);
    setInvalid([]);
    const body = {
      client: form.client,
      ...(form.email ? { email: form.email } : {}),
      ...(form.incoming.server ? { incoming: { ...form.incoming, port: Number(form.incoming.port) } } : {}),
      ...(form.outgoing.server ? { outgoing: { ...form.outgoing, port: Number(form.outgoing.port) } } : {}),
      ...(form.password ? { password: form.password } : {}),
    };
    try {
      const response = await fetch('/api/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
        body: JSON.stringify(body),
      });
      if (!response.ok || !response.body) {
        const data = (await response.json().catch(() => ({ error: 'unavailable' }))) as Failure & {
          fields?: string[];
        };
        if (data.fields) setInvalid(data.fields);
        setFailure({ ...data, error: data.error === 'invalid-request' ? 'invalid' : data.error });
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let index: number;
        while ((index = buffer.indexOf('\n')) >= 0) {
          const message = JSON.parse(buffer.slice(0, index)) as { type: string } & Record<string, unknown>;
          buffer = buffer.slice(index + 1);
          if (message.type === 'step') setProgress((p) => [...p, message as unknown as Progress]);
          else if (message.type === 'result') setResult(message as unknown as CheckResult);
          else setFailure(message as unknown as Failure);
        }
      }
    } catch {
      setFailure({ error: 'unavailable' });
    } finally {
      setPending(false);
      setForm((f) => ({ ...f, password: '' }));
    }
  }

  // The program's own words for each field (Outlook's "Outgoing mail server (SMTP)", Thunderbird's
  // "Connection security"…), so customers can copy what their screen shows; generic words for "other".
  const fieldLabel = (key: string, fallback: string) => {
    const path = `labels.${form.client}.${key}`;
    return t.has(path as never) ? t(path as never, { protocol: form.incoming.protocol } as never) : fallback;
  };
  const bad = (field: string) => invalid.some((f) => f === field || f.startsWith(`${field}.`));
  const errorText = (error: string, retry?: number) =>
    error === 'rate-limited'
      ? t('errors.rate-limited', { minutes: Math.max(1, Math.ceil((retry ?? 60) / 60)) })
      : t.has(`errors.${error}` as never)
        ? t(`errors.${error}` as never)
        : t('errors.unavailable');
  // Step names come from the probe engine; unknown ones (a failed command) are shown as they are.
  const stepName = (name: string) =>
    t.has(`stepName.${name}` as never) ? t(`stepName.${name}` as never) : name;
  const formatDay = (day: string) =>
    new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
      dateStyle: 'long',
      timeZone: 'Asia/Tokyo',
    }).format(new Date(`${day}T00:00:00+09:00`));
  const optionText = (field: string, value: string) => {
    if (field.endsWith('.security')) return t(`securityOptions.${value}` as never);
    if (field === 'outgoing.auth') return t(`outgoingAuthOptions.${value}` as never);
    if (field === 'incoming.auth') return t(`incomingAuthOptions.${value}` as never);
    return value;
  };

  return (
    <div className="space-y-8">
      <form onSubmit={submit} className="space-y-6" noValidate>
        <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
          <div>
            <label htmlFor="client" className={label}>
              {t('program')}
            </label>
            <select
              id="client"
              className={input}
              value={form.client}
              onChange={(e) => set('client', e.target.value)}
            >
              {CLIENTS.map((c) => (
                <option key={c} value={c}>
                  {t(`programs.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="email" className={label}>
              {t('email')}
            </label>
            <input
              id="email"
              type="email"
              autoComplete="email"
              className={input}
              value={form.email}
              aria-invalid={bad('email')}
              aria-describedby="email-help"
              onChange={(e) => set('email', e.target.value)}
            />
            <p id="email-help" className="mt-1 text-xs text-slate-600">
              {t('emailHelp')}
            </p>
          </div>
        </div>

        {(['incoming', 'outgoing'] as const).map((group) => (
          <fieldset
            key={group}
            className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
          >
            <legend className="px-1 text-base font-bold">{t(`${group}Heading`)}</legend>
            {group === 'incoming' && t.has(`labels.${form.client}.where` as never) && (
              <p className="text-sm text-slate-700 sm:col-span-2" data-testid="program-where">
                {t(`labels.${form.client}.where` as never)}
              </p>
            )}
            {group === 'incoming' && (
              <div>
                <label htmlFor="incoming.protocol" className={label}>
                  {fieldLabel('protocol', t('protocol'))}
                </label>
                <select
                  id="incoming.protocol"
                  className={input}
                  value={form.incoming.protocol}
                  onChange={(e) => set('incoming.protocol', e.target.value)}
                >
                  <option value="pop3">POP3</option>
                  <option value="imap">IMAP</option>
                </select>
              </div>
            )}
            <div>
              <label htmlFor={`${group}.server`} className={label}>
                {fieldLabel(`${group}Server`, t('server'))}
              </label>
              <input
                id={`${group}.server`}
                className={`${input} font-mono`}
                autoCapitalize="none"
                spellCheck={false}
                value={form[group].server}
                aria-invalid={bad(`${group}.server`)}
                onChange={(e) => set(`${group}.server`, e.target.value)}
              />
            </div>
            <div>
              <label htmlFor={`${group}.port`} className={label}>
                {fieldLabel(`${group}Port`, t('port'))}
              </label>
              <input
                id={`${group}.port`}
                inputMode="numeric"
                className={`${input} font-mono`}
                value={form[group].port}
                aria-invalid={bad(`${group}.port`)}
                onChange={(e) =>
                  set(
                    `${group}.port`,
                    e.target.value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
                  )
                }
              />
            </div>
            <div>
              <label htmlFor={`${group}.security`} className={label}>
                {fieldLabel(`${group}Security`, t('security'))}
              </label>
              <select
                id={`${group}.security`}
                className={input}
                value={form[group].security}
                onChange={(e) => set(`${group}.security`, e.target.value)}
              >
                {CUSTOMER_SECURITY.map((s) => (
                  <option key={s} value={s}>
                    {t(`securityOptions.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${group}.auth`} className={label}>
                {fieldLabel(`${group}Auth`, group === 'incoming' ? t('incomingAuth') : t('outgoingAuth'))}
              </label>
              <select
                id={`${group}.auth`}
                className={input}
                value={form[group].auth}
                onChange={(e) => set(`${group}.auth`, e.target.value)}
              >
                {(group === 'incoming' ? INCOMING_AUTH : OUTGOING_AUTH).map((a) => (
                  <option key={a} value={a}>
                    {group === 'incoming'
                      ? t(`incomingAuthOptions.${a as (typeof INCOMING_AUTH)[number]}`)
                      : t(`outgoingAuthOptions.${a as (typeof OUTGOING_AUTH)[number]}`)}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        ))}

        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <label htmlFor="password" className={label}>
            {t('password')}
          </label>
          <input
            id="password"
            type="password"
            autoComplete="off"
            className={input}
            value={form.password}
            aria-describedby="password-help"
            onChange={(e) => set('password', e.target.value)}
          />
          <p id="password-help" className="mt-1 text-xs text-slate-600">
            {t('passwordHelp')}
          </p>
        </div>

        <button
          type="submit"
          disabled={pending || !hydrated}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {pending ? t('checking') : t('submit')}
        </button>
      </form>

      <div aria-live="polite" className="space-y-1 text-sm text-slate-700">
        {pending &&
          progress
            .slice(-1)
            .map((p, i) => <p key={i}>{t('progress', { endpoint: p.endpoint, step: stepName(p.name) })}</p>)}
      </div>

      {failure && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800">
          {errorText(failure.error, failure.retryAfterSeconds)}
        </p>
      )}

      {result && (
        <section aria-labelledby="check-result" className="space-y-6">
          <h2
            id="check-result"
            className={`rounded-lg border px-4 py-3 text-lg font-bold ${result.verdict === 'ok' ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : result.verdict === 'error' ? 'border-red-200 bg-red-50 text-red-900' : 'border-attention-200 bg-attention-50 text-attention-800'}`}
          >
            {t(`verdict.${result.verdict}`)}
          </h2>
          {result.knownIssues.map((issue) => (
            <p
              key={issue.id}
              role="note"
              className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sky-950"
              data-testid="known-issue"
            >
              {t('knownIssue', { title: issue.title[locale === 'ja' ? 'ja' : 'en'] })}{' '}
              <Link href="/status" className="font-semibold underline underline-offset-4">
                {t('knownIssueLink')}
              </Link>
            </p>
          ))}
          <ul className="space-y-2">
            {result.fields.map((f) => (
              <li
                key={f.field}
                className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
                data-field={f.field}
                data-status={f.breaksOn ? 'breaks' : f.status}
              >
                <p className="font-semibold">
                  <span
                    className={f.status === 'ok' && !f.breaksOn ? 'text-emerald-800' : 'text-attention-800'}
                  >
                    {f.breaksOn ? '⚠' : f.status === 'ok' ? '✓' : '✗'}
                  </span>{' '}
                  {t(`fieldName.${f.field}`)}: <code>{optionText(f.field, f.current)}</code>
                </p>
                {(f.status === 'change' || f.breaksOn) && f.suggested && (
                  <p className="mt-1">
                    {f.breaksOn
                      ? t('breaksOn', {
                          date: formatDay(f.breaksOn),
                          suggested: optionText(f.field, f.suggested),
                        })
                      : t('change', {
                          field: t(`fieldName.${f.field}`),
                          current: optionText(f.field, f.current),
                          suggested: optionText(f.field, f.suggested),
                        })}
                  </p>
                )}
                {f.reason && <p className="mt-1 text-slate-700">{t(`reason.${f.reason}`)}</p>}
                {f.policy?.notice && (
                  <p className="mt-1">
                    <Link
                      href={`/notices/${f.policy.notice}`}
                      className="text-brand-700 underline underline-offset-4"
                    >
                      {t('policyNotice')}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
          <section aria-labelledby="endpoints-heading">
            <h3 id="endpoints-heading" className="mb-2 text-base font-bold">
              {t('endpointsHeading')}
            </h3>
            <ul className="space-y-2">
              {result.endpoints.map((e) => (
                <li
                  key={e.id}
                  className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
                  data-endpoint={e.id}
                  data-status={e.status}
                >
                  <p className="font-semibold">
                    {e.host}:{e.port} ({t(`securityOptions.${e.security}`)}) —{' '}
                    {t(`endpointStatus.${e.status}`)}
                  </p>
                  <p>{t(`code.${e.code}`)}</p>
                  {e.login !== 'skipped' && <p>{t(`login.${e.login}`)}</p>}
                  <details className="mt-2">
                    <summary className="min-h-11 py-2 text-brand-700 underline">{t('details')}</summary>
                    {e.tls?.certificate && (
                      <p className="mt-1">
                        {e.tls.version},{' '}
                        {t('certificate', {
                          subject: e.tls.certificate.subject,
                          days: e.tls.certificate.daysLeft,
                          issuer: e.tls.certificate.issuer,
                        })}
                      </p>
                    )}
                    <p className="mt-2 font-semibold">{t('steps')}</p>
                    <ol className="list-decimal pl-6">
                      {e.steps.map((s, i) => (
                        <li key={i}>
                          {stepName(s.name)}: {s.status}
                          {s.detail ? ` (${s.detail})` : ''}
                        </li>
                      ))}
                    </ol>
                    <p className="mt-2 font-semibold">{t('transcript')}</p>
                    <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
                      {e.transcript.map((l) => `${l.dir}: ${l.text}`).join('\n')}
                    </pre>
                  </details>
                </li>
              ))}
            </ul>
          </section>
          <p className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3">
            <Link
              href={{
                pathname: `/guides/${guideForClient(form.client)}`,
                query: {
                  type: form.incoming.server ? form.incoming.protocol : 'imap',
                  ...(form.email ? { email: form.email } : {}),
                },
              }}
              className="font-semibold text-brand-700 underline underline-offset-4"
              data-testid="guide-link"
            >
              {t('guideLink', { program: t(`programs.${form.client as (typeof CLIENTS)[number]}`) })}
            </Link>
          </p>
          <p className="text-sm text-slate-700">{t('reportId', { id: result.reportId })}</p>
        </section>
      )}
    </div>
  );
}
