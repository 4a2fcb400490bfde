'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { useLocale, useTranslations } from 'next-intl';

const MAX_COMMENT = 500;

/** The browser's random id for votes (one vote per browser and page); never sent anywhere else. */
function voterId(): string {
  const key = 'portal-voter';
  let id = localStorage.getItem(key);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    id = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    localStorage.setItem(key, id);
  }
  return id;
}

type Phase = 'ask' | 'comment' | 'thanks' | 'error';

const noSubscription = () => () => {};

/**
 * "Was this helpful?" under a notice, an FAQ answer or a guide: yes, or no with an optional comment.
 * A small client island posting to /api/feedback, so the page around it stays cached.
 */
export function HelpfulVote({ kind, slug }: { kind: 'notice' | 'faq' | 'guide'; slug: string }) {
  const t = useTranslations('Feedback');
  const locale = useLocale();
  const id = useId();
  const storageKey = `portal-feedback:${kind}:${slug}`;
  const [phase, setPhase] = useState<Phase>('ask');
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);

  // Answered before in this browser: thank, do not ask again (read after hydration, never on the server).
  const answered = useSyncExternalStore(
    noSubscription,
    () => localStorage.getItem(storageKey) !== null,
    () => false,
  );
  const shown: Phase = answered && phase === 'ask' ? 'thanks' : phase;

  async function send(helpful: boolean, text = '') {
    setSending(true);
    try {
      const response = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind, slug, locale, helpful, comment: text, voter: voterId() }),
      });
      if (!response.ok) throw new Error(String(response.status));
      localStorage.setItem(storageKey, helpful ? 'yes' : 'no');
      setPhase('thanks');
    } catch {
      setPhase('error');
    } finally {
      setSending(false);
    }
  }

  const button =
    'min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:border-brand-600 disabled:opacity-60';
  return (
    <div
      className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm"
      data-testid="helpful-vote"
    >
      <div aria-live="polite">
        {shown === 'thanks' && <p>{t('thanks')}</p>}
        {shown === 'error' && <p className="text-red-800">{t('error')}</p>}
      </div>
      {shown === 'ask' && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="font-semibold" id={`${id}-question`}>
            {t('question')}
          </p>
          <button type="button" className={button} disabled={sending} onClick={() => send(true)}>
            {t('yes')}
          </button>
          <button type="button" className={button} disabled={sending} onClick={() => setPhase('comment')}>
            {t('no')}
          </button>
        </div>
      )}
      {shown === 'comment' && (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            void send(false, comment);
          }}
        >
          <label htmlFor={`${id}-comment`} className="block font-semibold">
            {t('commentLabel')}
          </label>
          <textarea
            id={`${id}-comment`}
            rows={3}
            maxLength={MAX_COMMENT}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-describedby={`${id}-comment-help`}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          />
          <p id={`${id}-comment-help`} className="text-xs text-slate-600">
            {t('commentHelp', { max: MAX_COMMENT, left: MAX_COMMENT - comment.length })}
          </p>
          <button type="submit" className={button} disabled={sending}>
            {t('send')}
          </button>
        </form>
      )}
    </div>
  );
}
