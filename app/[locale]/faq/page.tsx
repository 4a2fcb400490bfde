import type { Metadata } from 'next';
import { ClientMessages } from '@/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { cachedFaq } from '@/lib/faq/cached-faq';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { FaqQuestion } from '@/components/faq/FaqQuestion';
import { OpenFaqFromHash } from '@/components/faq/OpenFaqFromHash';
import { PageHeader } from '@/components/ui/PageHeader';

export async function generateMetadata({ params }: PageProps<'/[locale]/faq'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Faq' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return pageMetadata({
    locale,
    path: '/faq',
    title: t('title'),
    description: t('description', { ispName }),
    siteName: tMeta('siteName', { ispName }),
  });
}

export default async function FaqPage({ params }: PageProps<'/[locale]/faq'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Faq' });
  const categories = await cachedFaq(locale);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description', { ispName: siteConfig().ispName[locale] })}
      />
      {categories.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t('empty')}
        </p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
          <nav aria-labelledby="faq-contents" className="lg:sticky lg:top-4 lg:self-start">
            <h2 id="faq-contents" className="mb-2 text-sm font-bold text-slate-600">
              {t('contents')}
            </h2>
            <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
              {categories.map((category) => (
                <li key={category.slug}>
                  <a
                    href={`#category-${category.slug}`}
                    className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-200 bg-white px-3 text-sm text-slate-800 hover:border-brand-600 lg:w-full lg:border-transparent lg:bg-transparent"
                  >
                    <span>{category.name}</span>
                    <span className="text-xs text-slate-600">
                      {t('questionCount', { count: category.questions.length })}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {/* One provider for every answer's "Was this helpful?": its few messages are sent once. */}
          <ClientMessages locale={locale} namespaces={['Feedback']}>
            <div className="space-y-10">
              {categories.map((category) => (
                <section key={category.slug} aria-labelledby={`category-${category.slug}`}>
                  <h2
                    id={`category-${category.slug}`}
                    className="mb-3 scroll-mt-4 text-xl font-bold text-slate-900"
                  >
                    {category.name}
                  </h2>
                  <ul className="space-y-2">
                    {category.questions.map((item) => (
                      <FaqQuestion key={item.slug} item={item} locale={locale} />
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </ClientMessages>
        </div>
      )}
      <OpenFaqFromHash />
    </>
  );
}
