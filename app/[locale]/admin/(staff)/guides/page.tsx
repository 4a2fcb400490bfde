import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { formatDate } from '@/lib/dates/format-date';
import { LANGUAGE_STATE_KEY, LanguageStates } from '@/components/admin/LanguageStates';
import { listGuidesForAdmin } from '@/lib/guides/admin-guides';
import { StaffTable, cellStyle, rowStyle } from '@/components/ui/StaffTable';

export default async function AdminGuidesPage({ params }: PageProps<'/[locale]/admin/guides'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'editor', `/${locale}/admin/guides`);
  const t = await getTranslations({ locale, namespace: 'AdminGuides' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const guides = await listGuidesForAdmin();

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t('intro')}</p>
      <p className="mt-2 mb-6 text-sm">
        <Link href="/admin/guides/compatibility" className="font-semibold text-brand-800 underline">
          {t('compatibilityLink')}
        </Link>
      </p>
      <StaffTable
        wide
        headings={[
          t('colProgram'),
          ...routing.locales.map((l) => t('colName', { language: tLanguage(l) })),
          t('colLanguages'),
          t('colEdited'),
        ]}
      >
        {guides.map((guide) => (
          <tr key={guide.program} className={rowStyle}>
            <th scope="row" className={`${cellStyle} font-normal`}>
              <Link
                href={`/admin/guides/${guide.program}`}
                className="font-mono font-semibold text-brand-800 underline-offset-4 hover:underline"
              >
                {guide.program}
              </Link>
              {!guide.supported && (
                <span className="mt-1 block text-xs text-attention-800">{t('unsupportedBadge')}</span>
              )}
            </th>
            {routing.locales.map((l) => (
              <td key={l} className={cellStyle} lang={l}>
                {guide.names[l] || '—'}
              </td>
            ))}
            <td className={cellStyle}>
              <LanguageStates
                states={guide.languages}
                label={(l, state) => t(LANGUAGE_STATE_KEY[state], { language: tLanguage(l) })}
              />
            </td>
            <td className={`${cellStyle} text-slate-700`}>
              {guide.updatedAt
                ? t('editedBy', {
                    date: formatDate(guide.updatedAt, locale),
                    email: guide.lastEditorEmail || '—',
                  })
                : t('notWritten')}
            </td>
          </tr>
        ))}
      </StaffTable>
    </>
  );
}
