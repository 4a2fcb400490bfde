import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { siteConfig } from '@/lib/site/config';

/**
 * The recommended settings at a glance. Until the mail service registry exists these come from the
 * site configuration; the ports are the ISP's published policy (SSL/TLS or STARTTLS only).
 */
export async function MailSettingsTable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  const host = siteConfig().mailHost;
  const rows = [
    {
      service: t('settingsOutgoing'),
      port: t('settingsOr', { first: '465', second: '587' }),
      security: t('settingsOr', { first: t('settingsSslTls'), second: t('settingsStarttls') }),
    },
    { service: t('settingsIncomingPop'), port: '995', security: t('settingsSslTls') },
    { service: t('settingsIncomingImap'), port: '993', security: t('settingsSslTls') },
  ];
  return (
    <section
      aria-labelledby="mail-settings"
      className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6"
    >
      <h2 id="mail-settings" className="text-lg font-bold text-slate-900">
        {t('settingsHeading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('settingsIntro')}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[32rem] text-left text-sm">
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
                  <code className="font-mono">{host}</code>
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
