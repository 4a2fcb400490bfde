import type { Metadata } from 'next';
import { SubscribeBox } from '@/components/subscriptions/SubscribeBox';
import { ClientMessages } from '@/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { PROGRAMS } from '@/lib/programs/programs';
import { CheckerForm } from '@/components/checker/CheckerForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { Link } from '@/i18n/navigation';
import { checkerPrefill } from '@/lib/diagnose/checker-prefill';

// Rendered per request: its scripts carry the request's CSP nonce (proxy.ts), which a cached page
// could not.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/check'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Checker' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/check',
    title: t('title'),
    description: t('description'),
    siteName: tMeta('siteName', { ispName: siteConfig().ispName[locale] }),
  });
}

export default async function CheckPage({ params, searchParams }: PageProps<'/[locale]/check'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Checker' });
  const tDiagnose = await getTranslations({ locale, namespace: 'Diagnose' });
  const initial = checkerPrefill(await searchParams);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <p className="mt-2 max-w-3xl text-slate-700">
          {tDiagnose.rich('checkerIntro', {
            link: (chunks) => (
              <Link href="/diagnose" className="text-brand-700 underline underline-offset-4">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </PageHeader>
      <ClientMessages locale={locale} namespaces={['Checker', 'ProgramSteps']}>
        <CheckerForm
          programs={PROGRAMS}
          initial={initial}
          support={{
            supportEmail: siteConfig().supportEmail,
            passwordResetUrl: siteConfig().passwordResetUrl,
            supportPhone: siteConfig().supportPhone,
            supportHours: siteConfig().supportHours[locale],
            contactUrl: siteConfig().contactUrl,
          }}
        />
      </ClientMessages>
      {/* Without the password: the mailbox's record through a link mailed to it (docs/mail-events.md). */}
      <p className="mt-6">
        <Link
          href="/mail-report"
          className="text-brand-700 underline underline-offset-4"
          data-testid="mail-report-link"
        >
          {(await getTranslations({ locale, namespace: 'MailReport' }))('checkerLink')}
        </Link>
      </p>
      {/* After a check: hear about the next policy change before it breaks something. */}
      <SubscribeBox
        locale={locale}
        idPrefix="subscribe-check"
        topics={['service-change', 'security', 'maintenance']}
        allServices={false}
      />
    </>
  );
}
