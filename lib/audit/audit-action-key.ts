import { AUDIT_ACTIONS, type AuditAction } from './record-audit';

/** `notice.update` → `notice_update`, as a type (message keys cannot hold a dot). */
type KeyOf<A extends string> = A extends `${infer Area}.${infer Verb}` ? `${Area}_${Verb}` : A;

/** The message key (AuditLog.action.*) of an audited action; the compiler checks every one has a message. */
export function auditActionKey<A extends AuditAction>(action: A): KeyOf<A> {
  return action.replace('.', '_') as KeyOf<A>;
}

/** Whether a stored action is one this version knows (an older one is shown as stored). */
export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
