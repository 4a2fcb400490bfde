import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { getNoticePreview } from '@/lib/notices/public-notices';
import { NoticeArticle } from '@/components/notices/NoticeArticle';

/** A draft (or any notice) exactly as its public page will show it. */
export default async function NoticePreviewPage({
  params,
}: PageProps<'/[locale]/admin/notices/[id]/preview'>) {
  const locale = await localeParam(params);
  const { id } = await params;
  await requireStaffPage(locale, 'editor', `/${locale}/admin/notices/${id}/preview`);
  const notice = await getNoticePreview(id, locale);
  if (!notice) notFound();
  const t = await getTranslations({ locale, namespace: 'Notice' });
  return (
    <>
      <p
        role="status"
        className="mb-6 rounded-md border-2 border-dashed border-brand-600 bg-brand-50 px-4 py-3 text-sm font-semibold text-brand-900"
      >
        {t('previewBanner')}
      </p>
      <NoticeArticle notice={notice} locale={locale} />
    </>
  );
}
