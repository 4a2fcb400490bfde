import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { compatibilityMatrix } from '@/lib/autoconfig/compatibility-matrix';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { siteConfig } from '@/lib/site/config';

/** Every auto-configuration format, asked as each mail program asks it, checked against the registry. */
export default async function CompatibilityPage({
  params,
}: PageProps<'/[locale]/admin/guides/compatibility'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'editor', `/${locale}/admin/guides/compatibility`);
  const t = await getTranslations({ locale, namespace: 'AdminCompatibility' });
  const rows = await compatibilityMatrix(await getActiveRegistry(), siteConfig());
  const failing = rows.filter((r) => !r.ok).length;
  const cell = 'p-3 align-top';

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/guides" className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t('intro')}</p>
      <p
        className={`mt-4 mb-6 rounded-md border px-4 py-3 font-semibold ${failing ? 'border-red-200 bg-red-50 text-red-900' : 'border-emerald-200 bg-emerald-50 text-emerald-900'}`}
        data-testid="compatibility-summary"
      >
        {failing ? t('failing', { count: failing }) : t('allOk', { count: rows.length })}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[60rem] text-left text-sm" data-testid="compatibility-matrix">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {[t('colClient'), t('colRequest'), t('colAnswer'), t('colResult')].map((heading) => (
                <th key={heading} scope="col" className="p-3">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.client}
                className="border-b border-slate-100 last:border-0"
                data-client={row.client}
              >
                <th scope="row" className={`${cell} font-semibold`}>
                  {t(`client.${row.client}`)}
                </th>
                <td className={`${cell} font-mono text-xs break-all`}>{row.request}</td>
                <td className={cell}>
                  <ul className="font-mono text-xs">
                    {row.answer.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                  {!row.ok && (
                    <div className="mt-2 text-xs text-red-900">
                      <p className="font-semibold">{t('expected')}</p>
                      <ul className="font-mono">
                        {row.expected.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  <span className={row.ok ? 'font-semibold text-emerald-800' : 'font-semibold text-red-800'}>
                    {row.ok ? t('ok') : t('mismatch', { status: row.status })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
