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
import { RevisionList } from '@/components/admin/RevisionList';
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
      <RevisionList
        revisions={revisions.map((revision) => ({
          id: revision.id,
          version: revision.version,
          label: t('version', { version: revision.version }),
          byline: t('by', { date: formatDate(revision.createdAt, locale), email: revision.authorEmail }),
        }))}
        currentVersion={question.version}
        restoreAction={restoreFaqRevisionAction}
        fields={{ locale, id }}
        text={{ title: t('revisions'), current: t('current'), restore: t('restore') }}
      />
    </>
  );
}
