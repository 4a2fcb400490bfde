import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { listAdminNotices } from '@/lib/notices/admin-notices';
import { NOTICE_CATEGORIES, NOTICE_STATUSES } from '@/lib/notices/notice-kinds';
import { noticeCategorySchema, noticeStatusSchema } from '@/lib/notices/notice-fields';
import { formatDate } from '@/lib/dates/format-date';
import { LANGUAGE_STATE_KEY, LanguageStates } from '@/components/admin/LanguageStates';
import { StaffTable, cellStyle, rowStyle } from '@/components/ui/StaffTable';
import { buttonStyles } from '@/components/ui/button-styles';

const select = 'mt-1 block min-h-11 rounded-md border border-slate-300 bg-white px-3';

export default async function AdminNoticesPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/notices'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'editor', `/${locale}/admin/notices`);
  const query = await searchParams;
  // Unknown filter values are ignored rather than refused: this is a staff tool, not a public URL.
  const status = noticeStatusSchema.safeParse(query.status).data;
  const category = noticeCategorySchema.safeParse(query.category).data;
  const stale = query.stale === '1';
  const notices = await listAdminNotices(locale, { status, category, stale });
  const t = await getTranslations({ locale, namespace: 'AdminNotices' });
  const tStatus = await getTranslations({ locale, namespace: 'NoticeStatus' });
  const tCategory = await getTranslations({ locale, namespace: 'NoticeCategory' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });

  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        <Link
          href="/admin/notices/new"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t('newNotice')}
        </Link>
      </div>
      <form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      >
        <label className="font-semibold">
          {t('filterStatus')}
          <select name="status" defaultValue={status ?? ''} className={select}>
            <option value="">{t('filterAny')}</option>
            {NOTICE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          {t('filterCategory')}
          <select name="category" defaultValue={category ?? ''} className={select}>
            <option value="">{t('filterAny')}</option>
            {NOTICE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {tCategory(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="stale" value="1" defaultChecked={stale} className="size-5" />
          {t('filterStale')}
        </label>
        <button type="submit" className={buttonStyles.secondary}>
          {t('apply')}
        </button>
      </form>
      <StaffTable
        headings={[t('colTitle'), t('colStatus'), t('colCategory'), t('colLanguages'), t('colEdited')]}
        empty={notices.length === 0 && t('empty')}
      >
        {notices.map((notice) => (
          <tr key={notice.id} className={rowStyle}>
            <td className={cellStyle}>
              <Link
                href={`/admin/notices/${notice.id}`}
                className="font-semibold text-brand-800 underline-offset-4 hover:underline"
              >
                {notice.title}
              </Link>
              <span className="block font-mono text-xs text-slate-600">{notice.slug}</span>
            </td>
            <td className={cellStyle}>{tStatus(notice.status)}</td>
            <td className={cellStyle}>{tCategory(notice.category)}</td>
            <td className={cellStyle}>
              <LanguageStates
                states={notice.languages}
                label={(l, state) => t(LANGUAGE_STATE_KEY[state], { language: tLanguage(l) })}
              />
            </td>
            <td className={`${cellStyle} text-slate-700`}>
              {t('editedBy', {
                date: formatDate(notice.updatedAt, locale),
                email: notice.lastEditorEmail || '—',
              })}
            </td>
          </tr>
        ))}
      </StaffTable>
    </>
  );
}
