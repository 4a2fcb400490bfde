'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import {
  requestMailReportAction,
  type ReportRequestState,
} from '@/app/[locale]/_actions/mail-report-actions';

/**
 * "Send my mail report to this mailbox": the address, and a one-time link mailed to it. The answer is
 * the same whether or not the address is one of ours.
 */
export function MailReportRequestForm({ initialEmail = '' }: { initialEmail?: string }) {
  const t = useTranslations('MailReport');
  const locale = useLocale();
  const [state, action, pending] = useActionState<ReportRequestState, FormData>(requestMailReportAction, {
    status: 'idle',
  });
  return (
    <form action={action} className="max-w-xl space-y-3" noValidate data-testid="mail-report-form">
      <input type="hidden" name="locale" value={locale === 'en' ? 'en' : 'ja'} />
      <div>
        <label htmlFor="mail-report-email" className="block font-semibold">
          {t('email')}
        </label>
        <input
          id="mail-report-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={initialEmail}
          aria-invalid={state.status === 'invalid' || undefined}
          aria-describedby={state.status !== 'idle' ? 'mail-report-answer' : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t('sending') : t('submit')}
      </button>
      {state.status !== 'idle' && (
        <p
          id="mail-report-answer"
          role={state.status === 'sent' ? 'status' : 'alert'}
          data-testid="mail-report-answer"
          className={
            state.status === 'sent'
              ? 'rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900'
              : 'rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800'
          }
        >
          {state.status === 'sent'
            ? t('sent', { email: state.email })
            : state.status === 'rate-limited'
              ? t('rateLimited', { minutes: state.retryAfterMinutes })
              : state.status === 'invalid'
                ? t('invalid')
                : t('error')}
        </p>
      )}
    </form>
  );
}
