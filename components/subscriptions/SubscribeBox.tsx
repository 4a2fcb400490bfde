import { unstable_cache } from 'next/cache';
import { ClientMessages } from '@/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { statusServices } from '@/lib/notifications/service-names';
import type { NoticeTopic } from '@/lib/notifications/subscription-topics';
import { SubscribeForm } from './SubscribeForm';

/** The status page's components change rarely; pages that show the form read them through the cache. */
const cachedServices = unstable_cache(statusServices, ['subscription-services'], {
  tags: ['status-components'],
  revalidate: 300,
});

/**
 * "Get notices by email" on a public page, with the choices the page suggests (the status page:
 * every service; a maintenance notice: maintenance). Only the form's messages travel to the browser.
 */
export async function SubscribeBox({
  locale,
  topics = ['maintenance', 'service-change', 'security'],
  allServices = true,
  expanded = false,
  idPrefix = 'subscribe',
  headingLevel = 2,
}: {
  locale: Locale;
  topics?: NoticeTopic[];
  allServices?: boolean;
  expanded?: boolean;
  idPrefix?: string;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  const services = await cachedServices();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={`${idPrefix}-heading`}
      className="mt-10 rounded-xl border border-slate-200 bg-slate-50 p-5"
    >
      <Heading id={`${idPrefix}-heading`} className="text-lg font-bold text-slate-900">
        {t('heading')}
      </Heading>
      <p className="mt-1 mb-4 text-sm text-slate-700">{t('intro')}</p>
      <ClientMessages locale={locale} namespaces={['Subscribe', 'NoticeCategory']}>
        <SubscribeForm
          locale={locale}
          idPrefix={idPrefix}
          expanded={expanded}
          services={services.map((s) => ({ slug: s.slug, name: s.name[locale] }))}
          defaults={{ topics, services: allServices ? services.map((s) => s.slug) : [] }}
        />
      </ClientMessages>
    </section>
  );
}
