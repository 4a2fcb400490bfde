import type { Locale } from '@/i18n/routing';
import { siteConfig, type SiteConfig } from './config';

/**
 * Content is stored with `{{placeholders}}` instead of the ISP's name and domains, so one
 * configuration change updates every notice and answer. Unknown placeholders are left as they are,
 * which makes a typo visible to the editor instead of silently printing nothing.
 */
export const PLACEHOLDERS = [
  'ispName',
  'supportEmail',
  'mailDomain',
  'mailHost',
  'webmailUrl',
  'passwordResetUrl',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export function placeholderValues(
  locale: Locale,
  config: SiteConfig = siteConfig(),
): Record<Placeholder, string> {
  return {
    ispName: config.ispName[locale],
    supportEmail: config.supportEmail,
    mailDomain: config.mailDomain,
    mailHost: config.mailHost,
    webmailUrl: config.webmailUrl,
    passwordResetUrl: config.passwordResetUrl,
  };
}

export function resolvePlaceholders(text: string, locale: Locale, config?: SiteConfig): string {
  const values = placeholderValues(locale, config);
  return text.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (match, name: string) =>
    name in values ? values[name as Placeholder] : match,
  );
}
