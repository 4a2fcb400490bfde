import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { cachedPublicNotice } from '@/lib/notices/cached-notices';
import { noticeSlugSchema } from '@/lib/notices/notice-fields';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { NoticeBadges } from '@/components/notices/NoticeBadges';
import { richDate } from '@/components/notices/NoticeDate';
import { NoticeHistory } from '@/components/notices/NoticeHistory';
import { NoticeList } from '@/components/notices/NoticeListItem';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { Callout } from '@/components/ui/Callout';

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
  const { notice, locale } = loaded;
  const t = await getTranslations({ locale, namespace: 'Notice' });
  const tLayout = await getTranslations({ locale, namespace: 'Layout' });
  const tMeta = await getTranslations({ locale, namespace: 'NoticeMeta' });

  return (
    <article>
      <Breadcrumbs
        label={t('breadcrumbs')}
        items={[
          { label: tLayout('home'), href: '/' },
          { label: tLayout('notices'), href: '/notices' },
          { label: notice.title },
        ]}
      />
      <header className="mb-6">
        <NoticeBadges notice={notice} locale={locale} />
        <h1
          className="mt-3 text-2xl leading-snug font-bold tracking-tight text-slate-900 sm:text-3xl"
          lang={notice.textLocale}
        >
          {notice.title}
        </h1>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
          <span>{tMeta.rich('published', richDate(notice.publishedAt, locale, true))}</span>
          {notice.lastUpdatedAt && (
            <span>{tMeta.rich('updated', richDate(notice.lastUpdatedAt, locale, true))}</span>
          )}
        </p>
      </header>

      {notice.fallback && (
        <Callout tone="info">{t('translationMissing', { language: notice.textLocale })}</Callout>
      )}
      {notice.status === 'archived' && <Callout tone="neutral">{t('backNumberNote')}</Callout>}

      {notice.updates.length > 0 && <NoticeHistory notice={notice} locale={locale} />}

      <div
        className="prose prose-slate mt-8 max-w-none rounded-lg border border-slate-200 bg-white p-5 sm:p-8 prose-headings:scroll-mt-4 prose-a:text-brand-700 prose-code:before:content-none prose-code:after:content-none"
        lang={notice.textLocale}
        dangerouslySetInnerHTML={{ __html: notice.bodyHtml }}
      />

      {notice.related.length > 0 && (
        <section aria-labelledby="related" className="mt-10">
          <h2 id="related" className="mb-3 text-lg font-bold text-slate-900">
            {t('relatedHeading')}
          </h2>
          <NoticeList notices={notice.related} locale={locale} headingLevel={3} />
        </section>
      )}

      <p className="mt-10 flex flex-wrap justify-between gap-4 text-sm">
        <Link href="/notices" className="font-medium text-brand-700 underline underline-offset-4">
          {t('backToNotices')}
        </Link>
        <a href="#top" className="font-medium text-brand-700 underline underline-offset-4">
          {t('pageTop')}
        </a>
      </p>
    </article>
  );
}
