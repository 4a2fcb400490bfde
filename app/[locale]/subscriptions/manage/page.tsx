import type { Metadata } from 'next';
import { ClientMessages } from '@/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { maskEmail } from '@/lib/security/mask-email';
import { subscriberForToken } from '@/lib/notifications/manage-subscription';
import { statusServices } from '@/lib/notifications/service-names';
import { interestsOf } from '@/lib/notifications/subscription-topics';
import { PreferencesForm } from '@/components/subscriptions/PreferencesForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { Callout } from '@/components/ui/Callout';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function ManagePage({
  params,
  searchParams,
}: PageProps<'/[locale]/subscriptions/manage'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Subscriptions' });
  const token = String((await searchParams).token ?? '').slice(0, 200);
  const subscriber = token ? await subscriberForToken(token) : null;
  if (!subscriber || subscriber.status === 'pending') {
    return (
      <>
        <PageHeader title={t('manageTitle')} />
        <Callout tone="attention">{t('errors.link-invalid')}</Callout>
        <p className="mt-4">
          <Link href="/subscribe" className="font-medium text-brand-700 underline">
            {t('subscribeAgain')}
          </Link>
        </p>
      </>
    );
  }
  const services = (await statusServices()).map((s) => ({ slug: s.slug, name: s.name[locale] }));
  return (
    <>
      <PageHeader
        title={t('manageTitle')}
        description={t('manageIntro', { email: maskEmail(subscriber.email) })}
      />
      <ClientMessages locale={locale} namespaces={['Subscriptions', 'Subscribe', 'NoticeCategory']}>
        <PreferencesForm
          token={token}
          services={services}
          unsubscribed={subscriber.status === 'unsubscribed'}
          initial={{
            language: subscriber.locale,
            ...interestsOf(subscriber.interests),
            frequency: subscriber.frequency,
            digestHour: String(subscriber.digestHour),
          }}
        />
      </ClientMessages>
    </>
  );
}
