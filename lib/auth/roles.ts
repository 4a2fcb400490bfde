import { z } from 'zod';

/** editor: notices, FAQ (and later guides). admin: everything an editor does, plus staff accounts,
 *  the mail server registry, policies and the audit log. */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export function hasRole(actual: Role, required: Role): boolean {
  return required === 'editor' || actual === 'admin';
}
