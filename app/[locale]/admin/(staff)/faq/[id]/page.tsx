import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { getFaqQuestionForEdit, listFaqCategoryOptions, listFaqRevisions } from '@/lib/faq/admin-faq';
import { faqEditorValues } from '@/lib/faq/faq-editor-values';
import { formatDate } from '@/lib/dates/format-date';
import { restoreFaqRevisionAction } from '@/app/[locale]/admin/_actions/faq-actions';
import { FaqEditor } from '@/components/admin/faq/FaqEditor';
import { faqEditorText } from '@/components/admin/faq/faq-editor-text';
import { Callout } from '@/components/ui/Callout';

export default async function EditFaqQuestionPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/faq/[id]'>) {
  const locale = await localeParam(params);
  const { id } = await params;
  await requireStaffPage(locale, 'editor', `/${locale}/admin/faq/${id}`);
  const question = await getFaqQuestionForEdit(id);
  if (!question) notFound();
  const [categories, revisions] = await Promise.all([listFaqCategoryOptions(locale), listFaqRevisions(id)]);
  const t = await getTranslations({ locale, namespace: 'FaqEditor' });
  const query = await searchParams;

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold text-slate-900">{t('editTitle')}</h1>
      {query.saved === '1' && <Callout tone="info">{t('saved')}</Callout>}
      {query.restored === '1' && <Callout tone="info">{t('restored')}</Callout>}
      <FaqEditor
        locale={locale}
        languages={[...routing.locales]}
        categories={categories}
        initial={faqEditorValues(question, question.categoryId)}
        text={await faqEditorText(locale)}
      />
      {revisions.length > 0 && (
        <section aria-labelledby="revisions" className="mt-10">
          <h2 id="revisions" className="mb-3 text-lg font-bold">
            {t('revisions')}
          </h2>
          <ol className="space-y-2">
            {revisions.map((revision) => (
              <li
                key={revision.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
              >
                <span>
                  <strong>{t('version', { version: revision.version })}</strong>
                  {revision.version === question.version && (
                    <span className="ml-2 text-xs text-slate-600">({t('current')})</span>
                  )}
                  <span className="block text-slate-700">
                    {t('by', { date: formatDate(revision.createdAt, locale), email: revision.authorEmail })}
                  </span>
                </span>
                {revision.version !== question.version && (
                  <form action={restoreFaqRevisionAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={id} />
                    <input type="hidden" name="revisionId" value={revision.id} />
                    <input type="hidden" name="version" value={question.version} />
                    <button
                      type="submit"
                      className="min-h-11 rounded-md border border-slate-300 px-3 font-medium hover:border-brand-600"
                    >
                      {t('restore')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
