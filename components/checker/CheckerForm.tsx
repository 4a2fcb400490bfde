'use client';

import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { sentenceGap } from '@/i18n/join-sentences';
import type { CheckResult } from '@/lib/mail-check/run-check';
import type { CheckSupport } from './CheckResultView';
import type { CheckerPrefill } from '@/lib/diagnose/checker-prefill';

// The answer (its steps, drawings and wording) is loaded when a check starts, not with the page: a
// customer who only opens the form downloads the form.
const loadResultView = () => import('./CheckResultView');
const CheckResultView = lazy(() => loadResultView().then((m) => ({ default: m.CheckResultView })));
import { ProgramFields } from './ProgramFields';
import { securityForPort, valueFromControl } from '@/lib/programs/program-form';
import type { ControlDef, ProgramDef, ProgramLocale } from '@/lib/programs/program-model';
import type { FieldName } from '@/lib/mail-check/evaluate-settings';
import {
  CLIENTS,
  CUSTOMER_SECURITY,
  INCOMING_AUTH,
  isChoice,
  OUTGOING_AUTH,
} from '@/lib/mail-check/customer-choices';
import { CHECK_ERRORS, NAMED_STEPS } from '@/lib/mail-check/checker-message-keys';

const input = 'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3';
const label = 'block text-sm font-semibold text-slate-800';

type Progress = { endpoint: string; name: string; status: string };
type Failure = { error: string; retryAfterSeconds?: number };

/**
 * The customer's settings form and its result. Progress arrives as a stream (one line per probe step)
 * and is announced politely to screen readers; the password never leaves this form except in the one
 * request, and is cleared once the check is done.
 */
export function CheckerForm({
  support,
  programs,
  initial,
}: {
  support: CheckSupport;
  programs: readonly ProgramDef[];
  /** Values from the page's URL (lib/diagnose/checker-prefill.ts), e.g. from an error's answer. */
  initial?: CheckerPrefill;
}) {
  const t = useTranslations('Checker');
  const locale = useLocale();
  const [form, setForm] = useState({
    client: initial?.client ?? 'outlook',
    email: '',
    incoming: {
      protocol: 'pop3',
      server: '',
      port: '',
      security: 'none',
      auth: 'password',
      ...initial?.incoming,
    },
    outgoing: { server: '', port: '', security: 'none', auth: 'on', ...initial?.outgoing },
    password: '',
    sendTest: false,
  });
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<Progress[]>([]);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);

  const set = (path: string, value: string | boolean) =>
    setForm((f) => {
      const [group, key] = path.split('.') as [keyof typeof f, string | undefined];
      if (!key) return { ...f, [group]: value };
      return { ...f, [group]: { ...(f[group] as Record<string, string>), [key]: value as string } };
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    void loadResultView();
    setPending(true);
    setProgress([]);
    setResult(null);
    setFailure(null);
    setInvalid([]);
    const body = {
      client: form.client,
      locale,
      ...(form.email ? { email: form.email } : {}),
      ...(form.incoming.server ? { incoming: { ...form.incoming, port: Number(form.incoming.port) } } : {}),
      ...(form.outgoing.server ? { outgoing: { ...form.outgoing, port: Number(form.outgoing.port) } } : {}),
      ...(form.password ? { password: form.password, ...(form.sendTest ? { sendTest: true } : {}) } : {}),
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

  // The customer's program as modelled (lib/programs/): its own screens and controls. A change to a
  // control becomes our value; the port decides between SSL/TLS and STARTTLS where the program shows
  // one switch for both.
  const program = programs.find((p) => p.id === form.client);
  const protocol = form.incoming.protocol as 'pop3' | 'imap';
  const programValues = {
    'incoming.server': form.incoming.server,
    'incoming.port': form.incoming.port,
    'incoming.security': form.incoming.security,
    'incoming.auth': form.incoming.auth,
    'outgoing.server': form.outgoing.server,
    'outgoing.port': form.outgoing.port,
    'outgoing.security': form.outgoing.security,
    'outgoing.auth': form.outgoing.auth,
  } satisfies Record<FieldName, string>;
  const changeControl = (control: ControlDef, controlValue: string) => {
    const field = control.field!;
    const [group, key] = field.split('.') as ['incoming' | 'outgoing', string];
    const next = valueFromControl(control, controlValue, programValues[field], form[group].port);
    if (next === undefined) return;
    setForm((f) => {
      const updated = { ...f[group], [key]: next } as Record<string, string>;
      if (key === 'port' && program)
        updated.security =
          securityForPort(program, protocol, `${group}.security`, updated.security, next) ??
          updated.security!;
      return { ...f, [group]: updated };
    });
  };

  const bad = (field: string) => invalid.some((f) => f === field || f.startsWith(`${field}.`));
  // Step names come from the probe engine; unknown ones (a failed command) are shown as they are.
  const stepName = (name: string) => (isChoice(NAMED_STEPS, name) ? t(`stepName.${name}`) : name);
  const errorText = (error: string, retry?: number) =>
    error === 'rate-limited'
      ? t('errors.rate-limited', { minutes: Math.max(1, Math.ceil((retry ?? 60) / 60)) })
      : isChoice(CHECK_ERRORS, error)
        ? t(`errors.${error}`)
        : t('errors.unavailable');
  return (
    <div className="space-y-8">
      <form onSubmit={submit} className="space-y-6" noValidate data-testid="checker-form">
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

        {program && (
          <>
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <label htmlFor="incoming.protocol" className={label}>
                {t('protocol')}
              </label>
              <select
                id="incoming.protocol"
                className={`${input} max-w-xs`}
                value={form.incoming.protocol}
                onChange={(e) => set('incoming.protocol', e.target.value)}
              >
                <option value="pop3">POP3</option>
                <option value="imap">IMAP</option>
              </select>
            </div>
            <ProgramFields
              program={program}
              protocol={protocol}
              locale={locale as ProgramLocale}
              values={programValues}
              invalid={(field) => bad(field)}
              portHelp={(field) => t(field.startsWith('incoming') ? 'portHelpIncoming' : 'portHelpOutgoing')}
              onChange={changeControl}
            />
          </>
        )}
        {!program &&
          (['incoming', 'outgoing'] as const).map((group) => (
            <fieldset
              key={group}
              className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
            >
              <legend className="px-1 text-base font-bold">{t(`${group}Heading`)}</legend>
              {group === 'incoming' && (
                <div>
                  <label htmlFor="incoming.protocol" className={label}>
                    {t('protocol')}
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
                  {t('server')}
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
                  {t('port')}
                </label>
                <input
                  id={`${group}.port`}
                  inputMode="numeric"
                  className={`${input} font-mono`}
                  value={form[group].port}
                  aria-invalid={bad(`${group}.port`)}
                  aria-describedby={`${group}.port-help`}
                  onChange={(e) =>
                    set(
                      `${group}.port`,
                      e.target.value.replace(/[０-９]/g, (d) =>
                        String.fromCharCode(d.charCodeAt(0) - 0xfee0),
                      ),
                    )
                  }
                />
                <p id={`${group}.port-help`} className="mt-1 text-xs text-slate-600">
                  {t(group === 'incoming' ? 'portHelpIncoming' : 'portHelpOutgoing')}
                </p>
              </div>
              <div>
                <label htmlFor={`${group}.security`} className={label}>
                  {t('security')}
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
                  {group === 'incoming' ? t('incomingAuth') : t('outgoingAuth')}
                </label>
                <select
                  id={`${group}.auth`}
                  className={input}
                  value={form[group].auth}
                  onChange={(e) => set(`${group}.auth`, e.target.value)}
                >
                  {group === 'incoming'
                    ? INCOMING_AUTH.map((a) => (
                        <option key={a} value={a}>
                          {t(`incomingAuthOptions.${a}`)}
                        </option>
                      ))
                    : OUTGOING_AUTH.map((a) => (
                        <option key={a} value={a}>
                          {t(`outgoingAuthOptions.${a}`)}
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
          <label className="mt-3 flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              id="sendTest"
              className="size-5"
              checked={form.sendTest}
              disabled={!form.password}
              onChange={(e) => set('sendTest', e.target.checked)}
            />
            {t('sendTest')}
          </label>
        </div>

        <button
          type="submit"
          disabled={pending}
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
        <div
          role="alert"
          className="space-y-2 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800"
        >
          <p>{errorText(failure.error, failure.retryAfterSeconds)}</p>
          {/* The error answers say where else to turn: phone with its hours, the form, mail. */}
          <p className="text-sm" data-testid="checker-support">
            {t('supportLine', {
              phone: support.supportPhone,
              hours: support.supportHours,
              email: support.supportEmail,
            })}
            {sentenceGap(locale)}
            <a href={support.contactUrl} className="font-medium underline">
              {t('contactForm')}
            </a>
          </p>
        </div>
      )}

      {result && (
        <Suspense fallback={null}>
          <CheckResultView
            result={result}
            program={program}
            client={form.client as (typeof CLIENTS)[number]}
            protocol={form.incoming.server ? form.incoming.protocol : 'imap'}
            email={form.email}
            support={support}
          />
        </Suspense>
      )}
    </div>
  );
}
