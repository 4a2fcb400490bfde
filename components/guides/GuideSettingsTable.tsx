import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { GuidePlaceholder } from '@/lib/guides/guide-programs';

/**
 * The settings of one variant as a plain table (every value from the registry, via the guide's
 * placeholder values), for the guide pages and for "other programs".
 */
export async function GuideSettingsTable({
  locale,
  values,
  caption,
}: {
  locale: Locale;
  values: Record<GuidePlaceholder, string>;
  caption: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Guides.settings' });
  const rows: [string, string, boolean][] = [
    [t('accountType'), values.incomingProtocol, false],
    [t('incomingServer'), values.incomingHost, true],
    [t('incomingPort'), values.incomingPort, true],
    [t('incomingSecurity'), values.incomingSecurity, false],
    [t('outgoingServer'), values.outgoingHost, true],
    [
      t('outgoingPort'),
      values.outgoingPortAlt && values.outgoingPortAlt !== values.outgoingPort
        ? t('portOr', { port: values.outgoingPort, alt: values.outgoingPortAlt })
        : values.outgoingPort,
      true,
    ],
    [
      t('outgoingSecurity'),
      values.outgoingSecurityAlt && values.outgoingPortAlt !== values.outgoingPort
        ? t('securityFor', {
            security: values.outgoingSecurity,
            port: values.outgoingPort,
            alt: values.outgoingSecurityAlt,
            altPort: values.outgoingPortAlt,
          })
        : values.outgoingSecurity,
      false,
    ],
    [t('smtpAuth'), t('smtpAuthOn'), false],
    [t('username'), values.username, true],
    [t('password'), t('passwordValue'), false],
  ];
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="guide-settings">
        <caption className="px-4 pt-4 text-left font-bold text-slate-900">{caption}</caption>
        <tbody>
          {rows.map(([label, value, code]) => (
            <tr key={label} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="w-2/5 px-4 py-2.5 font-medium text-slate-800">
                {label}
              </th>
              <td className="px-4 py-2.5 break-words">
                {code ? <code className="font-mono">{value}</code> : value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
