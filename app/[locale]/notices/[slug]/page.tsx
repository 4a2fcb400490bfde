import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { cachedPublicNotice } from '@/lib/notices/cached-notices';
import { noticeSlugSchema } from '@/lib/notices/notice-fields';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { NoticeArticle } from '@/components/notices/NoticeArticle';

// Notices are rendered on first request and then served from the cache until a save revalidates them.
export function generateStaticParams() {
  return [];
}

async function loadNotice(params: PageProps<'/[locale]/notices/[slug]'>['params']) {
  const locale = await localeParam(params);
  const { slug } = await params;
  if (!noticeSlugSchema.safeParse(slug).success) return null;
  const notice = await cachedPublicNotice(slug, locale);
  return notice ? { notice, locale } : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/notices/[slug]'>): Promise<Metadata> {
  const loaded = await loadNotice(params);
  if (!loaded) return {};
  const { notice, locale } = loaded;
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: `/notices/${notice.slug}`,
    title: notice.title,
    description: notice.description,
    siteName: tMeta('siteName', { ispName: siteConfig().ispName[locale] }),
    locales: notice.availableLocales,
    type: 'article',
    publishedTime: notice.publishedAt,
    modifiedTime: notice.lastUpdatedAt ?? undefined,
  });
}

export default async function NoticePage({ params }: PageProps<'/[locale]/notices/[slug]'>) {
  const loaded = await loadNotice(params);
  if (!loaded) notFound();
  return <NoticeArticle notice={loaded.notice} locale={loaded.locale} />;
}
