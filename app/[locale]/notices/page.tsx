import type { Metadata } from 'next';
import { SubscribeBox } from '@/components/subscriptions/SubscribeBox';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { cachedCurrentNotices } from '@/lib/notices/cached-notices';
import { parseNoticeListParams } from '@/lib/notices/notice-list-params';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { CategoryFilter } from '@/components/notices/CategoryFilter';
import { NoticeList } from '@/components/notices/NoticeListItem';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';

// The query string (category, page) is read per request; the notice data itself comes from the cache.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/notices'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Notices' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return pageMetadata({
    locale,
    path: '/notices',
    title: t('title'),
    description: t('description', { ispName }),
    siteName: tMeta('siteName', { ispName }),
  });
}

export default async function NoticesPage({ params, searchParams }: PageProps<'/[locale]/notices'>) {
  const locale = await localeParam(params);
  const query = parseNoticeListParams(await searchParams);
  if (!query) notFound();

  const result = await cachedCurrentNotices(locale, query.category, query.page);
  // A page past the end is as unknown as a malformed one (page 1 of nothing is a valid, empty list).
  if (query.page > result.pageCount) notFound();

  const t = await getTranslations({ locale, namespace: 'Notices' });
  const ispName = siteConfig().ispName[locale];

  return (
    <>
      <PageHeader title={t('title')} description={t('description', { ispName })}>
        <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <Link href="/notices/archive" className="font-medium text-brand-700 underline underline-offset-4">
            {t('backNumbersLink')}
          </Link>
          <a
            href={`/${locale}/notices/feed.xml`}
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            {t('feedLink')}
          </a>
        </p>
      </PageHeader>
      <CategoryFilter locale={locale} current={query.category} />
      <p className="mb-3 text-sm text-slate-600" role="status">
        {t('count', { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t('empty')}
        </p>
      ) : (
        <NoticeList notices={result.items} locale={locale} />
      )}
      <Pagination
        locale={locale}
        pathname="/notices"
        query={query.category ? { category: query.category } : {}}
        page={result.page}
        pageCount={result.pageCount}
      />
      <SubscribeBox
        locale={locale}
        idPrefix="subscribe-notices"
        topics={query.category ? [query.category] : undefined}
        allServices={!query.category}
      />
    </>
  );
}
