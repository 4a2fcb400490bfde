'use client';

import { useState, type FormEvent } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { guideForClient } from '@/lib/guides/guide-programs';
import { CLIENTS, CUSTOMER_SECURITY, OUTGOING_AUTH } from '@/lib/mail-check/customer-choices';
import type { FieldName } from '@/lib/mail-check/evaluate-settings';
import type { PolicyImpact } from '@/lib/mail-check/policy-impact';
import type { PolicyKind } from '@/lib/mail-registry/registry-schema';

const input = 'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3';
const label = 'block text-sm font-semibold text-slate-800';

/**
 * "Am I affected?" on a policy notice: the few settings the policy depends on, answered at once by
 * the same evaluator as the full checker (no server is contacted), with links to the full check and
 * the guide for the customer's program.
 */
export function PolicyImpactForm({
  policy,
  fields,
  incomingHost,
  outgoingHost,
}: {
  policy: PolicyKind;
  fields: FieldName[];
  incomingHost: string;
  outgoingHost: string;
}) {
  const t = useTranslations('PolicyImpact');
  const tChecker = useTranslations('Checker');
  const locale = useLocale();
  const format = useFormatter();
  const [form, setForm] = useState({
    client: 'outlook',
    protocol: 'pop3',
    inPort: '110',
    inSecurity: 'none',
    outPort: '25',
    outSecurity: 'none',
    outAuth: 'off',
  });
  const [result, setResult] = useState<PolicyImpact | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);
  const asks = (field: FieldName) => fields.includes(field);
  const hasIncoming = fields.some((f) => f.startsWith('incoming.'));
  const hasOutgoing = fields.some((f) => f.startsWith('outgoing.'));
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const digits = (value: string) =>
    value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setFailed(false);
    setResult(null);
    const settings = {
      client: form.client,
      ...(hasIncoming
        ? {
            incoming: {
              protocol: form.protocol,
              server: incomingHost,
              port: Number(form.inPort || (form.protocol === 'imap' ? 143 : 110)),
              security: form.inSecurity,
            },
          }
        : {}),
      ...(hasOutgoing
        ? {
            outgoing: {
              server: outgoingHost,
              port: Number(form.outPort || 25),
              security: asks('outgoing.security') ? form.outSecurity : 'none',
              auth: form.outAuth,
            },
          }
        : {}),
    };
    try {
      const response = await fetch('/api/check/impact', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ policy, settings }),
      });
      if (!response.ok) throw new Error('refused');
      setResult((await response.json()) as PolicyImpact);
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  }

  const option = (field: FieldName, value: string) =>
    field.endsWith('.security')
      ? tChecker(`securityOptions.${value as (typeof CUSTOMER_SECURITY)[number]}`)
      : field === 'outgoing.auth'
        ? tChecker(`outgoingAuthOptions.${value as (typeof OUTGOING_AUTH)[number]}`)
        : value;
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
      dateStyle: 'long',
      timeZone: 'Asia/Tokyo',
    }).format(new Date(`${iso}T00:00:00+09:00`));
  const portInput = (id: string, value: string, key: 'inPort' | 'outPort', text: string) => (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <input
        id={id}
        inputMode="numeric"
        className={`${input} font-mono`}
        value={value}
        onChange={(e) => set(key)(digits(e.target.value))}
      />
    </div>
  );
  const securitySelect = (id: string, value: string, key: 'inSecurity' | 'outSecurity', text: string) => (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <select id={id} className={input} value={value} onChange={(e) => set(key)(e.target.value)}>
        {CUSTOMER_SECURITY.map((s) => (
          <option key={s} value={s}>
            {tChecker(`securityOptions.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section
      aria-labelledby="impact-heading"
      className="mt-8 rounded-xl border border-brand-200 bg-brand-50 p-5 sm:p-6"
      data-testid="policy-impact"
    >
      <h2 id="impact-heading" className="text-lg font-bold text-slate-900">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('intro')}</p>
      <form onSubmit={submit} className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
        <div>
          <label htmlFor="impact-client" className={label}>
            {tChecker('program')}
          </label>
          <select
            id="impact-client"
            className={input}
            value={form.client}
            onChange={(e) => set('client')(e.target.value)}
          >
            {CLIENTS.map((c) => (
              <option key={c} value={c}>
                {tChecker(`programs.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {hasIncoming && (
          <div>
            <label htmlFor="impact-protocol" className={label}>
              {tChecker('protocol')}
            </label>
            <select
              id="impact-protocol"
              className={input}
              value={form.protocol}
              onChange={(e) => set('protocol')(e.target.value)}
            >
              <option value="pop3">POP3</option>
              <option value="imap">IMAP</option>
            </select>
          </div>
        )}
        {asks('incoming.port') &&
          portInput('impact-in-port', form.inPort, 'inPort', tChecker('fieldName.incoming.port'))}
        {asks('incoming.security') &&
          securitySelect(
            'impact-in-security',
            form.inSecurity,
            'inSecurity',
            tChecker('fieldName.incoming.security'),
          )}
        {asks('outgoing.port') &&
          portInput('impact-out-port', form.outPort, 'outPort', tChecker('fieldName.outgoing.port'))}
        {asks('outgoing.security') &&
          securitySelect(
            'impact-out-security',
            form.outSecurity,
            'outSecurity',
            tChecker('fieldName.outgoing.security'),
          )}
        {asks('outgoing.auth') && (
          <div>
            <label htmlFor="impact-out-auth" className={label}>
              {tChecker('fieldName.outgoing.auth')}
            </label>
            <select
              id="impact-out-auth"
              className={input}
              value={form.outAuth}
              onChange={(e) => set('outAuth')(e.target.value)}
            >
              {OUTGOING_AUTH.map((a) => (
                <option key={a} value={a}>
                  {tChecker(`outgoingAuthOptions.${a}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
          >
            {t('submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite" className="mt-4">
        {failed && <p className="text-red-800">{t('failed')}</p>}
        {result && (
          <div data-verdict={result.verdict} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-bold text-slate-900">
              {t(`verdict.${result.verdict}`, {
                date: result.effective ? day(result.effective) : '',
                affects: result.affects === 'both' ? 'other' : (result.affects ?? 'other'),
              })}
            </p>
            {result.verdict !== 'not-in-registry' && result.effective && (
              // The registry's own sentence, as the checker and the notice state it.
              <p className="mt-1 text-sm text-slate-800" data-testid="policy-statement">
                {result.statement?.[locale === 'en' ? 'en' : 'ja'] ??
                  tChecker(`policyStatement.${policy}`, { date: day(result.effective) })}
              </p>
            )}
            {result.changes.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {result.changes.map((change) => (
                  <li key={change.field}>
                    {tChecker('change', {
                      field: tChecker(`fieldName.${change.field}`),
                      current: option(change.field, change.current),
                      suggested: option(change.field, change.suggested ?? ''),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {result.otherFields.length > 0 && (
              <p className="mt-2 text-sm font-medium" data-testid="other-changes">
                {t('otherChanges', {
                  count: result.otherFields.length,
                  fields: format.list(
                    result.otherFields.map((field) => tChecker(`fieldName.${field}`)),
                    { type: 'conjunction' },
                  ),
                })}
              </p>
            )}
            {policy === 'minimum-tls-version' && result.verdict !== 'not-affected' && (
              <p className="mt-2 text-sm">{t('oldProgram')}</p>
            )}
            <p className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
              <Link href="/check" className="font-semibold text-brand-700 underline underline-offset-4">
                {t('fullCheck')}
              </Link>
              <Link
                href={`/guides/${guideForClient(form.client)}`}
                className="font-semibold text-brand-700 underline underline-offset-4"
              >
                {t('guide', { program: tChecker(`programs.${form.client as (typeof CLIENTS)[number]}`) })}
              </Link>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
