import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordMailRecord, waySentence } from '@/lib/mail-events/customer-record';
import { concludeMailbox, type PatternRow } from '@/lib/mail-events/mailbox-patterns';
import { registrySchema } from '@/lib/mail-registry/registry-schema';

/** The customer's record in words (docs/mail-events.md, "For the customer"), in both languages. */

const demo = registrySchema.parse(JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')));
const NOW = new Date('2026-12-07T03:00:00Z'); // 12:00 in Tokyo

function row(day: string, overrides: Partial<PatternRow> = {}): PatternRow {
  return {
    day,
    kind: 'login',
    protocol: 'pop3',
    port: 110,
    tls: 'no',
    tlsVersion: '',
    mechanism: 'PLAIN',
    network: 'customer',
    result: 'plaintext-refused',
    count: 40,
    firstSeen: new Date(`${day}T00:10:00+09:00`),
    lastSeen: new Date(`${day}T09:14:00+09:00`),
    ...overrides,
  };
}

const plaintextDays = ['2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'].map((d) =>
  row(d),
);
const imapOk = ['2026-12-06', '2026-12-07'].map((d) =>
  row(d, {
    protocol: 'imap',
    port: 993,
    tls: 'yes',
    tlsVersion: 'TLSv1.3',
    network: 'outside',
    result: 'ok',
    count: 12,
    lastSeen: new Date(`${d}T08:02:00+09:00`),
  }),
);

const conclude = (patterns: PatternRow[]) => ({
  ...concludeMailbox({ patterns, registry: demo, now: NOW }),
  masked: 'de***@example.test',
});

describe('the customer record in words', () => {
  it('says each way in plain words: where, how, how often, when last', () => {
    const [way] = conclude(plaintextDays).ways;
    expect(waySentence(way!, 'en')).toBe(
      'Something on a home connection (one of our lines) tries to sign in with POP3 on port 110 without encryption and is refused: about 40 times a day, last on December 7 at 09:14.',
    );
    expect(waySentence(way!, 'ja')).toBe(
      'ご自宅など当社の回線につながった機器が、POP3（ポート110）に暗号化なしでログインしようとして、拒否されています。1日に約40回、最後は12月7日 09:14です。',
    );
  });

  it('gives each finding its policy date and the registry statement, what is likely behind it and the advice', () => {
    const record = wordMailRecord(conclude([...plaintextDays, ...imapOk]), { locale: 'en', registry: demo });
    expect(record.heading).toBe('What our servers saw from your mailbox in the last 7 days');
    expect(record.intro).toContain('de***@example.test');
    expect(record.findings).toHaveLength(1);
    const [finding] = record.findings;
    expect(finding!.concern).toBe('plaintext-login');
    expect(finding!.meaning).toBe('This stopped working on August 1, 2022.');
    const policy = demo.policies.find((p) => p.id === 'encrypted-login-required')!;
    expect(finding!.policy).toMatchObject({ id: policy.id, effective: '2022-08-01', inForce: true });
    expect(finding!.policy!.statement).toBe(policy.statement!.en);
    expect(finding!.likely).toContain('older program or device');
    expect(finding!.otherDevice).toBeDefined(); // IMAP on 993 works: a second device
    expect(finding!.advice).toBe("In that program's account settings, turn on SSL/TLS and use port 995.");
    expect(finding!.steps).toBeUndefined(); // no program checked: none can be told
    expect(record.fine).toEqual([
      'Something outside our network (for example a phone on mobile data) signs in with IMAP on port 993 (encrypted, TLS 1.3): about 12 times a day, last on December 7 at 08:02.',
    ]);

    const ja = wordMailRecord(conclude([...plaintextDays, ...imapOk]), { locale: 'ja', registry: demo });
    expect(ja.heading).toBe('過去7日間に当社のメールサーバーが記録した、このメールアドレスのご利用状況');
    expect(ja.findings[0]!.meaning).toBe('この方法は2022年8月1日からご利用いただけなくなりました。');
    expect(ja.findings[0]!.policy!.statement).toBe(policy.statement!.ja);
    // The view sets the sentences side by side as the record's language does.
    expect([record.locale, ja.locale]).toEqual(['en', 'ja']);
  });

  it("adds the steps on the customer's program when the way is the one they checked", () => {
    const record = wordMailRecord(conclude(plaintextDays), {
      locale: 'en',
      registry: demo,
      settings: {
        client: 'thunderbird',
        incoming: {
          protocol: 'pop3',
          server: 'pop.example.test',
          port: 110,
          security: 'none',
          auth: 'password',
        },
      },
    });
    const steps = record.findings[0]!.steps!;
    expect(steps.heading).toBe('This is the setting you checked in Thunderbird. To change it:');
    const texts = steps.groups.flatMap((g) => g.steps.map((s) => s.text));
    expect(texts.join(' ')).toMatch(/995/);
    expect(texts.join(' ')).toMatch(/SSL\/TLS/);

    // Another program's way (IMAP checked, POP3 seen): no steps, only the advice.
    const other = wordMailRecord(conclude(plaintextDays), {
      locale: 'en',
      registry: demo,
      settings: {
        client: 'thunderbird',
        incoming: {
          protocol: 'imap',
          server: 'imap.example.test',
          port: 993,
          security: 'tls',
          auth: 'password',
        },
      },
    });
    expect(other.findings[0]!.steps).toBeUndefined();
  });

  it('says an announced policy will stop it, and names no policy the registry does not have', () => {
    const future = {
      ...demo,
      policies: demo.policies.map((p) =>
        p.id === 'minimum-tls-version' ? { ...p, effective: '2027-04-01' } : p,
      ),
    };
    const tls10 = row('2026-12-07', { tls: 'yes', tlsVersion: 'TLSv1', result: 'ok', port: 995, count: 3 });
    const record = wordMailRecord(
      { ...concludeMailbox({ patterns: [tls10], registry: future, now: NOW }), masked: null },
      { locale: 'en', registry: future },
    );
    expect(record.findings.map((f) => f.concern)).toEqual(['old-tls']);
    expect(record.findings[0]!.meaning).toBe('This will stop working on April 1, 2027.');
    expect(record.findings[0]!.ways[0]).toContain('3 times on one day');

    const none = { ...demo, policies: [] };
    const bare = wordMailRecord(
      { ...concludeMailbox({ patterns: plaintextDays, registry: none, now: NOW }), masked: null },
      { locale: 'ja', registry: none },
    );
    expect(bare.findings).toEqual([]);
  });

  it('says so when nothing was seen, and words failures and a full mailbox without a policy', () => {
    const empty = wordMailRecord({ ways: [], findings: [], masked: null }, { locale: 'en', registry: demo });
    expect(empty.empty).toBe(
      'Our servers recorded no sign-ins and no mail for this mailbox in the last 7 days.',
    );
    const record = wordMailRecord(
      conclude([
        row('2026-12-06', {
          tls: 'yes',
          tlsVersion: 'TLSv1.2',
          port: 993,
          protocol: 'imap',
          result: 'failed',
          count: 6,
        }),
        row('2026-12-07', {
          kind: 'over-quota',
          protocol: 'smtp',
          port: 25,
          network: 'outside',
          result: 'refused',
          count: 2,
          tls: 'unknown',
        }),
      ]),
      { locale: 'ja', registry: demo },
    );
    expect(record.findings.map((f) => f.concern).sort()).toEqual(['over-quota', 'password-failures']);
    for (const finding of record.findings) expect(finding.policy).toBeUndefined();
    expect(record.findings.find((f) => f.concern === 'over-quota')!.ways[0]).toContain(
      'メールボックスの容量がいっぱい',
    );
  });
});

describe('a way behind two findings', () => {
  it('is said once: a relay refusal on port 25 after a POP3 login is port 25 and POP before SMTP', () => {
    const refusal = row('2026-12-07', {
      kind: 'relay-refused',
      protocol: 'smtp',
      port: 25,
      result: 'refused',
      count: 2,
    });
    const pop = row('2026-12-07', { port: 995, tls: 'yes', tlsVersion: 'TLSv1.2', result: 'ok', count: 6 });
    const at = new Date('2026-12-07T01:00:00Z');
    const conclusion = concludeMailbox({
      patterns: [refusal, pop],
      pairing: [
        { at, clientKey: 'k', what: 'pop3-login' },
        { at: new Date(at.getTime() + 60_000), clientKey: 'k', what: 'relay-refused' },
      ],
      registry: demo,
      now: NOW,
    });
    const record = wordMailRecord({ ...conclusion, masked: null }, { locale: 'en', registry: demo });
    expect(record.findings.map((f) => f.concern)).toEqual([
      'port-25-from-customer-network',
      'pop-before-smtp',
    ]);
    expect(record.findings[0]!.ways).toHaveLength(1);
    expect(record.findings[1]!.ways).toEqual([]);
    expect(record.findings[1]!.otherDevice).toBeUndefined();
  });
});
