'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { isLocale, routing } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestMeta } from '@/lib/auth/request-context';
import { roleSchema } from '@/lib/auth/roles';
import { staffAction, staffFormAction } from '@/lib/auth/staff-guard';
import {
  createStaffUser,
  disableStaff,
  enableStaff,
  newStaffSchema,
  resetStaffPassword,
  setStaffRole,
  StaffAccountError,
  staffPasswordSchema,
} from '@/lib/staff/staff-accounts';
import { deleteUserSessions } from '@/lib/auth/sessions';

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
      const created = await createStaffUser(parsed.data);
      await recordAudit({
        actorEmail: user.email,
        action: 'user.create',
        targetType: 'user',
        targetId: created.id,
        summary: `${created.email} (${created.role})`,
        ip: (await requestMeta()).ip,
      });
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
  const { ip } = await requestMeta();
  let outcome = 'done';
  try {
    if (operation === 'role') {
      const role = roleSchema.parse(form.get('role'));
      const target = await setStaffRole(userId, role);
      await recordAudit({
        actorEmail: user.email,
        action: 'user.role-change',
        targetType: 'user',
        targetId: userId,
        summary: `${target.email} → ${role}`,
        ip,
      });
    } else if (operation === 'disable') {
      const target = await disableStaff(userId);
      await recordAudit({
        actorEmail: user.email,
        action: 'user.disable',
        targetType: 'user',
        targetId: userId,
        summary: target.email,
        ip,
      });
    } else if (operation === 'enable') {
      const target = await enableStaff(userId);
      await recordAudit({
        actorEmail: user.email,
        action: 'user.enable',
        targetType: 'user',
        targetId: userId,
        summary: target.email,
        ip,
      });
    } else if (operation === 'sessions') {
      const count = await deleteUserSessions(userId);
      await recordAudit({
        actorEmail: user.email,
        action: 'user.sessions-ended',
        targetType: 'user',
        targetId: userId,
        summary: `${count} session(s)`,
        ip,
      });
    } else if (operation === 'password') {
      const password = staffPasswordSchema.safeParse(form.get('password'));
      if (!password.success) outcome = 'password';
      else {
        const target = await resetStaffPassword(userId, password.data);
        await recordAudit({
          actorEmail: user.email,
          action: 'user.password-reset',
          targetType: 'user',
          targetId: userId,
          summary: target.email,
          ip,
        });
      }
    } else outcome = 'invalid';
  } catch (error) {
    if (error instanceof StaffAccountError) outcome = error.code === 'last-admin' ? 'lastAdmin' : 'notFound';
    else throw error;
  }
  redirect(`/${locale}/admin/staff?result=${outcome}`);
});
