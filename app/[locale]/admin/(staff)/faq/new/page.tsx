import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { isLocale, routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { listFaqCategoryOptions } from '@/lib/faq/admin-faq';
import { faqEditorValues } from '@/lib/faq/faq-editor-values';
import { FaqEditor } from '@/components/admin/faq/FaqEditor';

export default async function NewFaqQuestionPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/faq/new'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'editor', `/${locale}/admin/faq/new`);
  const categories = await listFaqCategoryOptions(locale);
  const query = await searchParams;
  const requested = query.category;
  // "Start an FAQ draft" from a search that found nothing: the question as the customer typed it.
  const asked = typeof query.question === 'string' ? query.question.slice(0, 200) : '';
  const askedIn = isLocale(query.language) ? query.language : locale;
  const categoryId = categories.find((c) => c.id === requested)?.id ?? categories[0]?.id ?? '';
  const t = await getTranslations({ locale, namespace: 'FaqEditor' });
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold text-slate-900">{t('newTitle')}</h1>
      <ClientMessages locale={locale} namespaces={['FaqEditor', 'LanguageName', 'ReviewFields']}>
        <FaqEditor
          locale={locale}
          languages={[...routing.locales]}
          categories={categories}
          initial={(() => {
            const values = faqEditorValues(null, categoryId);
            if (asked) values.translations[askedIn].question = asked;
            return values;
          })()}
        />
      </ClientMessages>
    </>
  );
}
