import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { isLocale } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { getNoticeForEdit } from '@/lib/notices/admin-notices';
import { getNoticeRevision, listNoticeRevisions } from '@/lib/notices/notice-revisions';
import { diffSnapshots } from '@/lib/notices/notice-snapshot';
import { formatDateTime } from '@/lib/dates/format-date';
import { restoreRevisionAction } from '@/app/[locale]/admin/_actions/notice-actions';
import { RevisionList } from '@/components/ui/RevisionList';
import { Callout } from '@/components/ui/Callout';

const select = 'mt-1 block min-h-11 rounded-md border border-slate-300 bg-white px-3';

export default async function NoticeHistoryPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/notices/[id]/history'>) {
  const locale = await localeParam(params);
  const { id } = await params;
  await requireStaffPage(locale, 'editor', `/${locale}/admin/notices/${id}/history`);
  const notice = await getNoticeForEdit(id);
  if (!notice) notFound();
  const query = await searchParams;
  const revisions = await listNoticeRevisions(id);
  const t = await getTranslations({ locale, namespace: 'NoticeHistoryAdmin' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const time = (d: Date) => formatDateTime(d, locale);

  const fromId = typeof query.from === 'string' ? query.from : revisions[1]?.id;
  const toId = typeof query.to === 'string' ? query.to : revisions[0]?.id;
  const [from, to] = await Promise.all([
    fromId ? getNoticeRevision(id, fromId) : null,
    toId ? getNoticeRevision(id, toId) : null,
  ]);
  const diff = from && to ? diffSnapshots(from.snapshot, to.snapshot) : [];
  const fieldLabel = (field: string) => {
    const [first, second] = field.split('.');
    if (second && isLocale(first))
      return t(`field.${second as 'title' | 'summary' | 'body'}`, { language: tLanguage(first) });
    return t(`field.${first as 'slug'}`);
  };

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t('intro')}</p>
      {typeof query.restored === 'string' && (
        <Callout tone="info">{t('restored', { version: query.restored })}</Callout>
      )}

      {revisions.length > 1 && (
        <form
          method="get"
          className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
        >
          {(['from', 'to'] as const).map((name) => (
            <label key={name} className="font-semibold">
              {t(name)}
              <select name={name} defaultValue={name === 'from' ? fromId : toId} className={select}>
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t('version', { version: r.version })} — {time(r.createdAt)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button
            type="submit"
            className="min-h-11 rounded-md border border-slate-300 px-4 font-medium hover:border-brand-600"
          >
            {t('compare')}
          </button>
        </form>
      )}

      {from && to && (
        <section aria-label={t('compare')} className="mb-8 space-y-3">
          {diff.length === 0 && <p className="text-sm">{t('noChanges')}</p>}
          {diff.map((change) => (
            <div key={change.field} className="rounded-lg border border-slate-200 bg-white">
              <h2 className="border-b border-slate-100 px-3 py-2 text-sm font-semibold">
                {fieldLabel(change.field)}
              </h2>
              <pre className="overflow-x-auto p-3 text-xs leading-6 whitespace-pre-wrap">
                {change.parts.map((part, index) =>
                  part.added ? (
                    <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline">
                      {part.value}
                    </ins>
                  ) : part.removed ? (
                    <del key={index} className="bg-red-100 text-red-900">
                      {part.value}
                    </del>
                  ) : (
                    <span key={index}>{part.value}</span>
                  ),
                )}
              </pre>
            </div>
          ))}
        </section>
      )}

      <RevisionList
        revisions={revisions.map((revision) => ({
          id: revision.id,
          version: revision.version,
          label: t('version', { version: revision.version }),
          byline: t('by', { date: time(revision.createdAt), email: revision.authorEmail }),
        }))}
        currentVersion={notice.version}
        restoreAction={restoreRevisionAction}
        fields={{ id, locale }}
        text={{ current: t('current'), restore: t('restore'), noEarlier: t('noEarlierVersions') }}
      />
      <p className="mt-6 text-sm">
        <Link
          href={`/admin/notices/${id}`}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {t('backToEditor')}
        </Link>
      </p>
    </>
  );
}
