'use client';

import { useTranslations } from 'next-intl';
import type { EndpointResult } from '@/lib/mail-probe/probe-result';
import { isChoice } from '@/lib/mail-check/customer-choices';
import { NAMED_STEPS } from '@/lib/mail-check/checker-message-keys';

/**
 * The live test's technical side, folded away: for each probe its finding, the negotiated TLS with
 * a plain-words grade, the certificate, the steps and the conversation (passwords shown as ***).
 * Support asks for this; most customers never open it.
 */
export function ProbeDetails({ endpoints }: { endpoints: EndpointResult[] }) {
  const t = useTranslations('Checker');
  // Step names come from the probe engine; unknown ones (a failed command) are shown as they are.
  const stepName = (name: string) => (isChoice(NAMED_STEPS, name) ? t(`stepName.${name}`) : name);
  if (endpoints.length === 0) return null;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <summary className="min-h-11 py-2 font-semibold text-brand-700 underline">
        {t('endpointsHeading')}
      </summary>
      <ul className="mt-2 space-y-4">
        {endpoints.map((e, i) => (
          <li key={i} data-endpoint={e.id} data-status={e.status} data-as-configured={e.asConfigured}>
            <p className="font-semibold">
              {e.host}:{e.port} ({t(`securityOptions.${e.security}`)}) — {t(`code.${e.code}`)}
            </p>
            {e.login !== 'skipped' && e.login !== 'failed' && <p>{t(`login.${e.login}`)}</p>}
            {e.tls && (
              <p className="mt-1">
                {t('tlsSummary', { version: e.tls.version, cipher: e.tls.cipher, grade: e.tls.grade })}
              </p>
            )}
            {e.tls?.certificate && (
              <p className="mt-1">
                {t('certificate', {
                  subject: e.tls.certificate.subject,
                  days: e.tls.certificate.daysLeft,
                  issuer: e.tls.certificate.issuer,
                })}
              </p>
            )}
            <p className="mt-2 font-semibold">{t('steps')}</p>
            <ol className="list-decimal pl-6">
              {e.steps.map((s, j) => (
                <li key={j}>
                  {t('stepLine', { step: stepName(s.name), status: t(`stepStatus.${s.status}`) })}
                  {s.detail ? ` (${s.detail})` : ''}
                </li>
              ))}
            </ol>
            <p className="mt-2 font-semibold">{t('transcript')}</p>
            {/* Scrolls when long: focusable and named, so it can be scrolled from the keyboard. */}
            <pre
              tabIndex={0}
              aria-label={`${t('transcript')} ${e.id}`}
              className="mt-1 max-h-64 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600"
            >
              {e.transcript.map((l) => `${l.dir}: ${l.text}`).join('\n')}
            </pre>
          </li>
        ))}
      </ul>
    </details>
  );
}
