import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashMailbox, mailEventsHashKey } from '@/lib/mail-events/mailbox-identity';
import { composeReportLinkMail } from '@/lib/mail-events/report-link-mail';
import {
  openMailReportLink,
  REPORT_LINK_TTL_MS,
  REPORT_OPEN_WINDOW_MS,
  requestMailReport,
} from '@/lib/mail-events/report-links';
import { registrySchema } from '@/lib/mail-registry/registry-schema';
import { catalogMailWords } from '@/lib/notifications/catalog-mail-words';
import { db } from '../support/notice-fixtures';

/** "Send my mail report to this mailbox": limits, the link's life, and what is stored. */

const demo = registrySchema.parse(JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')));
const T0 = new Date('2026-12-07T03:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

beforeEach(async () => {
  await db.rateEvent.deleteMany();
  await db.mailReportLink.deleteMany();
});

const ask = (email: string, ip = '192.0.2.10', now = T0) =>
  requestMailReport({ email, locale: 'ja' }, ip, demo, now);

describe('asking for a report link', () => {
  it('mails a token for one of our mailboxes and stores only its hash and the mailbox hash', async () => {
    const result = await ask(' Taro@Example.test ');
    expect(result.ok && result.mail).toMatchObject({ email: 'taro@example.test', locale: 'ja' });
    const token = result.ok && result.mail ? result.mail.token : '';
    const rows = await db.mailReportLink.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash('sha256').update(token).digest('base64url'));
    expect(rows[0]!.mailboxHash).toBe(hashMailbox('taro@example.test', mailEventsHashKey()));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain('taro');
    expect(rows[0]!.expiresAt.getTime() - T0.getTime()).toBe(REPORT_LINK_TTL_MS);

    const mail = composeReportLinkMail(
      result.ok ? result.mail! : (null as never),
      await catalogMailWords('ja'),
    );
    expect(mail.to).toBe('taro@example.test');
    expect(mail.text).toContain(`/ja/mail-report?token=${token}`);
    expect(mail.subject).toContain('ご利用状況レポート');
  });

  it('answers the same for an address that is not ours, and mails nothing', async () => {
    expect(await ask('someone@gmail.com')).toEqual({ ok: true, mail: null });
    expect(await db.mailReportLink.count()).toBe(0);
  });

  it('mails one link per mailbox per 10 minutes and three a day (plus addresses count as one)', async () => {
    expect((await ask('hana@example.test')).ok).toBe(true);
    expect(await ask('hana+x@example.test', '192.0.2.11', at(5 * MIN))).toEqual({ ok: true, mail: null });
    const second = await ask('hana@example.test', '192.0.2.12', at(11 * MIN));
    expect(second.ok && second.mail).toBeTruthy();
    const third = await ask('hana@example.test', '192.0.2.13', at(22 * MIN));
    expect(third.ok && third.mail).toBeTruthy();
    expect(await ask('hana@example.test', '192.0.2.14', at(40 * MIN))).toEqual({ ok: true, mail: null });
    expect(await db.mailReportLink.count()).toBe(3);
  });

  it('limits one client to 10 requests an hour, whatever the addresses', async () => {
    for (let i = 0; i < 10; i++)
      expect((await ask(`user${i}@example.test`, '203.0.113.9', at(i))).ok).toBe(true);
    const refused = await ask('user10@example.test', '203.0.113.9', at(20));
    expect(refused).toMatchObject({ ok: false, error: 'rate-limited' });
  });
});

describe('opening a report link', () => {
  const tokenFor = async (email: string, now = T0) => {
    const result = await ask(email, '192.0.2.20', now);
    if (!result.ok || !result.mail) throw new Error('no link');
    return result.mail.token;
  };

  it('opens for 30 minutes after the first opening, then never again', async () => {
    const token = await tokenFor('jiro@example.test');
    const first = await openMailReportLink(token, at(60 * MIN));
    expect(first).toMatchObject({
      ok: true,
      mailboxHash: hashMailbox('jiro@example.test', mailEventsHashKey()),
    });
    expect(first.ok && first.until).toEqual(at(60 * MIN + REPORT_OPEN_WINDOW_MS));
    expect((await openMailReportLink(token, at(80 * MIN))).ok).toBe(true); // a reload
    expect(await openMailReportLink(token, at(91 * MIN))).toEqual({ ok: false, error: 'unusable' });
  });

  it('expires after 24 hours unopened, and knows no other token', async () => {
    const token = await tokenFor('saburo@example.test');
    expect(await openMailReportLink(token, at(REPORT_LINK_TTL_MS + 1))).toEqual({
      ok: false,
      error: 'unusable',
    });
    expect(await openMailReportLink(`${token.slice(0, -1)}A`, at(MIN))).toEqual({
      ok: false,
      error: 'unusable',
    });
    expect(await openMailReportLink('short', at(MIN))).toEqual({ ok: false, error: 'unusable' });
  });

  it('records the first opening once when two open it at the same moment', async () => {
    const token = await tokenFor('shiro@example.test');
    const [a, b] = await Promise.all([
      openMailReportLink(token, at(MIN)),
      openMailReportLink(token, at(MIN + 5)),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.ok && b.ok && a.until.getTime()).toBe(b.ok ? b.until.getTime() : -1);
  });
});
