import { checkRegistryAddress } from '@/lib/autoconfig/recommended-endpoints';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { GUIDE_INCOMING, type GuideIncoming } from './guide-programs';

export { parseGuideProgram, type GuidePageProgram } from './guide-programs';

/** A guide page's query string as Next hands it over (only these two keys are read). */
export type GuideQuery = { type?: string | string[]; email?: string | string[] };

/**
 * A guide page's query: `type` picks the incoming variant the program offers (its first otherwise),
 * `email` personalises the page when it is a valid address of one of our domains. A bad address is
 * reported, never used.
 */
export function parseGuideQuery(
  registry: MailRegistry,
  offered: readonly GuideIncoming[],
  query: GuideQuery,
): { incoming: GuideIncoming; email?: string; emailProblem?: 'invalid' | 'unknown-domain'; typed?: string } {
  const type = typeof query.type === 'string' ? query.type.replace(/^pop$/, 'pop3') : '';
  const incoming =
    (GUIDE_INCOMING as readonly string[]).includes(type) && offered.includes(type as GuideIncoming)
      ? (type as GuideIncoming)
      : (offered[0] ?? 'imap');
  const raw = typeof query.email === 'string' ? query.email.slice(0, 300) : '';
  if (!raw.trim()) return { incoming };
  const checked = checkRegistryAddress(registry, raw);
  return checked.ok
    ? { incoming, email: checked.address, typed: raw }
    : { incoming, emailProblem: checked.problem, typed: raw };
}
