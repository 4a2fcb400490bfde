import { staleLocales } from '@/lib/content/translation-state';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { getNoticeForEdit } from '@/lib/notices/admin-notices';
import { noticeEditorValues } from '@/lib/notices/notice-editor-values';
import { markCurrentAction } from '@/app/[locale]/admin/_actions/notice-actions';
import { NoticeEditor } from '@/components/admin/notices/NoticeEditor';
import { audienceByCategory, noticeWasAnnounced } from '@/lib/notifications/audience';
import { Callout } from '@/components/ui/Callout';

export default async function EditNoticePage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/notices/[id]'>) {
  const locale = await localeParam(params);
  const { id } = await params;
  await requireStaffPage(locale, 'editor', `/${locale}/admin/notices/${id}`);
  const notice = await getNoticeForEdit(id);
  if (!notice) notFound();
  const t = await getTranslations({ locale, namespace: 'NoticeEditor' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const saved = (await searchParams).saved === '1';
  const stale = staleLocales(notice.languages);
  const isPublic = notice.status === 'published' || notice.status === 'archived';

  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t('editTitle')}</h1>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link
            href={`/admin/notices/${id}/history`}
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            {t('history')}
          </Link>
          <Link
            href={`/admin/notices/${id}/preview`}
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            {t('previewDraft')}
          </Link>
          {isPublic && (
            <Link
              href={`/notices/${notice.slug}`}
              className="font-medium text-brand-700 underline underline-offset-4"
            >
              {t('viewPublic')}
            </Link>
          )}
        </p>
      </div>
      {saved && <Callout tone="info">{t('saved')}</Callout>}
      {stale.map((language) => (
        <form
          key={language}
          action={markCurrentAction}
          className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-attention-200 bg-attention-50 px-4 py-2 text-sm text-attention-800"
        >
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="language" value={language} />
          <input type="hidden" name="locale" value={locale} />
          <span>
            {tLanguage(language)}: {t('outOfDate')}
          </span>
          <button
            type="submit"
            className="min-h-11 rounded-md border border-attention-200 bg-white px-3 font-medium"
          >
            {t('markCurrent')} ({tLanguage(language)})
          </button>
        </form>
      ))}
      <ClientMessages
        locale={locale}
        namespaces={['NoticeEditor', 'NoticeCategory', 'NoticeStatus', 'LanguageName', 'ReviewFields']}
      >
        <NoticeEditor
          locale={locale}
          languages={[...routing.locales]}
          initial={noticeEditorValues(notice, await noticeWasAnnounced(notice.id))}
          audience={await audienceByCategory()}
        />
      </ClientMessages>
    </>
  );
}
