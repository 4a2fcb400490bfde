import type { Metadata } from 'next';
import { SubscribeBox } from '@/components/subscriptions/SubscribeBox';
import { getTranslations } from 'next-intl/server';
import { sentenceGap } from '@/i18n/join-sentences';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { cachedHighlightedNotices, cachedLatestNotices } from '@/lib/notices/cached-notices';
import { siteConfig } from '@/lib/site/config';
import { serviceSummary } from '@/lib/status/service-summary';
import { pageMetadata } from '@/lib/site/page-metadata';
import { MailSettingsTable } from '@/components/home/MailSettingsTable';
import { NoticeBadges } from '@/components/notices/NoticeBadges';
import { NoticeDate } from '@/components/notices/NoticeDate';
import { NoticeList } from '@/components/notices/NoticeListItem';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  const siteName = tMeta('siteName', { ispName });
  return {
    ...pageMetadata({
      locale,
      path: '/',
      title: siteName,
      description: tMeta('defaultDescription', { ispName }),
      siteName,
    }),
    title: { absolute: siteName },
  };
}

/** "14:05" in Japan time, the portal's clock. */
const formatTime = (at: Date, locale: string) =>
  new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  }).format(at);

const card =
  'flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-600 hover:shadow-sm';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const [highlights, latest, service] = await Promise.all([
    cachedHighlightedNotices(locale),
    cachedLatestNotices(locale, 5),
    serviceSummary(locale),
  ]);

  const cards = [
    { href: '/check', title: t('checkCardTitle'), text: t('checkCardText') },
    { href: '/guides', title: t('guidesCardTitle'), text: t('guidesCardText') },
    { href: '/status', title: t('statusCardTitle'), text: t('statusCardText') },
    { href: '/faq', title: t('faqCardTitle'), text: t('faqCardText') },
    { href: '/notices', title: t('noticesCardTitle'), text: t('noticesCardText') },
    { href: '/notices/archive', title: t('backNumbersCardTitle'), text: t('backNumbersCardText') },
  ];

  return (
    <div className="space-y-10">
      <section
        aria-labelledby="home-title"
        className="rounded-2xl bg-brand-800 px-5 py-8 text-white sm:px-8 sm:py-10"
      >
        <h1 id="home-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t('title')}
        </h1>
        <p className="mt-2 max-w-2xl text-brand-50">{t('intro')}</p>
        {/* Where to go when mail stopped working, and whether it is on our side right now. */}
        <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-5">
          <Link
            href="/check"
            className="inline-flex min-h-12 items-center justify-center rounded-lg bg-white px-5 text-base font-bold text-brand-800 shadow-sm hover:bg-brand-50"
            data-testid="trouble-button"
          >
            {t('troubleButton')}
          </Link>
          <Link
            href="/diagnose"
            className="text-sm font-semibold text-white underline underline-offset-4"
            data-testid="diagnose-link"
          >
            {t('diagnoseLink')}
          </Link>
          {service ? (
            <p data-testid="service-state" data-state={service.state} className="text-sm text-brand-50">
              <span aria-hidden="true">{service.state === 'operational' ? '●' : '▲'}</span>{' '}
              {service.state === 'operational'
                ? t('serviceOk')
                : service.title
                  ? t(service.kind === 'maintenance' ? 'serviceMaintenance' : 'serviceIncident', {
                      title: service.title,
                    })
                  : t('serviceProblem')}
              {sentenceGap(locale)}
              <span className="whitespace-nowrap">
                {t('serviceAsOf', { time: formatTime(service.at, locale) })}
              </span>
              {sentenceGap(locale)}
              <Link href="/status" className="font-semibold text-white underline underline-offset-4">
                {t('serviceLink')}
              </Link>
            </p>
          ) : (
            <p className="text-sm text-brand-50">
              <Link href="/status" className="font-semibold text-white underline underline-offset-4">
                {t('serviceLink')}
              </Link>
            </p>
          )}
        </div>
      </section>

      {highlights.length > 0 && (
        <section
          aria-labelledby="highlights"
          className="rounded-xl border border-attention-200 bg-attention-50 p-5"
        >
          <h2 id="highlights" className="text-base font-bold text-attention-800">
            {t('highlightsHeading')}
          </h2>
          <ul className="mt-3 space-y-3">
            {highlights.map((notice) => (
              <li key={notice.slug} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-3">
                <span className="shrink-0 text-sm text-slate-700">
                  <NoticeDate date={notice.publishedAt} locale={locale} />
                </span>
                <span className="flex flex-wrap items-baseline gap-2">
                  <NoticeBadges notice={notice} locale={locale} />
                  <Link
                    href={`/notices/${notice.slug}`}
                    lang={notice.textLocale}
                    className="font-semibold text-slate-900 underline underline-offset-4 hover:text-brand-700"
                  >
                    {notice.title}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="help">
        <h2 id="help" className="mb-3 text-xl font-bold text-slate-900">
          {t('helpHeading')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {cards.map((c) => (
            <li key={c.href}>
              <Link href={c.href} className={card}>
                <span className="text-base font-bold text-brand-800">{c.title}</span>
                <span className="mt-1 text-sm text-slate-700">{c.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest">
        <div className="mb-3 flex items-baseline justify-between gap-4">
          <h2 id="latest" className="text-xl font-bold text-slate-900">
            {t('latestHeading')}
          </h2>
          <Link href="/notices" className="text-sm font-medium text-brand-700 underline underline-offset-4">
            {t('allNotices')}
          </Link>
        </div>
        {latest.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
            {t('noNotices')}
          </p>
        ) : (
          <NoticeList notices={latest} locale={locale} headingLevel={3} />
        )}
      </section>

      <MailSettingsTable locale={locale} />
      <SubscribeBox locale={locale} idPrefix="subscribe-home" />
    </div>
  );
}
