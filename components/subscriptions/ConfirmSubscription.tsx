'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { confirmAction, type ConfirmState } from '@/app/[locale]/_actions/subscription-actions';
import { Link } from '@/i18n/navigation';

/**
 * The confirmation link opens this page, and only the button confirms: mail scanners that open every
 * link in a message must not subscribe anyone.
 */
export function ConfirmSubscription({ token, intro }: { token: string; intro: string }) {
  const t = useTranslations('Subscriptions');
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmAction, { status: 'idle' });
  if (state.status === 'confirmed') {
    return (
      <div
        role="status"
        className="space-y-3 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
      >
        <p className="font-semibold">{t('confirmed')}</p>
        <p>
          <Link
            href={`/subscriptions/manage?token=${encodeURIComponent(state.token)}`}
            className="font-medium underline"
          >
            {t('manageLink')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {state.status === 'idle' && <p className="max-w-3xl text-slate-700">{intro}</p>}
      {state.status !== 'idle' && (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800"
        >
          <p>{t(`confirmErrors.${state.status}`)}</p>
          <p>
            <Link href="/subscribe" className="font-medium underline">
              {t('subscribeAgain')}
            </Link>
          </p>
        </div>
      )}
      {state.status !== 'invalid' && state.status !== 'expired' && (
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t('confirmButton')}
        </button>
      )}
    </form>
  );
}
