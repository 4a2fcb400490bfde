import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { noticeDashboardCounts } from '@/lib/notices/admin-notices';

export default async function DashboardPage({ params }: PageProps<'/[locale]/admin'>) {
  const locale = await localeParam(params);
  const user = await requireStaffPage(locale, 'editor', `/${locale}/admin`);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const counts = await noticeDashboardCounts();
  const tiles = [
    { label: t('drafts'), value: counts.draft, href: '/admin/notices?status=draft' },
    { label: t('scheduled'), value: counts.scheduled, href: '/admin/notices?status=scheduled' },
    { label: t('published'), value: counts.published, href: '/admin/notices?status=published' },
    { label: t('archived'), value: counts.archived, href: '/admin/notices?status=archived' },
    { label: t('stale'), value: counts.stale, href: '/admin/notices?stale=1' },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 text-sm text-slate-700">{t('welcome', { email: user.email })}</p>
      <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {tiles.map((tile) => (
          <li key={tile.href}>
            <Link
              href={tile.href}
              className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
            >
              <span className="text-2xl font-bold text-brand-800">{tile.value}</span>
              <span className="text-sm text-slate-700">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/admin/notices/new"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t('newNotice')}
        </Link>
        <Link
          href="/admin/notices"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium"
        >
          {t('allNotices')}
        </Link>
      </p>
    </>
  );
}
