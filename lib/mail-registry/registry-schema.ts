import { z } from 'zod';
import { formatNetwork, parseNetwork } from '@/lib/mail-events/ip-networks';

/**
 * The mail service registry: the one description of the ISP's mail servers and policies that the
 * settings checker, the setup guides and auto-configuration are generated from. This is the JSON
 * format of MAIL_SERVICE_FILE (documented in docs/mail-registry.md).
 */

export const PROTOCOLS = ['smtp', 'pop3', 'imap'] as const;
export const SECURITY = ['none', 'starttls', 'tls'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export type Security = (typeof SECURITY)[number];

const hostName = z
  .string()
  .min(1)
  .max(253)
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i,
    'host',
  );

const ipAddress = z.union([z.ipv4(), z.ipv6()]);

/**
 * One of the ISP's customer networks as a CIDR range, IPv4 or IPv6 (`192.0.2.0/24`, `2001:db8::/32`),
 * host bits zero; stored in its canonical form. The mail events (docs/mail-events.md) keep a
 * client's address only as "one of these / outside" plus its /24 or /48.
 */
export const customerNetworkSchema = z
  .string()
  .max(60)
  .refine((text) => parseNetwork(text) !== null, 'network')
  .transform((text) => formatNetwork(parseNetwork(text)!));

export const endpointSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  protocol: z.enum(PROTOCOLS),
  host: hostName,
  port: z.number().int().min(1).max(65535),
  security: z.enum(SECURITY),
  auth: z.boolean(),
  recommended: z.boolean().default(false),
  /** Reachable from the Internet but not from the ISP's own customer lines (outbound port 25 blocking). */
  blockedFromCustomerNetworks: z.boolean().default(false),
  /**
   * The port the checker actually dials, when it differs from the public one customers configure
   * (the demo and tests serve port 587 on 10587 because low ports need root). Defaults to `port`.
   */
  probePort: z.number().int().min(1).max(65535).optional(),
});
export type Endpoint = z.infer<typeof endpointSchema>;

/**
 * The closed set of policy kinds the evaluator understands. Each may take effect in the future.
 * - pop-before-smtp-ended: sending needs SMTP AUTH; a POP login no longer opens a sending window.
 * - encrypted-login-required: logins (POP3, IMAP, SMTP AUTH) only over SSL/TLS or STARTTLS.
 * - outbound-port-25-blocked: Outbound Port 25 Blocking. Customers' connections cannot reach port 25
 *   of mail servers outside our network; our own port 25 takes mail from other servers only (it has
 *   not relayed customers' mail since POP before SMTP ended), so customers send on 587 or 465 with
 *   SMTP AUTH. Endpoints customers cannot send through are `blockedFromCustomerNetworks`.
 * - minimum-tls-version: connections below `version` (TLSv1.2 or TLSv1.3) are refused.
 */
export const POLICY_KINDS = [
  'pop-before-smtp-ended',
  'encrypted-login-required',
  'outbound-port-25-blocked',
  'minimum-tls-version',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Longest statement, per language: one line a customer reads at a glance. */
export const STATEMENT_MAX = 300;
const statementText = z
  .string()
  .trim()
  .min(1)
  .max(STATEMENT_MAX)
  .regex(/^[^\r\n]*$/, 'one line');

/**
 * What a policy means for customers, in one line per language. The checker, the "Am I affected?"
 * answer and the policy's notice all show this same sentence, so the fact is stated in one place.
 */
export const policyStatementSchema = z.strictObject({ ja: statementText, en: statementText });
export type PolicyStatement = z.infer<typeof policyStatementSchema>;

export const policySchema = z.object({
  id: z.enum(POLICY_KINDS),
  /** First day (Japan time) on which the policy applies. */
  effective: isoDay,
  /** Slug of the notice that announces it. */
  notice: z.string().max(80).optional(),
  /** For minimum-tls-version only. */
  version: z.enum(['TLSv1.2', 'TLSv1.3']).optional(),
  /**
   * The policy's one-line statement in both languages. Optional only so that registries stored
   * before it existed still load (pages then word the policy from the messages,
   * `Checker.policyStatement.<id>`); the staff editor requires it and the demo registry has it.
   */
  statement: policyStatementSchema.optional(),
});
export type Policy = z.infer<typeof policySchema>;

/** A policy as check results carry it: enough to date it, link its notice and state it. */
export type PolicyRef = Pick<Policy, 'id' | 'effective' | 'notice' | 'statement'>;

/** The reference results carry, without the fields only the registry needs. */
export function policyRef(policy: Policy): PolicyRef {
  return {
    id: policy.id,
    effective: policy.effective,
    notice: policy.notice,
    ...(policy.statement ? { statement: policy.statement } : {}),
  };
}

export const registrySchema = z
  .object({
    domains: z.array(hostName).min(1),
    /** What customers enter as their user name: the whole address (usual) or the part before the @. */
    username: z.enum(['address', 'local-part']).default('address'),
    endpoints: z.array(endpointSchema).min(1),
    /** Host name → address to connect to; the name is still used for SNI and certificate checks. */
    resolve: z.record(hostName, ipAddress).default({}),
    /**
     * Host name → the IPv6 address customers' programs may also reach it at (AAAA). The checker
     * dials `resolve` (or the name) as before and, for a host listed here, also tries this address,
     * so a broken IPv6 path is raised to staff (IPV6_UNREACHABLE) before programs stall on it.
     */
    ipv6: z.record(hostName, z.ipv6()).default({}),
    policies: z.array(policySchema).default([]),
    /**
     * The address ranges of the ISP's own customer lines (CIDR, IPv4 and IPv6). What the mail
     * servers saw is classified by them: sending on port 25 from here, a home connection, etc.
     * Optional (absent means none), so registries written before it existed stay as they are.
     */
    customerNetworks: z.array(customerNetworkSchema).max(500).optional(),
  })
  .superRefine((registry, ctx) => {
    const ids = registry.endpoints.map((e) => e.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index)
        ctx.addIssue({
          code: 'custom',
          path: ['endpoints', index, 'id'],
          message: `duplicate endpoint id "${id}"`,
        });
    });
    for (const protocol of PROTOCOLS) {
      if (!registry.endpoints.some((e) => e.protocol === protocol && e.recommended)) {
        // Guides and auto-configuration need a recommended endpoint per protocol in use.
        if (registry.endpoints.some((e) => e.protocol === protocol)) {
          ctx.addIssue({
            code: 'custom',
            path: ['endpoints'],
            message: `no recommended ${protocol} endpoint`,
          });
        }
      }
    }
    const networks = registry.customerNetworks ?? [];
    networks.forEach((network, index) => {
      if (networks.indexOf(network) !== index)
        ctx.addIssue({
          code: 'custom',
          path: ['customerNetworks', index],
          message: `duplicate network "${network}"`,
        });
    });
    registry.policies.forEach((policy, index) => {
      if (policy.id === 'minimum-tls-version' && !policy.version) {
        ctx.addIssue({
          code: 'custom',
          path: ['policies', index, 'version'],
          message: 'minimum-tls-version needs "version"',
        });
      }
    });
  });

export type MailRegistry = z.infer<typeof registrySchema>;
