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
  };
}
