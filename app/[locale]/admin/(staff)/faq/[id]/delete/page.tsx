import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { pickTranslation } from '@/lib/content/pick-translation';
import { getFaqQuestionForEdit } from '@/lib/faq/admin-faq';
import { deleteFaqQuestionAction } from '@/app/[locale]/admin/_actions/faq-actions';

/** "Delete this question?": what goes, that it cannot be undone, and that unpublishing can be. */
export default async function DeleteFaqQuestionPage({
  params,
}: PageProps<'/[locale]/admin/faq/[id]/delete'>) {
  const locale = await localeParam(params);
  const { id } = await params;
  await requireStaffPage(locale, 'editor', `/${locale}/admin/faq/${id}/delete`);
  const question = await getFaqQuestionForEdit(id);
  if (!question) notFound();
  const t = await getTranslations({ locale, namespace: 'FaqEditor' });
  const text = pickTranslation(question.translations, locale);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold text-slate-900">{t('deleteTitle')}</h1>
      <p className="mb-2 text-lg font-semibold">{text?.value.question ?? question.slug}</p>
      <p className="mb-6 max-w-prose text-sm text-slate-700">{t('deleteWarning')}</p>
      <form action={deleteFaqQuestionAction} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="confirm" value="delete" />
        <button
          type="submit"
          className="min-h-11 rounded-md bg-red-700 px-5 font-semibold text-white hover:bg-red-800"
        >
          {t('deleteConfirm')}
        </button>
        <Link href={`/admin/faq/${id}`} className="font-medium text-brand-700 underline">
          {t('deleteCancel')}
        </Link>
      </form>
    </>
  );
}
