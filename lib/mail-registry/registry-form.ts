import { z } from 'zod';
import {
  POLICY_KINDS,
  PROTOCOLS,
  registrySchema,
  SECURITY,
  STATEMENT_MAX,
  type MailRegistry,
  type PolicyKind,
  type PolicyStatement,
} from './registry-schema';

/**
 * The staff editor's view of the registry: plain rows of strings, as the form holds them, and the
 * conversion back to a registry with every problem keyed to the field that shows it
 * (`endpoints.2.port`, `resolve.0.address`, `policies.1.notice`, or `endpoints` for the table).
 */

export interface EndpointRow {
  id: string;
  protocol: string;
  host: string;
  port: string;
  security: string;
  auth: boolean;
  recommended: boolean;
  blockedFromCustomerNetworks: boolean;
  probePort: string;
}
export interface ResolveRow {
  host: string;
  address: string;
}
export interface PolicyRow {
  id: string;
  effective: string;
  notice: string;
  version: string;
  /** The one-line statement customers read, in each language. */
  statementJa: string;
  statementEn: string;
}
export interface RegistryFormValues {
  domains: string;
  /** The customer networks, one CIDR range per line. */
  customerNetworks: string;
  username: string;
  endpoints: EndpointRow[];
  resolve: ResolveRow[];
  policies: PolicyRow[];
}

/** The closed set of error codes the editor translates. */
export const REGISTRY_FIELD_ERRORS = [
  'invalid',
  'required',
  'host',
  'endpointId',
  'port',
  'address',
  'date',
  'duplicate',
  'noRecommended',
  'versionRequired',
  'unknownNotice',
  'statement',
  'network',
] as const;
export type RegistryFieldError = (typeof REGISTRY_FIELD_ERRORS)[number];

/**
 * Registry → form rows. `fallbackStatement` fills a statement a registry stored before statements
 * existed does not have (worded from the messages), so staff see and save what customers are shown.
 */
export function registryToForm(
  registry: MailRegistry,
  fallbackStatement?: (policy: { id: PolicyKind; effective: string }) => PolicyStatement,
): RegistryFormValues {
  return {
    domains: registry.domains.join('\n'),
    customerNetworks: (registry.customerNetworks ?? []).join('\n'),
    username: registry.username,
    endpoints: registry.endpoints.map((e) => ({
      id: e.id,
      protocol: e.protocol,
      host: e.host,
      port: String(e.port),
      security: e.security,
      auth: e.auth,
      recommended: e.recommended,
      blockedFromCustomerNetworks: e.blockedFromCustomerNetworks,
      probePort: e.probePort === undefined ? '' : String(e.probePort),
    })),
    resolve: [
      ...Object.entries(registry.resolve).map(([host, address]) => ({ host, address })),
      ...Object.entries(registry.ipv6).map(([host, address]) => ({ host, address })),
    ],
    policies: registry.policies.map((p) => ({
      id: p.id,
      effective: p.effective,
      notice: p.notice ?? '',
      version: p.version ?? '',
      statementJa: (p.statement ?? fallbackStatement?.(p))?.ja ?? '',
      statementEn: (p.statement ?? fallbackStatement?.(p))?.en ?? '',
    })),
  };
}

const text = z.string().max(300).default('');
const flag = z.boolean().default(false);
/** What the browser may send: bounded, or the whole save is refused as tampered. */
export const registryFormSchema = z.object({
  domains: z.string().max(4000),
  customerNetworks: z.string().max(30_000).default(''),
  username: text,
  endpoints: z
    .array(
      z.object({
        id: text,
        protocol: text,
        host: text,
        port: text,
        security: text,
        auth: flag,
        recommended: flag,
        blockedFromCustomerNetworks: flag,
        probePort: text,
      }),
    )
    .max(50),
  resolve: z.array(z.object({ host: text, address: text })).max(50),
  policies: z
    .array(
      z.object({
        id: text,
        effective: text,
        notice: text,
        version: text,
        statementJa: z.string().max(1000).default(''),
        statementEn: z.string().max(1000).default(''),
      }),
    )
    .max(50),
});

const portValue = (value: string) => (/^\s*\d{1,6}\s*$/.test(value) ? Number(value) : value);
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

function codeFor(path: PropertyKey[], message: string): RegistryFieldError {
  const last = String(path[path.length - 1] ?? '');
  if (message.startsWith('duplicate')) return 'duplicate';
  if (path[0] === 'customerNetworks') return 'network';
  if (message.startsWith('no recommended')) return 'noRecommended';
  if (message.includes('needs "version"')) return 'versionRequired';
  if (path[0] === 'domains' || last === 'host') return 'host';
  if (last === 'port' || last === 'probePort') return 'port';
  if (last === 'id' && path[0] === 'endpoints') return 'endpointId';
  if (last === 'effective') return 'date';
  if (path[2] === 'statement') return 'statement';
  return 'invalid';
}

export type FormConversion =
  { ok: true; registry: MailRegistry } | { ok: false; errors: Record<string, RegistryFieldError> };

/**
 * Form rows → a validated registry. `knownNotices` (slugs) catches a policy that links to a notice
 * which does not exist, which would otherwise become a dead link on every checker result.
 */
export function formToRegistry(values: RegistryFormValues, knownNotices: Set<string>): FormConversion {
  const errors: Record<string, RegistryFieldError> = {};
  // One row per host and address family: a host with an IPv4 and an IPv6 row is dialled at the IPv4
  // address and also checked over IPv6 (`ipv6`); a single row is the address to dial, of either family.
  const resolve: Record<string, string> = {};
  const ipv6: Record<string, string> = {};
  const seen = new Set<string>();
  values.resolve.forEach((row, index) => {
    const host = row.host.trim().toLowerCase();
    const address = row.address.trim();
    if (!host && !address) return;
    if (!host) errors[`resolve.${index}.host`] = 'required';
    const family = z.ipv4().safeParse(address).success ? 4 : z.ipv6().safeParse(address).success ? 6 : 0;
    if (!family) errors[`resolve.${index}.address`] = 'address';
    if (host && seen.has(`${host}/${family}`)) errors[`resolve.${index}.host`] = 'duplicate';
    seen.add(`${host}/${family}`);
    if (!host) return;
    if (family === 6 && seen.has(`${host}/4`)) ipv6[host] = address;
    else if (family === 4 && host in resolve && seen.has(`${host}/6`)) {
      ipv6[host] = resolve[host]!;
      resolve[host] = address;
    } else resolve[host] = address;
  });

  const candidate = {
    domains: values.domains
      .split(/[\n,]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
    customerNetworks: values.customerNetworks
      .split(/[\n,]+/)
      .map((n) => n.trim())
      .filter(Boolean),
    username: values.username,
    endpoints: values.endpoints.map((e) => ({
      id: e.id.trim(),
      protocol: e.protocol,
      host: e.host.trim().toLowerCase(),
      port: portValue(e.port),
      security: e.security,
      auth: e.auth,
      recommended: e.recommended,
      blockedFromCustomerNetworks: e.blockedFromCustomerNetworks,
      probePort: optional(e.probePort) === undefined ? undefined : portValue(e.probePort),
    })),
    resolve,
    ipv6,
    policies: values.policies.map((p) => ({
      id: p.id,
      effective: p.effective.trim(),
      notice: optional(p.notice),
      version: p.id === 'minimum-tls-version' ? optional(p.version) : undefined,
      statement: { ja: p.statementJa.trim(), en: p.statementEn.trim() },
    })),
  };
  const parsed = registrySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key =
        issue.path[0] === 'domains'
          ? 'domains'
          : issue.path[0] === 'customerNetworks'
            ? 'customerNetworks'
            : issue.path[0] === 'resolve'
              ? 'resolve'
              : issue.path[2] === 'statement'
                ? `policies.${String(issue.path[1])}.${issue.path[3] === 'en' ? 'statementEn' : 'statementJa'}`
                : issue.path.map(String).join('.') || 'form';
      errors[key] ??= codeFor(issue.path, issue.message);
    }
  }
  // The schema's cross-field checks only run once every field is well-formed; the editor wants all
  // problems at once.
  const ids = values.endpoints.map((e) => e.id.trim());
  ids.forEach((id, index) => {
    if (id && ids.indexOf(id) !== index) errors[`endpoints.${index}.id`] ??= 'duplicate';
  });
  values.policies.forEach((p, index) => {
    if (p.id === 'minimum-tls-version' && !p.version)
      errors[`policies.${index}.version`] ??= 'versionRequired';
    const notice = p.notice.trim();
    if (notice && !knownNotices.has(notice)) errors[`policies.${index}.notice`] ??= 'unknownNotice';
    // Every policy saved from the editor states itself in both languages (one line each).
    for (const [field, value] of [
      ['statementJa', p.statementJa],
      ['statementEn', p.statementEn],
    ] as const) {
      const line = value.trim();
      const key = `policies.${index}.${field}`;
      if (!line) errors[key] = 'required';
      else if (line.length > STATEMENT_MAX || /[\r\n]/.test(line)) errors[key] ??= 'statement';
    }
  });
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, registry: parsed.data };
}

export const FORM_CHOICES = { protocols: PROTOCOLS, security: SECURITY, policies: POLICY_KINDS } as const;
