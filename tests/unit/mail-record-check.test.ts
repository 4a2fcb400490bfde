import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_MAILBOX, startDemoMail } from '@/lib/demo/mail/start-demo-mail';
import type { MailEvent } from '@/lib/mail-events/mail-event';
import { mailEventsHashKey } from '@/lib/mail-events/mailbox-identity';
import { writeMailEvents } from '@/lib/mail-events/store-events';
import { checkRequestSchema, runCheck, type CheckResult } from '@/lib/mail-check/run-check';
import { parseRegistry } from '@/lib/mail-registry/load-registry';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { db } from '../support/notice-fixtures';

/**
 * The checker's answer carries the mailbox's record only after a login test that succeeded, and only
 * the record of the mailbox signed in to (docs/mail-events.md, "For the customer").
 */

let registry: MailRegistry;
let stop: () => Promise<unknown>;
let dir: string;
const callerCa = process.env.MAIL_CA_FILE;
const OTHER = 'neighbour@example.test';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-record-check-'));
  const demo = parseRegistry(JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')));
  const mail = await startDemoMail({ dir, registry: demo, portOffset: 37_000 });
  stop = mail.stop;
  registry = parseRegistry(JSON.parse(fs.readFileSync(mail.registryFile, 'utf8')));
  process.env.MAIL_CA_FILE = mail.caFile;
});
afterAll(async () => {
  if (callerCa === undefined) delete process.env.MAIL_CA_FILE;
  else process.env.MAIL_CA_FILE = callerCa;
  await stop?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

let serial = 0;
const event = (user: string, overrides: Partial<MailEvent> = {}): MailEvent => ({
  source: 'dovecot',
  kind: 'login',
  at: new Date(Date.now() - 3_600_000 + ++serial * 1000),
  user,
  evidence: 'login',
  protocol: 'pop3',
  port: 110,
  tls: false,
  tlsVersion: null,
  mechanism: 'PLAIN',
  client: '198.51.100.23',
  result: 'plaintext-refused',
  key: `test:record-check-${serial}`,
  ...overrides,
});

beforeEach(async () => {
  await db.rateEvent.deleteMany();
  await db.checkReport.deleteMany();
  await db.mailEvent.deleteMany();
  await db.mailUsagePattern.deleteMany();
  await db.mailEventMailbox.deleteMany();
  const context = { registry, hashKey: mailEventsHashKey(), now: new Date() };
  // The demo mailbox: an old device on POP3 110 without encryption. The neighbour: port 25.
  await writeMailEvents([event(DEMO_MAILBOX.username), event(DEMO_MAILBOX.username)], context);
  await writeMailEvents(
    [
      event(OTHER, {
        source: 'postfix',
        protocol: 'smtp',
        port: 25,
        result: 'ok',
        tls: true,
        tlsVersion: 'TLSv1.2',
      }),
    ],
    context,
  );
});

const check = async (extra: Record<string, unknown>) =>
  (await runCheck(
    registry,
    checkRequestSchema.parse({
      client: 'thunderbird',
      incoming: { protocol: 'pop3', server: 'mail.example.test', port: 110, security: 'none' },
      locale: 'en',
      ...extra,
    }),
    { ip: '192.0.2.50' },
  )) as CheckResult;

describe("the mailbox's record in the checker's answer", () => {
  it('appears after a successful login test, for the mailbox signed in to only', async () => {
    const result = await check({
      email: DEMO_MAILBOX.username,
      password: DEMO_MAILBOX.password,
      incoming: { protocol: 'pop3', server: 'mail.example.test', port: 995, security: 'tls' },
    });
    expect(result.endpoints.some((e) => e.login === 'ok')).toBe(true);
    const record = result.mailRecord!;
    expect(record.heading).toBe('What our servers saw from your mailbox in the last 7 days');
    expect(record.masked).toBe('de***@example.test');
    expect(record.findings.map((f) => f.concern)).toEqual(['plaintext-login']);
    expect(record.findings[0]!.ways[0]).toContain('POP3 on port 110 without encryption');
    expect(JSON.stringify(record)).not.toContain('port 25');
    // Not in the stored report: staff see the check, not the mailbox's record.
    const stored = await db.checkReport.findFirst({ where: { id: result.reportId } });
    expect(JSON.stringify(stored)).not.toContain('What our servers saw');
  });

  it('never appears without the password, with a wrong one, or for a mailbox that was not signed in to', async () => {
    const noPassword = await check({ email: DEMO_MAILBOX.username });
    expect(noPassword.mailRecord).toBeUndefined();

    const wrong = await check({ email: DEMO_MAILBOX.username, password: 'not-the-password' });
    expect(wrong.verdict).toBe('login-failed');
    expect(wrong.mailRecord).toBeUndefined();

    // The demo password with another address: the login fails, nothing of either mailbox is shown.
    const other = await check({ email: OTHER, password: DEMO_MAILBOX.password });
    expect(other.mailRecord).toBeUndefined();
    expect(JSON.stringify(other)).not.toContain('ne***');
  });
});
