import type { ReactNode } from 'react';
import { FeedbackBox } from '@/components/feedback/FeedbackBox';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { NoticeDetailView } from '@/lib/notices/notice-view';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { Callout } from '@/components/ui/Callout';
import { NoticeBadges } from './NoticeBadges';
import { richDate } from './NoticeDate';
import { NoticeHistory } from './NoticeHistory';
import { NoticeList } from './NoticeListItem';

/** A notice as the public sees it; also used, unchanged, by the staff preview. */
export async function NoticeArticle({
  notice,
  locale,
  beforeBody,
  afterBody,
}: {
  notice: NoticeDetailView;
  locale: Locale;
  /** Shown above everything else (a policy already carried out says so). */
  beforeBody?: ReactNode;
  /** Shown right after the body, before related notices (the "am I affected?" form). */
  afterBody?: ReactNode;
}) {
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

      {beforeBody}
      {notice.fallback && (
        <Callout tone="info">{t('translationMissing', { language: notice.textLocale })}</Callout>
      )}
      {notice.stale && !notice.fallback && (
        <Callout tone="neutral">{t('staleTranslation', { language: notice.textLocale })}</Callout>
      )}
      {notice.status === 'archived' && <Callout tone="neutral">{t('backNumberNote')}</Callout>}

      {notice.updates.length > 0 && <NoticeHistory notice={notice} locale={locale} />}

      <div
        className="prose prose-slate mt-8 max-w-none rounded-lg border border-slate-200 bg-white p-5 sm:p-8 prose-headings:scroll-mt-4 prose-a:text-brand-700 prose-code:before:content-none prose-code:after:content-none"
        lang={notice.textLocale}
        dangerouslySetInnerHTML={{ __html: notice.bodyHtml }}
      />

      {afterBody}
      <FeedbackBox locale={locale} kind="notice" slug={notice.slug} />
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
