import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { StaffUser } from '@/lib/auth/sessions';
import { signOutAction } from '@/app/[locale]/admin/_actions/auth-actions';
import { NavLink } from '@/components/layout/NavLink';

/** The staff area's own menu: who is signed in, the sections their role may use, and sign-out. */
export async function AdminNav({ locale, user }: { locale: Locale; user: StaffUser }) {
  const t = await getTranslations({ locale, namespace: 'AdminNav' });
  const links = [
    { href: '/admin', label: t('dashboard'), exact: true },
    { href: '/admin/notices', label: t('notices') },
    { href: '/admin/faq', label: t('faq') },
    { href: '/admin/guides', label: t('guides') },
    { href: '/admin/reports', label: t('reports') },
    { href: '/admin/status', label: t('status') },
    { href: '/admin/notifications', label: t('notifications') },
    { href: '/admin/insights', label: t('insights') },
    ...(user.role === 'admin'
      ? [
          { href: '/admin/mail-servers', label: t('mailServers') },
          { href: '/admin/staff', label: t('staff') },
          { href: '/admin/audit', label: t('audit') },
        ]
      : []),
  ];
  return (
    <div className="mb-8 rounded-lg border border-slate-200 bg-white px-3 py-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <nav aria-label={t('label')}>
          <ul className="flex flex-wrap gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href} exact={link.exact}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <form action={signOutAction} className="flex items-center gap-3 text-sm text-slate-700">
          <input type="hidden" name="locale" value={locale} />
          <span>{t('signedInAs', { email: user.email, role: t(`role.${user.role}`) })}</span>
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 font-medium hover:border-brand-600"
          >
            {t('signOut')}
          </button>
        </form>
      </div>
    </div>
  );
}
