import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { cachedLatestNotices } from '@/lib/notices/cached-notices';
import { renderAtomFeed } from '@/lib/feeds/atom-feed';
import { siteConfig } from '@/lib/site/config';

const FEED_SIZE = 30;

/** `GET /{locale}/notices/feed.xml`: the newest public notices as an Atom feed in that language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/notices/feed.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });

  const config = siteConfig();
  const t = await getTranslations({ locale, namespace: 'Feed' });
  const tCategory = await getTranslations({ locale, namespace: 'NoticeCategory' });
  const notices = await cachedLatestNotices(locale, FEED_SIZE);
  const base = config.baseUrl;
  const ispName = config.ispName[locale];

  const entries = notices.map((notice) => ({
    id: `${base}/notices/${notice.slug}`,
    url: `${base}/${locale}/notices/${notice.slug}`,
    title: notice.title,
    summary: notice.summary,
    published: notice.publishedAt,
    updated:
      notice.lastUpdatedAt && notice.lastUpdatedAt > notice.publishedAt
        ? notice.lastUpdatedAt
        : notice.publishedAt,
    category: tCategory(notice.category),
  }));
  const updated = entries.reduce(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    '1970-01-01T00:00:00.000Z',
  );

  const xml = renderAtomFeed({
    id: `${base}/${locale}/notices/feed.xml`,
    title: t('title', { ispName }),
    subtitle: t('subtitle'),
    language: locale,
    selfUrl: `${base}/${locale}/notices/feed.xml`,
    alternateUrl: `${base}/${locale}/notices`,
    updated,
    authorName: ispName,
    entries,
  });
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  });
}
