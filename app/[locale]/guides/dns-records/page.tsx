import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { dnsRecords, zoneFileText } from '@/lib/autoconfig/dns-records';
import { CopyButton } from '@/components/ui/CopyButton';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeader } from '@/components/ui/PageHeader';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/guides/dns-records'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'DnsRecords' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    path: '/guides/dns-records',
    title: t('title'),
    description: t('description'),
    siteName: tMeta('siteName', { ispName: siteConfig().ispName[locale] }),
  });
}

/** For the ISP's DNS administrators: the records that make mail programs find our servers by themselves. */
export default async function DnsRecordsPage({ params }: PageProps<'/[locale]/guides/dns-records'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'DnsRecords' });
  const tGuides = await getTranslations({ locale, namespace: 'Guides' });
  const registry = await getActiveRegistry();
  const portalHost = new URL(siteConfig().baseUrl).hostname;
  const records = dnsRecords(registry, portalHost);
  return (
    <>
      <Breadcrumbs
        label={tGuides('breadcrumbs')}
        items={[{ label: tGuides('title'), href: '/guides' }, { label: t('title') }]}
      />
      <PageHeader title={t('title')} description={t('description')} />
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t('name')}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t('type')}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t('data')}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t('purpose')}
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={`${record.name} ${record.data}`} className="border-b border-slate-100 last:border-0">
                <td className="px-4 py-2 font-mono break-all">{record.name}</td>
                <td className="px-4 py-2 font-mono">{record.type}</td>
                <td className="px-4 py-2 font-mono break-all">{record.data}</td>
                <td className="px-4 py-2">{t(`kind.${record.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-8 mb-2 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-bold">{t('zoneHeading')}</h2>
        <CopyButton text={zoneFileText(records)} label={t('copy')} done={t('copied')} />
      </div>
      <pre
        className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-xs text-slate-100"
        data-testid="zone-file"
      >
        {zoneFileText(records)}
      </pre>
      <p className="mt-4 max-w-3xl text-sm text-slate-700">{t('notes')}</p>
    </>
  );
}
