import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { SubscribeBox } from '@/components/subscriptions/SubscribeBox';
import { PageHeader } from '@/components/ui/PageHeader';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Subscriptions' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return pageMetadata({
    locale,
    path: '/subscribe',
    title: t('subscribeTitle'),
    description: t('subscribeDescription', { ispName }),
    siteName: tMeta('siteName', { ispName }),
  });
}

export default async function SubscribePage({ params }: PageProps<'/[locale]/subscribe'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Subscriptions' });
  return (
    <>
      <PageHeader
        title={t('subscribeTitle')}
        description={t('subscribeDescription', { ispName: siteConfig().ispName[locale] })}
      />
      <SubscribeBox locale={locale} expanded idPrefix="subscribe-page" />
      <p className="mt-6 text-sm text-slate-600">{t('privacy')}</p>
    </>
  );
}
