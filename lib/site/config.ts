import type { Locale } from '@/i18n/routing';

/**
 * Everything that makes the portal one particular ISP's: configurable through the environment
 * (see .env.example), with documentation-domain defaults for the demo.
 */
export interface SiteConfig {
  ispName: Record<Locale, string>;
  supportEmail: string;
  mailDomain: string;
  mailHost: string;
  webmailUrl: string;
  /** Where a customer sets a new mail password (shown when the checker's login test fails). */
  passwordResetUrl: string;
  /** Absolute origin used in feeds, sitemaps and Open Graph tags. */
  baseUrl: string;
  /** Support by phone, with its hours as customers should read them, and the contact form. */
  supportPhone: string;
  supportHours: Record<Locale, string>;
  contactUrl: string;
}

function env(name: string, fallback: string): string {
  const value = process.env[name]?.trim();
  return value ? value : fallback;
}

export function siteConfig(): SiteConfig {
  const mailDomain = env('PORTAL_MAIL_DOMAIN', 'example.test');
  return {
    ispName: {
      en: env('PORTAL_ISP_NAME_EN', 'Example Net'),
      ja: env('PORTAL_ISP_NAME_JA', 'エグザンプルネット'),
    },
    supportEmail: env('PORTAL_SUPPORT_EMAIL', `support@${mailDomain}`),
    mailDomain,
    mailHost: env('PORTAL_MAIL_HOST', `mail.${mailDomain}`),
    webmailUrl: env('PORTAL_WEBMAIL_URL', `https://webmail.${mailDomain}/`),
    passwordResetUrl: env('PORTAL_PASSWORD_RESET_URL', `https://members.${mailDomain}/mail-password`),
    baseUrl: env('PORTAL_BASE_URL', `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, ''),
    supportPhone: env('PORTAL_SUPPORT_PHONE', '0120-000-000'),
    supportHours: {
      en: env('PORTAL_SUPPORT_HOURS_EN', 'every day 9:00–18:00 (Japan time)'),
      ja: env('PORTAL_SUPPORT_HOURS_JA', '受付時間 9:00～18:00・年中無休'),
    },
    contactUrl: env('PORTAL_CONTACT_URL', `https://members.${mailDomain}/contact`),
  };
}
