import { describe, expect, it } from 'vitest';
import { GUIDE_PLACEHOLDERS, GUIDE_PROGRAMS } from '@/lib/guides/guide-programs';
import { PLACEHOLDERS } from '@/lib/site/placeholders';
import { guides } from '@/prisma/seed-content/guides';

const LOCALES = ['en', 'ja'] as const;
const TEXT_FIELDS = ['name', 'summary', 'newAccount', 'existingAccount'] as const;
const ALLOWED_PLACEHOLDERS = new Set<string>([...GUIDE_PLACEHOLDERS, ...PLACEHOLDERS]);

/** Every text of every guide, labelled for readable failures. */
const texts = guides.flatMap((guide) =>
  TEXT_FIELDS.flatMap((field) =>
    LOCALES.map((locale) => ({
      where: `${guide.program}.${field}.${locale}`,
      text: guide[field][locale] ?? '',
    })),
  ),
);

describe('setup guide content', () => {
  it('has exactly one guide per program, in the order of GUIDE_PROGRAMS', () => {
    expect(guides.map((g) => g.program)).toEqual([...GUIDE_PROGRAMS]);
  });

  it('writes every text field in English and Japanese', () => {
    const empty = texts.filter((t) => t.text.trim() === '').map((t) => t.where);
    expect(empty).toEqual([]);
  });

  it('lists IMAP first where a program supports both incoming protocols', () => {
    for (const guide of guides) {
      expect(guide.incoming.length, guide.program).toBeGreaterThan(0);
      expect(new Set(guide.incoming).size, guide.program).toBe(guide.incoming.length);
      if (guide.incoming.includes('imap')) expect(guide.incoming[0], guide.program).toBe('imap');
    }
  });

  it('never types a port number into the text', () => {
    const ports = /(?<![\d.,])(?:25|110|143|465|587|993|995)(?![\d])/;
    const found = texts
      .filter((t) => ports.test(t.text))
      .map((t) => `${t.where}: ${t.text.match(ports)![0]}`);
    expect(found).toEqual([]);
  });

  it('never types a host name into the text', () => {
    const hosts = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:test|example|invalid|localhost|com|net|org|jp)\b/i;
    const found = texts
      .filter((t) => hosts.test(t.text))
      .map((t) => `${t.where}: ${t.text.match(hosts)![0]}`);
    expect(found).toEqual([]);
    expect(texts.filter((t) => /example\.test/i.test(t.text))).toEqual([]);
  });

  it('uses only known placeholders', () => {
    const unknown = texts.flatMap((t) =>
      [...t.text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)]
        .map((m) => m[1]!)
        .filter((name) => !ALLOWED_PLACEHOLDERS.has(name))
        .map((name) => `${t.where}: {{${name}}}`),
    );
    expect(unknown).toEqual([]);
  });

  it('leaves no stray braces that would not resolve', () => {
    const stray = texts.filter((t) => /\{\{(?![a-zA-Z]+\}\})|(?<!\{\{[a-zA-Z]+)\}\}/.test(t.text));
    expect(stray.map((t) => t.where)).toEqual([]);
  });

  it('gives the incoming and outgoing ports in both sections, in both languages', () => {
    const missing: string[] = [];
    for (const guide of guides) {
      for (const field of ['newAccount', 'existingAccount'] as const) {
        for (const locale of LOCALES) {
          const text = guide[field][locale] ?? '';
          for (const placeholder of ['{{outgoingPort}}', '{{incomingPort}}']) {
            if (!text.includes(placeholder))
              missing.push(`${guide.program}.${field}.${locale}: ${placeholder}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('leaves the numbered steps for an existing account to the program model', () => {
    // The page shows the steps generated from lib/programs/ right after this text, so the text is
    // the prose around them (why, what to have ready, advice) and ends by leading into them.
    const numbered = guides.flatMap((guide) =>
      LOCALES.filter((locale) => /^\d+\. /m.test(guide.existingAccount[locale] ?? '')).map(
        (locale) => `${guide.program}.existingAccount.${locale}`,
      ),
    );
    expect(numbered).toEqual([]);
  });

  it('has a guide for Outlook 2010 / 2013 in both languages, right after classic Outlook', () => {
    const programs = guides.map((g) => g.program);
    expect(programs.indexOf('outlook-2013')).toBe(programs.indexOf('outlook') + 1);
    const guide = guides.find((g) => g.program === 'outlook-2013')!;
    expect(guide.supported).toBe(true);
    for (const field of TEXT_FIELDS)
      for (const locale of LOCALES) expect(guide[field][locale]?.trim(), `${field}.${locale}`).toBeTruthy();
    expect(guide.name.en).toMatch(/Outlook 2010/);
    expect(guide.name.ja).toMatch(/Outlook 2010/);
    // Its new-account steps explain that the list's “TLS” is STARTTLS and “SSL” is SSL/TLS.
    expect(guide.newAccount.ja).toContain('「TLS」が STARTTLS');
    expect(guide.newAccount.en).toContain('**TLS** means STARTTLS');
  });

  it('marks only the legacy Windows programs as unsupported', () => {
    expect(guides.filter((g) => !g.supported).map((g) => g.program)).toEqual(['legacy-windows']);
  });
});
