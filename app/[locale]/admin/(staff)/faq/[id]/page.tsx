import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { getFaqQuestionForEdit, listFaqCategoryOptions, listFaqRevisions } from '@/lib/faq/admin-faq';
import { faqEditorValues } from '@/lib/faq/faq-editor-values';
import { formatDate } from '@/lib/dates/format-date';
import { restoreFaqRevisionAction, setFaqPublishedAction } from '@/app/[locale]/admin/_actions/faq-actions';
import { Link } from '@/i18n/navigation';
import { FaqEditor } from '@/components/admin/faq/FaqEditor';
import { RevisionList } from '@/components/ui/RevisionList';
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
      {query.visibility === 'unpublished' && <Callout tone="info">{t('unpublishedNow')}</Callout>}
      {query.visibility === 'published' && <Callout tone="info">{t('publishedNow')}</Callout>}
      {query.visibility === 'conflict' && <Callout tone="attention">{t('visibilityConflict')}</Callout>}
      <section
        aria-labelledby="visibility-heading"
        className="mb-8 rounded-lg border border-slate-200 bg-white p-4 text-sm"
        data-testid="faq-visibility"
      >
        <h2 id="visibility-heading" className="text-base font-bold">
          {t('visibilityHeading')}
        </h2>
        <p className="mt-1 mb-3 text-slate-700">
          {question.published ? t('isPublished') : t('isUnpublished')}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <form action={setFaqPublishedAction}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={question.version} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="published" value={question.published ? 'false' : 'true'} />
            <button
              type="submit"
              className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-50"
            >
              {question.published ? t('unpublish') : t('publishAgain')}
            </button>
          </form>
          <Link
            href={`/admin/faq/${id}/delete`}
            className="inline-flex min-h-11 items-center rounded-md border border-red-300 px-4 font-medium text-red-800 hover:bg-red-50"
          >
            {t('delete')}
          </Link>
        </div>
      </section>
      <ClientMessages locale={locale} namespaces={['FaqEditor', 'LanguageName', 'ReviewFields']}>
        <FaqEditor
          locale={locale}
          languages={[...routing.locales]}
          categories={categories}
          initial={faqEditorValues(question, question.categoryId)}
        />
      </ClientMessages>
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
        text={{
          title: t('revisions'),
          current: t('current'),
          restore: t('restore'),
          noEarlier: t('noEarlierVersions'),
        }}
      />
    </>
  );
}
