import { z } from 'zod';
import { prisma } from '@/lib/db/client';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { roleSchema, type Role } from '@/lib/auth/roles';
import { recordAudit, type AuditAction, type AuditActor } from '@/lib/audit/record-audit';
import { lockKeys } from '@/lib/db/key-lock';
import type { Tx } from '@/lib/db/transaction';
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

/** Who makes a change to an account, for its audit entry. */
export type StaffActor = AuditActor;

/**
 * Each change to an account commits with its audit entry (and, where it applies, the end of the
 * account's sessions) in one transaction, or not at all. Changes that could leave no active admin
 * hold one lock while they count the admins, so two admins demoting each other at the same moment
 * cannot both succeed.
 */
const ADMINS_LOCK = 'staff-admins';

export async function createStaffUser(input: z.input<typeof newStaffSchema>, actor: StaffActor) {
  const data = newStaffSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email } });
    if (existing) throw new StaffAccountError('email-taken');
    const created = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: { id: true, email: true, role: true },
    });
    await audit(tx, actor, 'user.create', created.id, `${created.email} (${created.role})`);
    return created;
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
async function assertNotLastAdmin(tx: Tx, userId: string) {
  await lockKeys(tx, [ADMINS_LOCK]);
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new StaffAccountError('not-found');
  if (user.role !== 'admin' || user.disabledAt) return user;
  const admins = await tx.user.count({ where: { role: 'admin', disabledAt: null } });
  if (admins <= 1) throw new StaffAccountError('last-admin');
  return user;
}

async function findOrFail(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new StaffAccountError('not-found');
  return user;
}

function audit(tx: Tx, actor: StaffActor, action: AuditAction, userId: string, summary: string) {
  return recordAudit(
    { actorEmail: actor.email, action, targetType: 'user', targetId: userId, summary, ip: actor.ip },
    tx,
  );
}

export async function setStaffRole(userId: string, role: Role, actor: StaffActor) {
  return prisma.$transaction(async (tx) => {
    if (role === 'admin') await findOrFail(tx, userId);
    else await assertNotLastAdmin(tx, userId);
    const user = await tx.user.update({
      where: { id: userId },
      data: { role },
      select: { id: true, email: true, role: true },
    });
    await audit(tx, actor, 'user.role-change', userId, `${user.email} → ${role}`);
    return user;
  });
}

/** Disables the account and ends its sessions. */
export async function disableStaff(userId: string, actor: StaffActor) {
  return prisma.$transaction(async (tx) => {
    await assertNotLastAdmin(tx, userId);
    const user = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: new Date() },
      select: { id: true, email: true },
    });
    await tx.session.deleteMany({ where: { userId } });
    await audit(tx, actor, 'user.disable', userId, user.email);
    return user;
  });
}

export async function enableStaff(userId: string, actor: StaffActor) {
  return prisma.$transaction(async (tx) => {
    await findOrFail(tx, userId);
    const user = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: null },
      select: { id: true, email: true },
    });
    await audit(tx, actor, 'user.enable', userId, user.email);
    return user;
  });
}

/** Ends every session of the account (signed out everywhere); returns how many there were. */
export async function endStaffSessions(userId: string, actor: StaffActor) {
  return prisma.$transaction(async (tx) => {
    await findOrFail(tx, userId);
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await audit(tx, actor, 'user.sessions-ended', userId, `${count} session(s)`);
    return count;
  });
}

/** Sets a new password and ends every session of the account. */
export async function resetStaffPassword(userId: string, password: string, actor: StaffActor) {
  const passwordHash = await hashPassword(staffPasswordSchema.parse(password));
  return prisma.$transaction(async (tx) => {
    await findOrFail(tx, userId);
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash },
      select: { id: true, email: true },
    });
    await tx.session.deleteMany({ where: { userId } });
    await audit(tx, actor, 'user.password-reset', userId, user.email);
    return user;
  });
}

export async function findStaffByEmail(email: string) {
  return prisma.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, role: true },
  });
}
