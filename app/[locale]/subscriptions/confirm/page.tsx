import type { Metadata } from 'next';
import { ClientMessages } from '@/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { siteConfig } from '@/lib/site/config';
import { ConfirmSubscription } from '@/components/subscriptions/ConfirmSubscription';
import { PageHeader } from '@/components/ui/PageHeader';

// The token is in the query: per request, and never indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function ConfirmPage({
  params,
  searchParams,
}: PageProps<'/[locale]/subscriptions/confirm'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Subscriptions' });
  const token = String((await searchParams).token ?? '').slice(0, 100);
  return (
    <>
      <PageHeader title={t('confirmTitle')} />
      <ClientMessages locale={locale} namespaces={['Subscriptions']}>
        {/* The sentence about the button goes with the button: once confirmed, neither is shown. */}
        <ConfirmSubscription
          token={token}
          intro={t('confirmIntro', { ispName: siteConfig().ispName[locale] })}
        />
      </ClientMessages>
    </>
  );
}
