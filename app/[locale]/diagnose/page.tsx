import type { Metadata } from 'next';
import { ClientMessages } from '@/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { DiagnoseForm } from '@/components/diagnose/DiagnoseForm';
import { PageHeader } from '@/components/ui/PageHeader';

// Rendered per request, like the checker: its scripts carry the request's CSP nonce (proxy.ts).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/diagnose'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Diagnose' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/diagnose',
    title: t('title'),
    description: t('description'),
    siteName: tMeta('siteName', { ispName: siteConfig().ispName[locale] }),
  });
}

/** "Paste the error, get the answer" (issue 32, docs/diagnose.md). */
export default async function DiagnosePage({ params }: PageProps<'/[locale]/diagnose'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Diagnose' });
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ClientMessages locale={locale} namespaces={['Diagnose', 'Checker.programs']}>
        <DiagnoseForm />
      </ClientMessages>
    </>
  );
}
