/**
 * The mail programs that have a setup guide, in the order the guide index shows them. `other` has no
 * written guide: it is the plain settings table. Checker clients map onto these (see checkerClientGuide).
 */
export const GUIDE_PROGRAMS = [
  'new-outlook',
  'outlook',
  'outlook-2013',
  'thunderbird',
  'apple-mail',
  'iphone',
  'android-gmail',
  'becky',
  'legacy-windows',
] as const;
export type GuideProgram = (typeof GUIDE_PROGRAMS)[number];

/** The guides a browser's platform can point to (the boot loader, scripts/build/boot-loader.js, guesses which). */
export const DEVICE_GUIDE_PROGRAMS = [
  'iphone',
  'android-gmail',
  'apple-mail',
  'outlook',
] as const satisfies readonly GuideProgram[];
export type DeviceGuideProgram = (typeof DEVICE_GUIDE_PROGRAMS)[number];

/** A guide page: a program's guide, or "other" (the plain settings table). */
export type GuidePageProgram = GuideProgram | 'other';

export function parseGuideProgram(value: string): GuidePageProgram | null {
  if (value === 'other') return 'other';
  return (GUIDE_PROGRAMS as readonly string[]).includes(value) ? (value as GuideProgram) : null;
}

/**
 * The checker's program choice → the guide for it: each checker client has the guide of the same id
 * (the checker's "outlook" is classic Outlook 2016–2021 / Microsoft 365, "outlook-2013" Outlook 2010 /
 * 2013, "new-outlook" the new Outlook for Windows); "other" and unknown values get the settings table.
 */
export function guideForClient(client: string): GuidePageProgram {
  return parseGuideProgram(client) ?? 'other';
}

/** Incoming protocols a guide can be shown for; the first one listed is the program's default. */
export const GUIDE_INCOMING = ['imap', 'pop3'] as const;
export type GuideIncoming = (typeof GUIDE_INCOMING)[number];

/**
 * Placeholders a guide's text may use, on top of the site's ({{ispName}}, {{supportEmail}}, …).
 * Every server value comes from the registry's recommended endpoints, never from the text itself.
 *
 * - emailAddress: the customer's address (from ?email=) or an example address
 * - username: the user name to enter, in the registry's form (usually the whole address)
 * - incomingProtocol: "IMAP" or "POP3" for the variant being shown
 * - incomingHost / incomingPort / incomingSecurity: the recommended incoming endpoint of that
 *   protocol; security reads "SSL/TLS" or "STARTTLS"
 * - outgoingHost / outgoingPort / outgoingSecurity: the first recommended SMTP endpoint (587 STARTTLS)
 * - outgoingPortAlt / outgoingSecurityAlt: the other recommended SMTP endpoint (465 SSL/TLS)
 * - blockedPort: the SMTP port customers' lines cannot send to (Outbound Port 25 Blocking)
 */
export const GUIDE_PLACEHOLDERS = [
  'emailAddress',
  'username',
  'incomingProtocol',
  'incomingHost',
  'incomingPort',
  'incomingSecurity',
  'outgoingHost',
  'outgoingPort',
  'outgoingSecurity',
  'outgoingPortAlt',
  'outgoingSecurityAlt',
  'blockedPort',
] as const;
export type GuidePlaceholder = (typeof GUIDE_PLACEHOLDERS)[number];
