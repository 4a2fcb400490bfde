'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { openMailReportAction, type ReportOpenState } from '@/app/[locale]/_actions/mail-report-actions';
import { Link } from '@/i18n/navigation';
import { MailRecordView } from './MailRecordView';

/**
 * The report link's page: only the button opens the link (a mail scanner following every link in a
 * message opens nothing), and the record is shown from the action's answer.
 */
export function OpenMailReport({ token }: { token: string }) {
  const t = useTranslations('MailReport');
  const locale = useLocale();
  const [state, action, pending] = useActionState<ReportOpenState, FormData>(openMailReportAction, {
    status: 'idle',
  });
  if (state.status === 'shown') {
    const until = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
      timeStyle: 'short',
      timeZone: 'Asia/Tokyo',
    }).format(new Date(state.until));
    return (
      <div className="space-y-3">
        <MailRecordView record={state.record} headingLevel={2} />
        <p className="text-sm text-slate-700">{t('openUntil', { time: until })}</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale === 'en' ? 'en' : 'ja'} />
      {state.status === 'idle' ? (
        <p className="max-w-3xl text-slate-700">{t('openIntro')}</p>
      ) : (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800"
          data-testid="mail-report-unusable"
        >
          <p>{state.status === 'unusable' ? t('unusable') : t('unavailable')}</p>
          <p>
            <Link href="/mail-report" className="font-medium underline">
              {t('again')}
            </Link>
          </p>
        </div>
      )}
      {state.status !== 'unusable' && (
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t('openButton')}
        </button>
      )}
    </form>
  );
}
