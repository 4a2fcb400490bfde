import type { Metadata } from 'next';
import { SubscribeBox } from '@/components/subscriptions/SubscribeBox';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { POLICY_FIELDS } from '@/lib/mail-check/policy-impact';
import { activeRegistryOrNull } from '@/lib/mail-registry/active-registry';
import { isoDay } from '@/lib/dates/format-date';
import { PolicyImpactForm } from '@/components/notices/PolicyImpactForm';
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
  return (
    <>
      <NoticeArticle
        notice={loaded.notice}
        locale={loaded.locale}
        beforeBody={<PolicyCarriedOut slug={loaded.notice.slug} locale={loaded.locale} />}
        afterBody={<PolicyImpact slug={loaded.notice.slug} locale={loaded.locale} />}
      />
      {/* Readers of a notice are offered its own category first. */}
      <SubscribeBox
        locale={loaded.locale}
        idPrefix="subscribe-notice"
        topics={[loaded.notice.category]}
        allServices={false}
      />
    </>
  );
}

/**
 * A notice announcing a policy whose day has passed says so first (「※2022年8月1日に実施済みです。」), from
 * the registry's date: a customer landing on an old announcement must not read it as still ahead.
 */
async function PolicyCarriedOut({ slug, locale }: { slug: string; locale: Locale }) {
  const registry = await activeRegistryOrNull();
  if (!registry) return null;
  const today = isoDay(new Date());
  const done = registry.policies
    .filter((p) => p.notice === slug && p.effective <= today)
    .map((p) => p.effective)
    .sort()[0];
  if (!done) return null;
  const t = await getTranslations({ locale, namespace: 'Notice' });
  const date = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(`${done}T00:00:00+09:00`));
  return (
    <p className="mb-4 font-semibold text-slate-900" data-testid="policy-carried-out">
      {t('carriedOut', { date })}
    </p>
  );
}

/** The "am I affected?" form, when the mail registry links a policy to this notice. */
async function PolicyImpact({ slug, locale }: { slug: string; locale: Locale }) {
  const registry = await activeRegistryOrNull();
  if (!registry) return null;
  // One notice may announce several policies (encrypted login and the minimum TLS version): the form
  // asks about the first one that depends on the customer's settings.
  const policy = [...registry.policies]
    .filter((p) => p.notice === slug)
    .sort((a, b) => POLICY_FIELDS[b.id].length - POLICY_FIELDS[a.id].length)[0];
  if (!policy) return null;
  // Client messages travel inside every notice page's HTML: only the checker wording this form uses
  // (the whole Checker group would add about 10 KB to each page).
  const host = (protocol: string) =>
    registry.endpoints.find((e) => e.protocol === protocol && e.recommended)?.host ?? '';
  return (
    <ClientMessages
      locale={locale}
      namespaces={[
        'PolicyImpact',
        'Checker.program',
        'Checker.programs',
        'Checker.protocol',
        'Checker.fieldName',
        'Checker.securityOptions',
        'Checker.outgoingAuthOptions',
        'Checker.change',
        'Checker.policyStatement',
      ]}
    >
      <PolicyImpactForm
        policy={policy.id}
        fields={POLICY_FIELDS[policy.id]}
        incomingHost={host('pop3') || host('imap')}
        outgoingHost={host('smtp')}
      />
    </ClientMessages>
  );
}
