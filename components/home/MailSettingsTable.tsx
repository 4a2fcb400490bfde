import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { activeRegistryOrNull } from '@/lib/mail-registry/active-registry';

/** The recommended settings at a glance, straight from the mail service registry. */
export async function MailSettingsTable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  // Without a valid registry there is nothing trustworthy to show; the rest of the page still is.
  const registry = await activeRegistryOrNull();
  if (!registry) return null;
  const either = (values: string[]) => values.reduce((first, second) => t('settingsOr', { first, second }));
  const security = (value: string) =>
    value === 'tls' ? t('settingsSslTls') : value === 'starttls' ? t('settingsStarttls') : '—';
  const rows = (
    [
      ['smtp', t('settingsOutgoing')],
      ['pop3', t('settingsIncomingPop')],
      ['imap', t('settingsIncomingImap')],
    ] as const
  ).flatMap(([protocol, service]) => {
    const endpoints = registry.endpoints
      .filter((e) => e.protocol === protocol && e.recommended)
      .sort((a, b) => a.port - b.port);
    if (endpoints.length === 0) return [];
    return [
      {
        service,
        host: endpoints[0]!.host,
        port: either(endpoints.map((e) => String(e.port))),
        security: either([...new Set(endpoints.map((e) => security(e.security)))]),
      },
    ];
  });
  return (
    <section
      aria-labelledby="mail-settings"
      className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6"
    >
      <h2 id="mail-settings" className="text-lg font-bold text-slate-900">
        {t('settingsHeading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('settingsIntro')}</p>
      {/* On a phone each service is a short list of its own, so nothing is cut off or scrolls sideways. */}
      <ul className="mt-4 space-y-3 sm:hidden" data-testid="settings-cards">
        {rows.map((row) => (
          <li key={row.service} className="rounded-lg border border-slate-200 p-3 text-sm">
            <p className="font-semibold text-slate-900">{row.service}</p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-slate-600">{t('settingsServer')}</dt>
              <dd className="min-w-0 break-all">
                <code className="font-mono">{row.host}</code>
              </dd>
              <dt className="text-slate-600">{t('settingsPort')}</dt>
              <dd className="font-mono">{row.port}</dd>
              <dt className="text-slate-600">{t('settingsSecurity')}</dt>
              <dd>{row.security}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="mt-4 hidden sm:block">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t('settingsService')}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t('settingsServer')}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t('settingsPort')}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t('settingsSecurity')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.service} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-2.5 pr-4 font-medium text-slate-900">
                  {row.service}
                </th>
                <td className="py-2.5 pr-4">
                  <code className="font-mono">{row.host}</code>
                </td>
                <td className="py-2.5 pr-4 font-mono">{row.port}</td>
                <td className="py-2.5">{row.security}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-slate-700">{t('settingsAuth')}</p>
    </section>
  );
}
