import { getTranslations } from 'next-intl/server';
import { keepPlaceholders } from '@/i18n/keep-placeholders';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { listFaqForAdmin } from '@/lib/faq/admin-faq';
import { moveFaqAction, saveFaqCategoryAction } from '@/app/[locale]/admin/_actions/faq-actions';
import { MoveButtons } from '@/components/admin/MoveButtons';
import { Callout } from '@/components/ui/Callout';

const small =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-2 text-sm hover:border-brand-600 disabled:opacity-40';

export default async function AdminFaqPage({ params, searchParams }: PageProps<'/[locale]/admin/faq'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'editor', `/${locale}/admin/faq`);
  const t = await getTranslations({ locale, namespace: 'AdminFaq' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const categories = await listFaqForAdmin(locale);
  const query = await searchParams;
  const categoryResult = query.category;
  const deleted = typeof query.deleted === 'string' ? query.deleted : null;
  const up = t('moveUp', keepPlaceholders('item'));
  const down = t('moveDown', keepPlaceholders('item'));

  const categoryFields = (names: Record<string, string>, slug: string, idPrefix: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <label className="text-xs font-semibold">
        {t('categorySlug')}
        <input
          name="slug"
          defaultValue={slug}
          required
          id={`${idPrefix}-slug`}
          className="mt-1 block min-h-11 rounded-md border border-slate-300 px-2 font-mono"
        />
      </label>
      {routing.locales.map((l) => (
        <label key={l} className="text-xs font-semibold">
          {t('categoryName', { language: tLanguage(l) })}
          <input
            name={`name.${l}`}
            defaultValue={names[l] ?? ''}
            required
            lang={l}
            className="mt-1 block min-h-11 rounded-md border border-slate-300 px-2"
          />
        </label>
      ))}
    </>
  );

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t('intro')}</p>
      {categoryResult === 'saved' && <Callout tone="info">{t('saved')}</Callout>}
      {deleted && <Callout tone="info">{t('deleted', { slug: deleted })}</Callout>}
      {categoryResult === 'error' && <Callout tone="attention">{t('error')}</Callout>}
      <div className="space-y-6">
        {categories.map((category, ci) => (
          <section
            key={category.id}
            id={`category-${category.id}`}
            aria-labelledby={`heading-${category.id}`}
            className="rounded-lg border border-slate-200 bg-white p-4"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id={`heading-${category.id}`} className="text-lg font-bold">
                {category.name}
              </h2>
              <MoveButtons
                action={moveFaqAction}
                fields={{ locale, kind: 'category' }}
                id={category.id}
                label={category.name}
                first={ci === 0}
                last={ci === categories.length - 1}
                upLabel={up}
                downLabel={down}
              />
            </div>
            <details className="mt-2 text-sm">
              <summary className="min-h-11 py-2 text-brand-700 underline">{t('renameCategory')}</summary>
              <form action={saveFaqCategoryAction} className="mt-2 flex flex-wrap items-end gap-3">
                <input type="hidden" name="id" value={category.id} />
                {categoryFields(category.names, category.slug, `category-${category.id}`)}
                <button type="submit" className={small}>
                  {t('saveCategory')}
                </button>
              </form>
            </details>
            {category.questions.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t('empty')}</p>
            ) : (
              <ol className="mt-3 divide-y divide-slate-100">
                {category.questions.map((q, qi) => (
                  <li
                    key={q.id}
                    id={`question-${q.id}`}
                    className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                  >
                    <span>
                      <Link
                        href={`/admin/faq/${q.id}`}
                        className="font-medium text-brand-800 underline-offset-4 hover:underline"
                      >
                        {q.question}
                      </Link>
                      {q.historical && (
                        <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs">
                          {t('historical')}
                        </span>
                      )}
                      {!q.published && (
                        <span className="ml-2 rounded-full bg-attention-50 px-2 py-0.5 text-xs text-attention-800">
                          {t('unpublished')}
                        </span>
                      )}
                    </span>
                    <MoveButtons
                      action={moveFaqAction}
                      fields={{ locale, kind: 'question' }}
                      id={q.id}
                      label={q.question}
                      first={qi === 0}
                      last={qi === category.questions.length - 1}
                      upLabel={up}
                      downLabel={down}
                    />
                  </li>
                ))}
              </ol>
            )}
            <p className="mt-3 text-sm">
              <Link
                href={{ pathname: '/admin/faq/new', query: { category: category.id } }}
                className="font-medium text-brand-700 underline underline-offset-4"
              >
                {t('newQuestion')}
              </Link>
            </p>
          </section>
        ))}
      </div>
      <section
        aria-labelledby="new-category"
        className="mt-8 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="new-category" className="text-lg font-bold">
          {t('newCategory')}
        </h2>
        <form action={saveFaqCategoryAction} className="mt-2 flex flex-wrap items-end gap-3 text-sm">
          {categoryFields({}, '', 'new-category')}
          <button type="submit" className={small}>
            {t('saveCategory')}
          </button>
        </form>
      </section>
    </>
  );
}
