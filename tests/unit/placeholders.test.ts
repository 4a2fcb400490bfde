import { describe, expect, it } from 'vitest';
import { resolvePlaceholders } from '@/lib/site/placeholders';
import type { SiteConfig } from '@/lib/site/config';

const config: SiteConfig = {
  ispName: { en: 'Acme Net', ja: 'アクメネット' },
  supportEmail: 'help@acme.test',
  mailDomain: 'acme.test',
  mailHost: 'mx.acme.test',
  webmailUrl: 'https://webmail.acme.test/',
  passwordResetUrl: 'https://members.acme.test/password',
  baseUrl: 'https://support.acme.test',
  supportPhone: '0120-111-222',
  supportHours: { en: 'weekdays 10:00–17:00', ja: '平日 10:00～17:00' },
  contactUrl: 'https://members.acme.test/contact',
};

describe('resolvePlaceholders', () => {
  it('fills in the configured ISP per language', () => {
    expect(resolvePlaceholders('{{ispName}}: {{ mailHost }}', 'en', config)).toBe('Acme Net: mx.acme.test');
    expect(resolvePlaceholders('{{ispName}}のサーバー', 'ja', config)).toBe('アクメネットのサーバー');
    expect(resolvePlaceholders('{{supportEmail}} {{mailDomain}} {{webmailUrl}}', 'en', config)).toBe(
      'help@acme.test acme.test https://webmail.acme.test/',
    );
  });

  it('leaves unknown placeholders visible', () => {
    expect(resolvePlaceholders('{{nope}}', 'en', config)).toBe('{{nope}}');
  });
});
