'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { isLocale, routing } from '@/i18n/routing';
import { requestMeta } from '@/lib/auth/request-context';
import { roleSchema } from '@/lib/auth/roles';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import {
  createStaffUser,
  disableStaff,
  enableStaff,
  endStaffSessions,
  newStaffSchema,
  resetStaffPassword,
  setStaffRole,
  StaffAccountError,
  staffPasswordSchema,
} from '@/lib/staff/staff-accounts';

export type CreateStaffState =
  | { status: 'idle' }
  | { status: 'saved'; email: string }
  | { status: 'invalid'; errors: Record<string, string> };

export const createStaffAction = staffAction(
  'admin',
  async (user, _previous: CreateStaffState, form: FormData): Promise<CreateStaffState> => {
    const parsed = newStaffSchema.safeParse({
      email: form.get('email'),
      name: form.get('name') ?? '',
      role: form.get('role'),
      password: form.get('password'),
    });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues)
        errors[String(issue.path[0])] ??=
          String(issue.path[0]) === 'password'
            ? 'password'
            : String(issue.path[0]) === 'email'
              ? 'email'
              : 'invalid';
      return { status: 'invalid', errors };
    }
    try {
      const created = await createStaffUser(parsed.data, { email: user.email, ip: (await requestMeta()).ip });
      revalidatePath('/[locale]/admin/staff', 'page');
      return { status: 'saved', email: created.email };
    } catch (error) {
      if (error instanceof StaffAccountError && error.code === 'email-taken')
        return { status: 'invalid', errors: { email: 'emailTaken' } };
      throw error;
    }
  },
);

/** One form for every per-account change: `operation` says which. Results come back in the URL. */
export const manageStaffAction = staffFormAction('admin', async (user, form) => {
  const locale = isLocale(form.get('locale')) ? String(form.get('locale')) : routing.defaultLocale;
  const userId = String(form.get('userId') ?? '');
  const operation = String(form.get('operation') ?? '');
  const actor = { email: user.email, ip: (await requestMeta()).ip };
  let outcome = 'done';
  try {
    if (operation === 'role') await setStaffRole(userId, roleSchema.parse(form.get('role')), actor);
    else if (operation === 'disable') await disableStaff(userId, actor);
    else if (operation === 'enable') await enableStaff(userId, actor);
    else if (operation === 'sessions') await endStaffSessions(userId, actor);
    else if (operation === 'password') {
      const password = staffPasswordSchema.safeParse(form.get('password'));
      if (!password.success) outcome = 'password';
      else await resetStaffPassword(userId, password.data, actor);
    } else outcome = 'invalid';
  } catch (error) {
    if (error instanceof StaffAccountError) outcome = error.code === 'last-admin' ? 'lastAdmin' : 'notFound';
    else throw error;
  }
  redirect(`/${locale}/admin/staff?result=${outcome}`);
});
