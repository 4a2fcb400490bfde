import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { ROLES } from '@/lib/auth/roles';
import { listStaff } from '@/lib/staff/staff-accounts';
import { manageStaffAction } from '@/app/[locale]/admin/_actions/staff-actions';
import { CreateStaffForm } from '@/components/admin/CreateStaffForm';
import { Callout } from '@/components/ui/Callout';

const button =
  'min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:border-brand-600';
const RESULTS = ['done', 'password', 'lastAdmin', 'invalid', 'notFound'] as const;

export default async function StaffPage({ params, searchParams }: PageProps<'/[locale]/admin/staff'>) {
  const locale = await localeParam(params);
  const me = await requireStaffPage(locale, 'admin', `/${locale}/admin/staff`);
  const t = await getTranslations({ locale, namespace: 'StaffAdmin' });
  const tError = await getTranslations({ locale, namespace: 'StaffAdmin.errors' });
  const tRole = await getTranslations({ locale, namespace: 'AdminNav.role' });
  const staff = await listStaff();
  const requested = (await searchParams).result;
  const result = RESULTS.find((r) => r === requested);

  const hidden = (userId: string, operation: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="operation" value={operation} />
    </>
  );

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t('intro')}</p>
      {result && (
        <div role="status">
          <Callout tone={result === 'done' ? 'info' : 'attention'}>
            {result === 'done' ? t('done') : tError(result)}
          </Callout>
        </div>
      )}
      <ul className="mb-8 space-y-3">
        {staff.map((user) => (
          <li key={user.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p>
                <strong>{user.email}</strong>{' '}
                {user.name && <span className="text-slate-700">({user.name})</span>}
              </p>
              <p className="text-slate-700">
                {tRole(user.role as 'editor' | 'admin')} · {user.disabledAt ? t('disabled') : t('active')} ·{' '}
                {t('sessions', { count: user._count.sessions })}
              </p>
            </div>
            {user.id !== me.id && (
              <div className="mt-3 flex flex-wrap items-end gap-3">
                <form action={manageStaffAction} className="flex items-end gap-2">
                  {hidden(user.id, 'role')}
                  <label className="text-xs font-semibold">
                    {t('role')}
                    <select
                      name="role"
                      defaultValue={user.role}
                      className="mt-1 block min-h-11 rounded-md border border-slate-300 px-2"
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {tRole(r)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit" className={button}>
                    {t('changeRole')}
                  </button>
                </form>
                <form action={manageStaffAction}>
                  {hidden(user.id, user.disabledAt ? 'enable' : 'disable')}
                  <button type="submit" className={button}>
                    {user.disabledAt ? t('enable') : t('disable')}
                  </button>
                </form>
                <form action={manageStaffAction}>
                  {hidden(user.id, 'sessions')}
                  <button type="submit" className={button}>
                    {t('endSessions')}
                  </button>
                </form>
                <form action={manageStaffAction} className="flex items-end gap-2">
                  {hidden(user.id, 'password')}
                  <label className="text-xs font-semibold">
                    {t('newPassword', { email: user.email })}
                    <input
                      name="password"
                      type="password"
                      autoComplete="new-password"
                      className="mt-1 block min-h-11 rounded-md border border-slate-300 px-2"
                    />
                  </label>
                  <button type="submit" className={button}>
                    {t('resetPassword')}
                  </button>
                </form>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ClientMessages locale={locale} namespaces={['StaffAdmin', 'AdminNav.role']}>
        <CreateStaffForm roles={ROLES} />
      </ClientMessages>
    </>
  );
}
