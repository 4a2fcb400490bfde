import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { cachedNoticesOfYear } from '@/lib/notices/cached-notices';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { NoticeList } from '@/components/notices/NoticeListItem';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';

export function generateStaticParams() {
  return [];
}

/** A four-digit year in a sane range, or null (→ 404). */
function parseYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1990 && year <= 2200 ? year : null;
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/notices/archive/[year]'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const year = parseYear((await params).year);
  if (!year) return {};
  const t = await getTranslations({ locale, namespace: 'Archive' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return pageMetadata({
    locale,
    path: `/notices/archive/${year}`,
    title: t('yearTitle', { year: String(year) }),
    description: t('yearDescription', { ispName, year: String(year) }),
    siteName: tMeta('siteName', { ispName }),
  });
}

export default async function ArchiveYearPage({ params }: PageProps<'/[locale]/notices/archive/[year]'>) {
  const locale = await localeParam(params);
  const year = parseYear((await params).year);
  if (!year) notFound();
  const notices = await cachedNoticesOfYear(locale, year);
  if (notices.length === 0) notFound();

  const t = await getTranslations({ locale, namespace: 'Archive' });
  const tLayout = await getTranslations({ locale, namespace: 'Layout' });
  const tNotice = await getTranslations({ locale, namespace: 'Notice' });

  return (
    <>
      <Breadcrumbs
        label={tNotice('breadcrumbs')}
        items={[
          { label: tLayout('home'), href: '/' },
          { label: tLayout('notices'), href: '/notices' },
          { label: t('title'), href: '/notices/archive' },
          { label: String(year) },
        ]}
      />
      <PageHeader title={t('yearTitle', { year: String(year) })}>
        <p className="mt-2 text-sm text-slate-600">{t('yearCount', { count: notices.length })}</p>
      </PageHeader>
      <NoticeList notices={notices} locale={locale} />
      <p className="mt-8 text-sm">
        <Link href="/notices/archive" className="font-medium text-brand-700 underline underline-offset-4">
          {t('allYears')}
        </Link>
      </p>
    </>
  );
}
