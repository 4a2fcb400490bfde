// The staff area's 403 page (forbidden() in lib/auth/staff-guard.ts when a role is too small). It lives
// here, not beside the locale layout, so public pages do not carry it in their payload.
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function Forbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'Forbidden' });
  return (
    <div className="py-10">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-1 text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('description')}</p>
      <p className="mt-6">
        <Link href="/admin" className="font-medium text-brand-700 underline underline-offset-4">
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
