import { CLIENTS, CUSTOMER_SECURITY, OUTGOING_AUTH } from '@/lib/mail-check/customer-choices';

/**
 * The checker's form pre-filled from its URL (`/check?client=outlook&outPort=25&outSecurity=none`),
 * as "paste the error, get the answer" links to it (lib/diagnose/diagnose.ts, `checkerHref`). Only
 * known values are taken; anything else is ignored, so the link can never put arbitrary text in the
 * form. No zod: the checker's client component imports the type.
 */
export interface CheckerPrefill {
  client?: string;
  incoming?: { protocol?: string; server?: string; port?: string; security?: string };
  outgoing?: { server?: string; port?: string; security?: string; auth?: string };
}

type Params = Record<string, string | string[] | undefined>;

const one = (params: Params, key: string) => {
  const value = params[key];
  return typeof value === 'string' ? value : undefined;
};
const oneOf = (params: Params, key: string, allowed: readonly string[]) => {
  const value = one(params, key);
  return value && allowed.includes(value) ? value : undefined;
};
const port = (params: Params, key: string) => {
  const value = one(params, key);
  return value && /^\d{1,5}$/.test(value) && Number(value) > 0 && Number(value) < 65536 ? value : undefined;
};
const host = (params: Params, key: string) => {
  const value = one(params, key);
  return value && value.length <= 253 && /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i.test(value)
    ? value
    : undefined;
};

const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

export function checkerPrefill(params: Params): CheckerPrefill | undefined {
  const client = oneOf(params, 'client', CLIENTS);
  const incoming = defined({
    protocol: oneOf(params, 'protocol', ['pop3', 'imap']),
    server: host(params, 'inServer'),
    port: port(params, 'inPort'),
    security: oneOf(params, 'inSecurity', CUSTOMER_SECURITY),
  });
  const outgoing = defined({
    server: host(params, 'outServer'),
    port: port(params, 'outPort'),
    security: oneOf(params, 'outSecurity', CUSTOMER_SECURITY),
    auth: oneOf(params, 'outAuth', OUTGOING_AUTH),
  });
  const prefill: CheckerPrefill = {
    ...(client ? { client } : {}),
    ...(Object.keys(incoming).length ? { incoming } : {}),
    ...(Object.keys(outgoing).length ? { outgoing } : {}),
  };
  return Object.keys(prefill).length ? prefill : undefined;
}
