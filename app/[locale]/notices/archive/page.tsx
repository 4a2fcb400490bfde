import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { cachedArchiveYears } from '@/lib/notices/cached-notices';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/notices/archive'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return pageMetadata({
    locale,
    path: '/notices/archive',
    title: t('title'),
    description: t('description', { ispName }),
    siteName: tMeta('siteName', { ispName }),
  });
}

export default async function ArchivePage({ params }: PageProps<'/[locale]/notices/archive'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  const tLayout = await getTranslations({ locale, namespace: 'Layout' });
  const tNotice = await getTranslations({ locale, namespace: 'Notice' });
  const years = await cachedArchiveYears();

  return (
    <>
      <Breadcrumbs
        label={tNotice('breadcrumbs')}
        items={[
          { label: tLayout('home'), href: '/' },
          { label: tLayout('notices'), href: '/notices' },
          { label: t('title') },
        ]}
      />
      <PageHeader
        title={t('title')}
        description={t('description', { ispName: siteConfig().ispName[locale] })}
      />
      {years.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t('empty')}
        </p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
          {years.map(({ year, count }) => (
            <li key={year}>
              <Link
                href={`/notices/archive/${year}`}
                className="flex min-h-11 flex-col rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 hover:text-brand-800"
              >
                <span className="text-lg font-bold">{t('yearTitle', { year: String(year) })}</span>
                <span className="text-sm text-slate-600">{t('yearCount', { count })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
