import { z } from 'zod';
import { CLIENTS, CUSTOMER_SECURITY, INCOMING_AUTH, OUTGOING_AUTH } from './customer-choices';

export { CLIENTS, CUSTOMER_SECURITY, INCOMING_AUTH, OUTGOING_AUTH };

/** A host name as typed into a mail program: trimmed, lower-cased, without a trailing dot. */
const typedHost = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .transform((h) => h.replace(/\.$/, ''));
const port = z.coerce.number().int().min(1).max(65535);

/**
 * What the customer's mail program shows, as entered on the checker's form or sent to /api/check.
 * Unknown keys inside `incoming` and `outgoing` are refused (400), not dropped: a misspelt field would
 * otherwise be checked as if the customer had left it at its default.
 */
export const customerSettingsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email().optional(),
  client: z.enum(CLIENTS).default('other'),
  incoming: z
    .object({
      protocol: z.enum(['pop3', 'imap']),
      server: typedHost,
      port,
      security: z.enum(CUSTOMER_SECURITY),
      auth: z.enum(INCOMING_AUTH).default('password'),
    })
    .strict()
    .optional(),
  outgoing: z
    .object({
      server: typedHost,
      port,
      security: z.enum(CUSTOMER_SECURITY),
      auth: z.enum(OUTGOING_AUTH),
    })
    .strict()
    .optional(),
});

export type CustomerSettings = z.infer<typeof customerSettingsSchema>;
