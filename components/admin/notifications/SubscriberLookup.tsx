'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { eventKindKey, isEventKind } from '@/lib/notifications/event-kind-key';
import { isNoticeCategory } from '@/lib/notices/notice-kinds';
import {
  deleteSubscriberAction,
  lookupSubscriberAction,
  type LookupState,
} from '@/app/[locale]/admin/_actions/notification-actions';

const button =
  'min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50';

/** Admins: find an address, see what it was sent and why, export it as JSON or delete it. */
export function SubscriberLookup() {
  const t = useTranslations('NotificationsAdmin');
  const tKind = useTranslations('Mail.kind');
  const tTopic = useTranslations('NoticeCategory');
  const [found, lookup, looking] = useActionState(
    async (previous: LookupState, form: FormData) => {
      const result = await lookupSubscriberAction(previous, form);
      return 'ok' in result ? { status: 'invalid' as const } : result;
    },
    { status: 'idle' } as LookupState,
  );
  const [removed, remove, removing] = useActionState(
    async (previous: LookupState, form: FormData) => {
      const result = await deleteSubscriberAction(previous, form);
      return 'ok' in result ? { status: 'invalid' as const } : result;
    },
    { status: 'idle' } as LookupState,
  );
  const state = removed.status === 'deleted' ? removed : found;
  const download = (json: string) => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'subscriber.json';
    a.click();
    URL.revokeObjectURL(url);
  };
  const kind = (k: string) => (isEventKind(k) ? tKind(eventKindKey(k)) : k);

  return (
    <div className="space-y-4">
      <form action={lookup} className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-semibold">
          {t('lookupEmail')}
          <input
            name="email"
            type="email"
            required
            maxLength={254}
            className="mt-1 block min-h-11 w-72 rounded-md border border-slate-300 bg-white px-3"
          />
        </label>
        <button type="submit" disabled={looking} className={button}>
          {t('lookupButton')}
        </button>
      </form>
      <div aria-live="polite">
        {state.status === 'invalid' && <p className="text-sm text-red-700">{t('lookupInvalid')}</p>}
        {state.status === 'not-found' && <p className="text-sm">{t('lookupNotFound')}</p>}
        {state.status === 'deleted' && <p className="text-sm text-emerald-800">{t('deleted')}</p>}
        {state.status === 'found' && (
          <div
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
            data-testid="lookup-result"
          >
            <p className="font-semibold">{state.record.subscriber.email}</p>
            <p>
              {t('lookupSummary', {
                status: state.record.subscriber.status,
                language: state.record.subscriber.locale,
                frequency: state.record.subscriber.frequency,
              })}
            </p>
            <p>
              {[
                ...state.record.subscriber.topics.filter(isNoticeCategory).map((x) => tTopic(x)),
                ...state.record.subscriber.services,
              ].join(', ')}
            </p>
            {state.record.messages.length > 0 && (
              <ul className="list-disc pl-5">
                {state.record.messages.map((m, i) => (
                  <li key={i}>
                    {kind(m.kind)}: {m.title} · {m.status}
                    {m.lastError && ` · ${m.lastError}`}
                  </li>
                ))}
              </ul>
            )}
            <div className="flex flex-wrap gap-3">
              <button type="button" className={button} onClick={() => download(state.json)}>
                {t('export')}
              </button>
              <form
                action={remove}
                onSubmit={(e) => {
                  if (!window.confirm(t('deleteConfirm', { email: state.record.subscriber.email })))
                    e.preventDefault();
                }}
              >
                <input type="hidden" name="subscriberId" value={state.record.subscriber.id} />
                <button type="submit" disabled={removing} className={`${button} border-red-300 text-red-800`}>
                  {t('delete')}
                </button>
              </form>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
