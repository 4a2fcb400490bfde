import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { hasRole } from '@/lib/auth/roles';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { mailAddressKey } from '@/lib/mail-events/mailbox-address';
import { listAffectedMailboxes, readPolicyReadiness } from '@/lib/mail-events/read-policy-readiness';
import { listMailboxNotices } from '@/lib/mail-events/tell-affected-mailboxes';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { formatDateTime } from '@/lib/dates/format-date';
import { Callout } from '@/components/ui/Callout';
import { buttonStyles } from '@/components/ui/button-styles';
import { MailReadinessCard } from '@/components/insights/MailReadinessCard';
import {
  prepareMailboxNoticeAction,
  queueMailboxNoticeAction,
} from '@/app/[locale]/admin/_actions/mail-readiness-actions';

/** Rows of the masked list on the page; the CSV (admins) has them all. */
const SHOWN = 50;
const NOTICE_ERRORS = [
  'invalid',
  'no-policy',
  'no-key',
  'not-found',
  'already-queued',
  'count-changed',
] as const;
type NoticeError = (typeof NOTICE_ERRORS)[number];
const isNoticeError = (value: unknown): value is NoticeError =>
  (NOTICE_ERRORS as readonly unknown[]).includes(value);

/**
 * Policy readiness from what the mail servers saw (docs/mail-events.md "For staff"): beside the
 * visitor-based cards of /admin/insights, per policy the mailboxes still affected, the trend to its
 * date, the masked list; for admins the CSV and "Tell these mailboxes".
 */
export default async function MailServerReadinessPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/insights/mail-servers'>) {
  const locale = await localeParam(params);
  const user = await requireStaffPage(locale, 'editor', `/${locale}/admin/insights/mail-servers`);
  const t = await getTranslations({ locale, namespace: 'MailReadiness' });
  const query = await searchParams;
  const admin = hasRole(user.role, 'admin');
  const registry = await getActiveRegistry();
  const now = new Date();
  const policies = [...registry.policies].sort((a, b) => (a.effective < b.effective ? 1 : -1));
  const cards = await Promise.all(
    policies.map(async (policy) => ({
      policy,
      readiness: await readPolicyReadiness(policy, registry, now),
      list: await listAffectedMailboxes(policy, registry, { now, take: SHOWN }),
      notices: admin ? await listMailboxNotices(policy.id, 5) : [],
    })),
  );
  const keyed = mailAddressKey() !== null;
  const draft = typeof query.draft === 'string' && /^[a-z0-9]{1,40}$/.test(query.draft) ? query.draft : null;
  const draftCount = Number(query.count);
  const error = isNoticeError(query.notice) ? query.notice : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/insights" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-4 text-sm text-slate-700">{t('intro')}</p>
      {error ? <Callout tone="attention">{t(`error.${error}`)}</Callout> : null}
      {typeof query.queued === 'string' ? (
        <Callout tone="info">{t('queued', { count: Number(query.queued) || 0 })}</Callout>
      ) : null}
      {policies.length === 0 ? <p className="text-sm">{t('noPolicies')}</p> : null}
      <div className="space-y-6">
        {cards.map(({ policy, readiness, list, notices }) => {
          const isDraft = draft !== null && query.policy === policy.id;
          const tell = admin ? (
            <section
              className="mt-4 rounded-md border border-slate-200 p-3"
              aria-labelledby={`tell-${policy.id}`}
            >
              <h3 id={`tell-${policy.id}`} className="font-semibold">
                {t('tell.heading')}
              </h3>
              {!keyed ? (
                <p className="text-sm">{t('tell.noKey')}</p>
              ) : isDraft ? (
                <form action={queueMailboxNoticeAction} className="mt-2 space-y-2 text-sm">
                  <p>
                    {query.test === 'sent' ? t('tell.testSent', { email: user.email }) : t('tell.testFailed')}
                  </p>
                  <p data-testid={`tell-count-${policy.id}`}>
                    <strong>{t('tell.count', { count: draftCount || 0 })}</strong>
                  </p>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="policy" value={policy.id} />
                  <input type="hidden" name="campaignId" value={draft} />
                  <input type="hidden" name="count" value={String(draftCount || 0)} />
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name="confirm" value="yes" required />
                    {t('tell.confirm', { count: draftCount || 0 })}
                  </label>
                  <button type="submit" className={buttonStyles.primary} disabled={!draftCount}>
                    {t('tell.send', { count: draftCount || 0 })}
                  </button>
                </form>
              ) : (
                <form action={prepareMailboxNoticeAction} className="mt-2 space-y-2 text-sm">
                  <p>{t('tell.intro', { count: Math.max(readiness.addressable - readiness.told, 0) })}</p>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="policy" value={policy.id} />
                  <button type="submit" className={buttonStyles.secondary}>
                    {t('tell.test')}
                  </button>
                </form>
              )}
              {notices.length > 0 ? (
                <ul className="mt-3 space-y-1 text-sm" data-testid={`tell-history-${policy.id}`}>
                  {notices.map((n) => (
                    <li key={n.id}>
                      {t('tell.history', {
                        when: formatDateTime(n.queuedAt ?? n.createdAt, locale),
                        status: n.status === 'queued' ? 'queued' : 'draft',
                        count: n.status === 'queued' ? n.recipients : n.counted,
                        sent: n.states.sent ?? 0,
                        failed: n.states.failed ?? 0,
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ) : null;
          return (
            <MailReadinessCard
              key={policy.id}
              readiness={readiness}
              list={list}
              locale={locale}
              tell={tell}
              download={admin ? `/api/admin/mail-readiness/${policy.id}.csv?locale=${locale}` : undefined}
            />
          );
        })}
      </div>
    </>
  );
}
