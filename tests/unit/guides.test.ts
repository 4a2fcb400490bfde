import { describe, expect, it } from 'vitest';
import { dnsRecords, zoneFileText } from '@/lib/autoconfig/dns-records';
import { guideForClient, parseGuideProgram } from '@/lib/guides/guide-programs';
import { parseGuideQuery } from '@/lib/guides/guide-request';
import { guidePlaceholderValues, resolveGuideText } from '@/lib/guides/guide-values';
import { renderGuideSection } from '@/lib/guides/render-guide';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { guides } from '@/prisma/seed-content/guides';

const demo = loadRegistryFile('config/mail-service.demo.json');
const withPort = (registry: MailRegistry, id: string, port: number): MailRegistry => ({
  ...registry,
  endpoints: registry.endpoints.map((e) => (e.id === id ? { ...e, port } : e)),
});

describe('guide values come from the registry', () => {
  it('fills each variant from the recommended endpoints', () => {
    const imap = guidePlaceholderValues(demo, 'imap', 'taro@example.test');
    expect(imap).toMatchObject({
      emailAddress: 'taro@example.test',
      username: 'taro@example.test',
      incomingProtocol: 'IMAP',
      incomingHost: 'mail.example.test',
      incomingPort: '993',
      incomingSecurity: 'SSL/TLS',
      outgoingPort: '587',
      outgoingSecurity: 'STARTTLS',
      outgoingPortAlt: '465',
      outgoingSecurityAlt: 'SSL/TLS',
    });
    const pop = guidePlaceholderValues({ ...demo, username: 'local-part' }, 'pop3', 'taro@example.test');
    expect(pop).toMatchObject({ incomingProtocol: 'POP3', incomingPort: '995', username: 'taro' });
    expect(guidePlaceholderValues(demo, 'imap', undefined).emailAddress).toBe('yourname@example.test');
  });

  it('a registry change shows up in every guide, in both languages, with nothing left unresolved', () => {
    const changed = withPort(withPort(demo, 'submissions', 2465), 'imaps', 1993);
    for (const guide of guides) {
      for (const locale of ['en', 'ja'] as const) {
        const values = guidePlaceholderValues(changed, 'imap', 'taro@example.test');
        const text = resolveGuideText(
          `${guide.newAccount[locale]}\n${guide.existingAccount[locale]}`,
          locale,
          values,
        );
        expect([guide.program, locale, text.includes('{{')]).toEqual([guide.program, locale, false]);
        expect([guide.program, locale, text.includes('1993')]).toEqual([guide.program, locale, true]);
        expect([guide.program, locale, text.includes('2465')]).toEqual([guide.program, locale, true]);
        expect(text).not.toMatch(/\b465\b|\b993\b/);
      }
    }
  });
});

describe('guide page query', () => {
  it('accepts known programs and maps checker clients to guides', () => {
    expect(parseGuideProgram('thunderbird')).toBe('thunderbird');
    expect(parseGuideProgram('other')).toBe('other');
    expect(parseGuideProgram('../etc')).toBeNull();
    expect(guideForClient('outlook')).toBe('outlook');
    expect(guideForClient('something-else')).toBe('other');
  });

  it('picks the variant and checks the address against our domains', () => {
    expect(parseGuideQuery(demo, ['imap', 'pop3'], {})).toEqual({ incoming: 'imap' });
    expect(parseGuideQuery(demo, ['imap', 'pop3'], { type: 'pop' }).incoming).toBe('pop3');
    expect(parseGuideQuery(demo, ['imap'], { type: 'pop3' }).incoming).toBe('imap');
    expect(parseGuideQuery(demo, ['imap'], { email: 'Taro@Example.test' })).toMatchObject({
      email: 'Taro@Example.test',
    });
    expect(parseGuideQuery(demo, ['imap'], { email: 'taro@elsewhere.test' }).emailProblem).toBe(
      'unknown-domain',
    );
    expect(parseGuideQuery(demo, ['imap'], { email: 'not an address' }).emailProblem).toBe('invalid');
    expect(parseGuideQuery(demo, ['imap'], { email: 'a@example.test\r\nBcc: x' }).emailProblem).toBe(
      'invalid',
    );
    expect(
      parseGuideQuery(demo, ['imap'], { email: ['a@example.test', 'b@example.test'] }).email,
    ).toBeUndefined();
  });
});

describe('DNS records for automatic setup', () => {
  it('lists SRV records per service with the registry ports and priorities', () => {
    const records = dnsRecords(demo, 'support.example.test');
    const data = (name: string) => records.filter((r) => r.name === name).map((r) => r.data);
    expect(data('_submission._tcp.example.test.')).toEqual(['0 1 587 mail.example.test.']);
    expect(data('_submissions._tcp.example.test.')).toEqual(['0 1 465 mail.example.test.']);
    expect(data('_imaps._tcp.example.test.')).toEqual(['0 1 993 mail.example.test.']);
    expect(data('_imap._tcp.example.test.')).toEqual(['10 1 143 mail.example.test.']);
    expect(data('_pop3._tcp.example.test.')).toEqual(['10 1 110 mail.example.test.']);
    expect(records.some((r) => r.data.includes(' 25 '))).toBe(false);
    expect(data('autoconfig.example.test.')).toEqual(['support.example.test.']);
    expect(zoneFileText(records)).toContain(
      '_submission._tcp.example.test. 3600 IN SRV 0 1 587 mail.example.test.',
    );
  });

  it('follows a port change and marks services we do not offer', () => {
    const changed = withPort(demo, 'submissions', 2465);
    const noPop = { ...changed, endpoints: changed.endpoints.filter((e) => e.protocol !== 'pop3') };
    const records = dnsRecords(noPop, 'support.example.test');
    expect(records.find((r) => r.name === '_submissions._tcp.example.test.')?.data).toBe(
      '0 1 2465 mail.example.test.',
    );
    expect(records.find((r) => r.name === '_pop3s._tcp.example.test.')).toMatchObject({
      data: '0 0 0 .',
      kind: 'unavailable',
    });
  });
});

describe('guide sections rendered once, values filled in per request', () => {
  it('gives the same HTML as filling the values in before Markdown, for every guide and variant', () => {
    for (const guide of guides) {
      for (const locale of ['en', 'ja'] as const) {
        for (const incoming of guide.incoming) {
          const values = guidePlaceholderValues(demo, incoming, 'taro@example.test');
          for (const text of [guide.newAccount[locale]!, guide.existingAccount[locale]!]) {
            expect(renderGuideSection(text, locale, values)).toBe(
              renderMarkdown(resolveGuideText(text, locale, values)),
            );
          }
        }
      }
    }
  });

  it('escapes the values it fills in and never reads them as Markdown', () => {
    const values = {
      ...guidePlaceholderValues(demo, 'imap', undefined),
      emailAddress: 'a_b_c@example.test<x>',
    };
    const html = renderGuideSection('Address: {{emailAddress}}, server `{{incomingHost}}`', 'en', values);
    expect(html).toContain('a_b_c@example.test&lt;x&gt;');
    expect(html).not.toContain('<em>');
    expect(html).toContain('<code>mail.example.test</code>');
  });
});
