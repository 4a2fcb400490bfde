import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { MailReportRequestForm } from '@/components/mail-record/MailReportRequestForm';
import { OpenMailReport } from '@/components/mail-record/OpenMailReport';
import { PageHeader } from '@/components/ui/PageHeader';

// With a token in the query: per request, and never indexed (docs/mail-events.md, "For the customer").
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** Without a token: "send my mail report to this mailbox". With one: the button that opens it. */
export default async function MailReportPage({ params, searchParams }: PageProps<'/[locale]/mail-report'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'MailReport' });
  const token = String((await searchParams).token ?? '').slice(0, 100);
  return (
    <>
      <PageHeader
        title={token ? t('pageTitle') : t('heading')}
        description={token ? t('pageDescription') : t('intro')}
      />
      <ClientMessages locale={locale} namespaces={['MailReport']}>
        {token ? <OpenMailReport token={token} /> : <MailReportRequestForm />}
      </ClientMessages>
    </>
  );
}
