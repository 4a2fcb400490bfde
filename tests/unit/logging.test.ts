import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '@/lib/auth/sign-in';
import { runJob } from '@/lib/jobs/run-job';
import { checkRequestSchema, runCheck, type CheckResult } from '@/lib/mail-check/run-check';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { deliverDueMail } from '@/lib/notifications/deliver-outbox';
import { fanOutEvents } from '@/lib/notifications/fan-out-events';
import { createMailSender, type MailSender } from '@/lib/notifications/mail-transport';
import { announceNotice } from '@/lib/notifications/notice-notifications';
import { CENSOR, logFormat, logger, logLevel, requestId, requestLogger } from '@/lib/operations/logger';
import { createStaffUser } from '@/lib/staff/staff-accounts';
import {
  makeCertificate,
  smtpScript,
  startFakeServer,
  submissionRegistry,
  trustCertificate,
  type FakeServer,
} from '../support/fake-mail-server';
import { captureLogs } from '../support/log-capture';
import { testMailWords } from '../support/mail-words';
import { createNotice, db } from '../support/notice-fixtures';
import { clearNotifications, createSubscriber } from '../support/subscriber-fixtures';

/** Who makes the account changes in these tests (their audit entries). */
const actor = { email: 'admin@example.test' };

/** Typed by a customer, a member of staff, or in SMTP_URL: must never reach a log line. */
const CANARY = 'canary-Pa55w0rd-9f3';

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => logs.restore());

/** Every captured line, and proof that none of them carries the canary (or another secret). */
function expectClean(...secrets: string[]) {
  expect(logs.lines.length).toBeGreaterThan(0);
  for (const line of logs.lines) {
    expect(() => JSON.parse(line)).not.toThrow();
    for (const secret of [CANARY, ...secrets]) expect(line).not.toContain(secret);
  }
}

const messages = () => logs.entries().map((e) => e.msg);

describe('the logger', () => {
  it('writes one JSON object per line with time, level label, area and message', () => {
    logger.child({ area: 'test' }).info({ count: 2 }, 'something happened');
    expect(logs.lines).toHaveLength(1);
    expect(logs.lines[0]!.endsWith('\n')).toBe(true);
    expect(logs.entries()[0]).toMatchObject({
      level: 'info',
      area: 'test',
      count: 2,
      msg: 'something happened',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('redacts secrets by configuration, at the top, nested and in headers', () => {
    logger.child({ area: 'test' }).warn(
      {
        password: CANARY,
        token: CANARY,
        authorization: `Bearer ${CANARY}`,
        cookie: `portal_session=${CANARY}`,
        'set-cookie': `portal_session=${CANARY}`,
        sessions: [CANARY],
        user: { password: CANARY, name: 'kept' },
        request: { body: { password: CANARY } },
        headers: {
          authorization: `Basic ${CANARY}`,
          cookie: CANARY,
          'set-cookie': CANARY,
          accept: 'text/html',
        },
        settings: { credentials: { username: 'u', password: CANARY } },
      },
      'secrets everywhere',
    );
    expectClean();
    const entry = logs.entries()[0]!;
    expect(entry).toMatchObject({
      password: CENSOR,
      token: CENSOR,
      authorization: CENSOR,
      cookie: CENSOR,
      'set-cookie': CENSOR,
      sessions: CENSOR,
      user: { password: CENSOR, name: 'kept' },
      request: { body: { password: CENSOR } },
      headers: { authorization: CENSOR, cookie: CENSOR, 'set-cookie': CENSOR, accept: 'text/html' },
      settings: { credentials: CENSOR },
    });
  });

  it('logs an error as its class and codes, never its message', () => {
    const error = Object.assign(new Error(`Invalid login for ${CANARY}`), {
      code: 'EAUTH',
      responseCode: 535,
      response: `535 ${CANARY}`,
    });
    logger.child({ area: 'test' }).error({ err: error }, 'it failed');
    expectClean();
    expect(logs.entries()[0]!.err).toEqual({ type: 'Error', code: 'EAUTH', responseCode: 535 });
  });

  it('takes the request id from a plain X-Request-Id, else makes one', () => {
    const edge = 'c0ffee00c0ffee00c0ffee00c0ffee00';
    expect(requestId(new Headers({ 'x-request-id': edge }))).toBe(edge);
    for (const given of [undefined, 'short', 'has spaces in it', 'x'.repeat(129), '{"json":"inside"}']) {
      const id = requestId(
        new Request('http://portal.test/', given ? { headers: { 'x-request-id': given } } : {}),
      );
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    requestLogger(new Request('http://portal.test/', { headers: { 'x-request-id': edge } }), 'check').info(
      'x',
    );
    expect(logs.entries()[0]).toMatchObject({ area: 'check', requestId: edge });
  });

  it('reads LOG_LEVEL and LOG_FORMAT, pretty by default only on a terminal', () => {
    expect(logLevel({})).toBe('info');
    expect(logLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(logLevel({ LOG_LEVEL: 'verbose' })).toBe('info');
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
  });

  it('logs a job that ran with its duration, and one that failed', async () => {
    await runJob('logging-test-job', async () => ({ sent: 2, failed: 0 }));
    await expect(
      runJob('logging-test-job', async () => {
        throw new Error(CANARY);
      }),
    ).rejects.toThrow();
    expectClean();
    expect(logs.entries()).toEqual([
      expect.objectContaining({
        level: 'info',
        area: 'jobs',
        job: 'logging-test-job',
        sent: 2,
        msg: 'job completed',
      }),
      expect.objectContaining({ level: 'error', area: 'jobs', job: 'logging-test-job', msg: 'job failed' }),
    ]);
    expect(logs.entries()[0]!.durationMs).toEqual(expect.any(Number));
  });
});

describe('no secret in the log', () => {
  let server: FakeServer;
  let relayServer: FakeServer;
  let registry: MailRegistry;

  beforeAll(async () => {
    const certificate = await makeCertificate();
    // The mailbox's password is the canary: the login test passes only when it is sent.
    server = await startFakeServer(smtpScript({ certificate, password: CANARY }));
    // A relay that wants another password than SMTP_URL's (the canary).
    relayServer = await startFakeServer(smtpScript({ certificate, password: 'the relay password' }));
    trustCertificate(certificate);
    registry = submissionRegistry(server.port);
  });
  afterAll(async () => {
    await server.close();
    await relayServer.close();
  });

  it('after a checker login test with the password, right and wrong', async () => {
    await db.rateEvent.deleteMany();
    await db.checkReport.deleteMany();
    const check = (password: string, ip: string) =>
      runCheck(
        registry,
        checkRequestSchema.parse({
          email: 'taro@example.test',
          password,
          client: 'outlook',
          outgoing: { server: 'mail.example.test', port: server.port, security: 'starttls', auth: 'on' },
        }),
        { ip, log: requestLogger(new Request('http://portal.test/api/check'), 'check') },
      );
    expect(((await check(CANARY, '192.0.2.41')) as CheckResult).verdict).toBe('ok');
    expect(((await check(`${CANARY}-wrong`, '192.0.2.42')) as CheckResult).verdict).toBe('login-failed');
    expect(messages()).toEqual(['check completed', 'check completed']);
    expect(logs.entries().map((e) => e.verdict)).toEqual(['ok', 'login-failed']);
    expectClean('taro@example.test');
  });

  it('after a staff sign-in with a wrong password', async () => {
    await db.session.deleteMany();
    await db.user.deleteMany();
    await db.loginAttempt.deleteMany();
    await createStaffUser(
      { email: 'ed@example.test', role: 'editor', password: 'the right password' },
      actor,
    );
    logs.lines.length = 0;
    const meta = { ip: '192.0.2.43', userAgent: 'vitest' };
    expect(await signIn('ed@example.test', CANARY, meta)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn('nobody@example.test', CANARY, meta)).toEqual({ ok: false, reason: 'invalid' });
    expect(messages()).toEqual(['sign-in refused: invalid', 'sign-in refused: invalid']);
    expectClean('ed@example.test', 'nobody@example.test');
  });

  it('after failed SMTP deliveries: a relay refusing the login, and a reply that quotes a secret', async () => {
    await clearNotifications();
    const notice = await createNotice({ category: 'general' });
    const subscriber = await createSubscriber({
      topics: ['general'],
      email: 'hanako@subscribers.example.test',
    });
    await announceNotice(db, notice.id, 'e');
    await fanOutEvents();

    // The relay refuses SMTP_URL's credentials (535): retried later, as a configuration fault.
    const relay = createMailSender({
      smtpUrl: `smtp://relay-user:${encodeURIComponent(CANARY)}@127.0.0.1:${relayServer.port}`,
      from: 'notices@example.test',
      unsubscribeMailto: 'support@example.test',
      ca: fs.readFileSync(process.env.MAIL_CA_FILE!, 'utf8'),
      servername: 'mail.example.test',
    });
    const now = new Date();
    try {
      expect(await deliverDueMail({ sender: relay, words: testMailWords, now })).toMatchObject({
        retried: 1,
      });
    } finally {
      relay.close();
    }
    expect(logs.entries().find((e) => e.msg === 'delivery failed, will retry')).toMatchObject({
      area: 'notifications',
      retry: true,
      err: { code: 'EAUTH', responseCode: 535 },
    });

    // A relay whose reply quotes the password and the recipient.
    await db.outboxMessage.updateMany({ data: { status: 'queued', dueAt: now, claimedAt: null } });
    const echoing: MailSender = {
      kind: 'smtp',
      description: 'fault',
      async send() {
        throw Object.assign(new Error(`Invalid login: relay-user/${CANARY}`), {
          responseCode: 550,
          response: `550 5.7.1 <${subscriber.email}> refused, auth ${CANARY}`,
          code: 'EENVELOPE',
        });
      },
      close() {},
    };
    expect(await deliverDueMail({ sender: echoing, words: testMailWords, now })).toMatchObject({ failed: 1 });
    expect(messages()).toContain('delivery failed, given up');
    expect(logs.entries().find((e) => e.msg === 'delivery failed, given up')).toMatchObject({
      area: 'notifications',
      messages: 1,
      retry: false,
      err: { type: 'Error', code: 'EENVELOPE', responseCode: 550 },
    });
    expectClean(subscriber.email, 'relay-user');
  });
});

describe('the code', () => {
  it('has no console.* in lib/ and app/: everything logs through lib/operations/logger.ts', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        // As `grep -rn "console\." lib app` does: every file, generated ones included.
        if (entry.isDirectory()) walk(file);
        else {
          fs.readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/console\./.test(line)) found.push(`${path.relative(root, file)}:${i + 1}`);
            });
        }
      }
    };
    walk(path.join(root, 'lib'));
    walk(path.join(root, 'app'));
    expect(found).toEqual([]);
  });
});
