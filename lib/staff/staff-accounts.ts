import { z } from 'zod';
import { prisma } from '@/lib/db/client';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { roleSchema, type Role } from '@/lib/auth/roles';
import { deleteUserSessions } from '@/lib/auth/sessions';
import { normalizeEmail } from '@/lib/auth/sign-in';

export const staffEmailSchema = z.string().trim().toLowerCase().max(254).email();
export const staffPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
export const newStaffSchema = z.object({
  email: staffEmailSchema,
  name: z.string().trim().max(100).default(''),
  role: roleSchema,
  password: staffPasswordSchema,
});

export class StaffAccountError extends Error {
  constructor(readonly code: 'email-taken' | 'not-found' | 'last-admin') {
    super(code);
  }
}

export async function createStaffUser(input: z.input<typeof newStaffSchema>) {
  const data = newStaffSchema.parse(input);
  const existing = await prisma.user.findUnique({ where: { email: data.email } });
  if (existing) throw new StaffAccountError('email-taken');
  return prisma.user.create({
    data: {
      email: data.email,
      name: data.name,
      role: data.role,
      passwordHash: await hashPassword(data.password),
    },
    select: { id: true, email: true, role: true },
  });
}

export async function listStaff() {
  return prisma.user.findMany({
    orderBy: [{ disabledAt: 'asc' }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      _count: { select: { sessions: true } },
    },
  });
}

/** Refuses to demote or disable the last active admin, which would lock everyone out. */
async function assertNotLastAdmin(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw new StaffAccountError('not-found');
  if (user.role !== 'admin' || user.disabledAt) return user;
  const admins = await prisma.user.count({ where: { role: 'admin', disabledAt: null } });
  if (admins <= 1) throw new StaffAccountError('last-admin');
  return user;
}

export async function setStaffRole(userId: string, role: Role) {
  const user =
    role === 'admin'
      ? await prisma.user.findUnique({ where: { id: userId } })
      : await assertNotLastAdmin(userId);
  if (!user) throw new StaffAccountError('not-found');
  return prisma.user.update({
    where: { id: userId },
    data: { role },
    select: { id: true, email: true, role: true },
  });
}

export async function disableStaff(userId: string) {
  await assertNotLastAdmin(userId);
  const [user] = await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { disabledAt: new Date() },
      select: { id: true, email: true },
    }),
    prisma.session.deleteMany({ where: { userId } }),
  ]);
  return user;
}

export async function enableStaff(userId: string) {
  return prisma.user.update({
    where: { id: userId },
    data: { disabledAt: null },
    select: { id: true, email: true },
  });
}

/** Sets a new password and ends every session of the account. */
export async function resetStaffPassword(userId: string, password: string) {
  const passwordHash = await hashPassword(staffPasswordSchema.parse(password));
  const user = await prisma.user.update({
    where: { id: userId },
    data: { passwordHash },
    select: { id: true, email: true },
  });
  await deleteUserSessions(userId);
  return user;
}

export async function findStaffByEmail(email: string) {
  return prisma.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, role: true },
  });
}
