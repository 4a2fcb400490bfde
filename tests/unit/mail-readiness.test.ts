import fs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db/client';
import { installFaultHook } from '@/lib/db/fault-points';
import { createSession } from '@/lib/auth/sessions';
import type { MailEvent } from '@/lib/mail-events/mail-event';
import { mailAddressKey, openAddress, sealAddress } from '@/lib/mail-events/mailbox-address';
import { hashMailbox } from '@/lib/mail-events/mailbox-identity';
import { concludeMailbox } from '@/lib/mail-events/mailbox-patterns';
import { wayEndedBy } from '@/lib/mail-events/policy-ways';
import { listAffectedMailboxes, readPolicyReadiness } from '@/lib/mail-events/read-policy-readiness';
import { pruneMailboxCampaigns, rollUpAndPrune } from '@/lib/mail-events/retention';
import { writeMailEvents, type StoreContext } from '@/lib/mail-events/store-events';
import {
  composeMailboxNotice,
  deliverMailboxNotices,
  prepareMailboxNotice,
  queueMailboxNotice,
  sendMailboxNoticeTestCopy,
} from '@/lib/mail-events/tell-affected-mailboxes';
import { registrySchema, type MailRegistry } from '@/lib/mail-registry/registry-schema';
import type { ComposedMail } from '@/lib/notifications/compose-mail';
import type { MailSender } from '@/lib/notifications/mail-transport';
import { createStaffUser } from '@/lib/staff/staff-accounts';
import { testMailWords } from '../support/mail-words';

const request = vi.hoisted(() => ({ cookie: '' }));
// Route handlers read their words with next-intl's server API; outside Next, from the catalogs.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('use-intl/core');
  const catalogs = {
    en: (await import('@/messages/en.json')).default,
    ja: (await import('@/messages/ja.json')).default,
  };
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'en' | 'ja'; namespace: string }) =>
      createTranslator({
        locale,
        messages: catalogs[locale],
        namespace: namespace as never,
        timeZone: 'Asia/Tokyo',
      }),
  };
});
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === 'portal_session' && request.cookie ? { value: request.cookie } : undefined,
  }),
  headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.20' }),
}));

const demo: MailRegistry = registrySchema.parse(
  JSON.parse(fs.readFileSync('config/mail-service.demo.json', 'utf8')),
);
// The demo's policies, one announced for a date ahead so the trend runs on to it.
const registry: MailRegistry = {
  ...demo,
  policies: demo.policies.map((p) =>
    p.id === 'minimum-tls-version' ? { ...p, effective: '2026-12-20' } : p,
  ),
};
const KEY = 'unit-test-key';
const NOW = new Date('2026-12-07T03:00:00Z');
const context: StoreContext = { registry, hashKey: KEY, now: NOW };
const policy = (id: string) => registry.policies.find((p) => p.id === id)!;

let serial = 0;
function event(overrides: Partial<MailEvent> = {}): MailEvent {
  serial++;
  return {
    source: 'dovecot',
    kind: 'login',
    at: new Date(NOW.getTime() - 3_600_000 + serial * 1000),
    user: 'old.tablet@example.test',
    evidence: 'login',
    protocol: 'pop3',
    port: 110,
    tls: false,
    tlsVersion: null,
    mechanism: 'PLAIN',
    client: '198.51.100.23',
    result: 'plaintext-refused',
    key: `readiness:${serial}`,
    ...overrides,
  };
}
const secure = (user: string, at?: Date) =>
  event({
    user,
    protocol: 'imap',
    port: 993,
    tls: true,
    tlsVersion: 'TLSv1.3',
    result: 'ok',
    ...(at ? { at } : {}),
  });

class CapturingSender implements MailSender {
  readonly kind = 'capture' as const;
  readonly description = 'test';
  sent: ComposedMail[] = [];
  failWith: Error | null = null;
  async send(mail: ComposedMail) {
    if (this.failWith) throw this.failWith;
    this.sent.push(mail);
  }
  close() {}
}

beforeEach(async () => {
  await prisma.mailboxCampaign.deleteMany();
  await prisma.mailEvent.deleteMany();
  await prisma.mailUsagePattern.deleteMany();
  await prisma.mailEventMailbox.deleteMany();
  await prisma.mailUsageDaily.deleteMany();
  await prisma.auditEntry.deleteMany();
});

describe('the policy rules', () => {
  it('are the customer record’s: every way the record names under a policy is one the rule ends', () => {
    const ways = [
      {
        kind: 'login',
        protocol: 'pop3',
        port: 110,
        tls: 'no',
        tlsVersion: '',
        network: 'customer',
        result: 'ok',
      },
      {
        kind: 'login',
        protocol: 'imap',
        port: 993,
        tls: 'yes',
        tlsVersion: 'TLSv1',
        network: 'outside',
        result: 'ok',
      },
      {
        kind: 'login',
        protocol: 'smtp',
        port: 25,
        tls: 'no',
        tlsVersion: '',
        network: 'customer',
        result: 'failed',
      },
      {
        kind: 'login',
        protocol: 'imap',
        port: 993,
        tls: 'yes',
        tlsVersion: 'TLSv1.3',
        network: 'customer',
        result: 'ok',
      },
    ];
    const { findings } = concludeMailbox({
      patterns: ways.map((w) => ({
        ...w,
        day: '2026-12-07',
        mechanism: 'PLAIN',
        count: 1,
        firstSeen: NOW,
        lastSeen: NOW,
      })),
      registry,
      now: NOW,
    });
    for (const finding of findings.filter((f) => f.policy && f.policy !== 'pop-before-smtp-ended'))
      for (const index of finding.ways)
        expect(wayEndedBy(finding.policy!, ways[index]!, registry.policies)).toBe(true);
    expect(wayEndedBy('encrypted-login-required', ways[3]!, registry.policies)).toBe(false);
  });
});

describe('sealed addresses', () => {
  it('are kept only for mailboxes that may reach a policy’s list, and open only for their own row', async () => {
    await writeMailEvents([event(), secure('fine@example.test')], context);
    const rows = await prisma.mailEventMailbox.findMany({ orderBy: { masked: 'asc' } });
    const tablet = rows.find((r) => r.masked.startsWith('fi') === false)!;
    const fine = rows.find((r) => r.masked.startsWith('fi'))!;
    expect(fine.address).toBe('');
    expect(tablet.address).toMatch(/^v1\./);
    expect(tablet.address).not.toContain('old.tablet');
    const key = mailAddressKey()!;
    expect(openAddress(tablet.address, tablet.mailboxHash, key)).toBe('old.tablet@example.test');
    expect(openAddress(tablet.address, fine.mailboxHash, key)).toBeNull();
    expect(openAddress(sealAddress('x@example.test', 'h', key), 'h', Buffer.alloc(32))).toBeNull();
    // None without a key (production without MAIL_EVENTS_ADDRESS_KEY).
    expect(mailAddressKey({ NODE_ENV: 'production' } as unknown as NodeJS.ProcessEnv)).toBeNull();
    await writeMailEvents([event({ user: 'nokey@example.test' })], { ...context, addressKey: null });
    expect(
      (
        await prisma.mailEventMailbox.findUnique({
          where: { mailboxHash: hashMailbox('nokey@example.test', KEY) },
        })
      )?.address,
    ).toBe('');
  });
});

describe('readiness per policy', () => {
  it('counts the mailboxes still affected, by way and network, with the trend up to the date', async () => {
    const day = 86_400_000;
    await writeMailEvents(
      [
        event(),
        event(),
        event({ user: 'second@example.test', client: '192.0.2.9' }),
        // Nine days ago: in the trend, no longer "still affected".
        event({ user: 'earlier@example.test', at: new Date(NOW.getTime() - 9 * day) }),
        secure('fine@example.test'),
        event({
          user: 'tls@example.test',
          protocol: 'imap',
          port: 993,
          tls: true,
          tlsVersion: 'TLSv1.1',
          result: 'ok',
        }),
      ],
      context,
    );
    const readiness = await readPolicyReadiness(policy('encrypted-login-required'), registry, NOW);
    expect(readiness.affected).toBe(2);
    expect(readiness.addressable).toBe(2);
    expect(readiness.ways).toEqual([
      expect.objectContaining({
        protocol: 'pop3',
        port: 110,
        tls: 'no',
        network: 'customer',
        mailboxes: 1,
        events: 2,
      }),
      expect.objectContaining({ protocol: 'pop3', port: 110, network: 'outside', mailboxes: 1, events: 1 }),
    ]);
    const today = readiness.trend.find((d) => d.day === '2026-12-07')!;
    expect(today).toMatchObject({ mailboxes: 2, events: 3, source: 'mailboxes' });
    expect(readiness.trend.find((d) => d.day === '2026-11-28')).toMatchObject({ mailboxes: 1 });

    const tls = await readPolicyReadiness(policy('minimum-tls-version'), registry, NOW);
    expect(tls.affected).toBe(1);
    expect(tls.daysLeft).toBe(13);
    expect(tls.trend.at(-1)).toMatchObject({ day: '2026-12-20', source: 'none' });

    const list = await listAffectedMailboxes(policy('encrypted-login-required'), registry, {
      now: NOW,
      take: 1,
    });
    expect(list.total).toBe(2);
    expect(list.rows).toEqual([
      expect.objectContaining({ masked: 'se***@example.test', events: 1, toldAt: null }),
    ]);
  });

  it('uses the daily totals for days past the retention', async () => {
    await writeMailEvents([event({ at: new Date(NOW.getTime() - 12 * 86_400_000) })], context);
    await rollUpAndPrune(new Date(NOW.getTime()), 14);
    await rollUpAndPrune(new Date(NOW.getTime() + 10 * 86_400_000), 14);
    const later = new Date(NOW.getTime() + 10 * 86_400_000);
    const readiness = await readPolicyReadiness(policy('encrypted-login-required'), registry, later);
    expect(readiness.trend.find((d) => d.day === '2026-11-25')).toMatchObject({
      mailboxes: 1,
      source: 'daily',
    });
  });

  it('pairs POP before SMTP from the events: a relay refusal after a POP3 login from the same address', async () => {
    const at = NOW.getTime() - 600_000;
    await writeMailEvents(
      [
        event({
          user: 'popper@example.test',
          port: 110,
          tls: true,
          tlsVersion: 'TLSv1.2',
          result: 'ok',
          at: new Date(at),
          client: '198.51.100.50',
        }),
        event({
          source: 'postfix',
          kind: 'relay-refused',
          user: 'popper@example.test',
          evidence: 'sender',
          protocol: 'smtp',
          port: 25,
          tls: false,
          result: 'refused',
          mechanism: null,
          at: new Date(at + 60_000),
          client: '198.51.100.50',
        }),
      ],
      context,
    );
    const readiness = await readPolicyReadiness(policy('pop-before-smtp-ended'), registry, NOW);
    expect(readiness.affected).toBe(1);
    expect(readiness.addressable).toBe(1);
    // By way: the refused send's port, encryption and network.
    expect(readiness.ways).toEqual([
      {
        kind: 'relay-refused',
        protocol: 'smtp',
        port: 25,
        tls: 'no',
        tlsVersion: '',
        network: 'customer',
        mailboxes: 1,
        events: 1,
      },
    ]);
  });
});

describe('Tell these mailboxes', () => {
  const actor = { email: 'admin@example.test', ip: '192.0.2.20' };
  const seed = () =>
    writeMailEvents([event(), event({ user: 'second@example.test' }), secure('fine@example.test')], context);

  it('prepares a draft with the count, sends the test copy to staff only, then queues each mailbox once', async () => {
    await seed();
    const prepared = await prepareMailboxNotice({
      policyId: 'encrypted-login-required',
      registry,
      actor,
      now: NOW,
    });
    expect(prepared).toMatchObject({ ok: true, count: 2 });
    if (!prepared.ok) return;
    const sender = new CapturingSender();
    expect(
      await sendMailboxNoticeTestCopy({
        campaignId: prepared.campaignId,
        to: actor.email,
        sender,
        words: testMailWords,
      }),
    ).toBe(true);
    expect(sender.sent.map((m) => m.to)).toEqual([actor.email]);
    expect(sender.sent[0]!.subject).toContain('【テスト送信】');
    // Held messages are not delivered before the staff member sends.
    expect((await deliverMailboxNotices({ sender, words: testMailWords, now: NOW })).sent).toBe(0);

    expect(
      await queueMailboxNotice({ campaignId: prepared.campaignId, confirmedCount: 3, actor, now: NOW }),
    ).toEqual({
      ok: false,
      error: 'count-changed',
      count: 2,
    });
    expect(
      await queueMailboxNotice({ campaignId: prepared.campaignId, confirmedCount: 2, actor, now: NOW }),
    ).toEqual({
      ok: true,
      count: 2,
    });
    // A second submit sends nothing twice.
    expect(
      await queueMailboxNotice({ campaignId: prepared.campaignId, confirmedCount: 2, actor, now: NOW }),
    ).toEqual({
      ok: false,
      error: 'already-queued',
    });
    sender.sent = [];
    const report = await deliverMailboxNotices({ sender, words: testMailWords, now: NOW });
    expect(report.sent).toBe(2);
    expect(sender.sent.map((m) => m.to).sort()).toEqual(['old.tablet@example.test', 'second@example.test']);
    expect(sender.sent[0]!.text).toMatch(
      /メール設定チェック[\s\S]*Please check|お使いのメールソフト[\s\S]*mail settings check/,
    );
    expect(await deliverMailboxNotices({ sender, words: testMailWords, now: NOW })).toMatchObject({
      sent: 0,
    });
    // Sent: the address is no longer kept with the message.
    expect(
      (await prisma.mailboxCampaignMessage.findMany()).every((m) => m.address === '' && m.status === 'sent'),
    ).toBe(true);
    // A new campaign for the same policy does not tell them again.
    const again = await prepareMailboxNotice({
      policyId: 'encrypted-login-required',
      registry,
      actor,
      now: NOW,
    });
    expect(again).toMatchObject({ ok: true, count: 0 });
    const audit = await prisma.auditEntry.findMany({ orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'mail-campaign.test',
      'mail-campaign.send',
      'mail-campaign.test',
    ]);
    expect(audit[1]).toMatchObject({ actorEmail: actor.email, targetId: 'encrypted-login-required' });
    expect(JSON.stringify(audit)).not.toContain('old.tablet');

    const readiness = await readPolicyReadiness(policy('encrypted-login-required'), registry, NOW);
    expect(readiness.told).toBe(2);
    // Afterwards: one changed (seen since without the old way), one not seen since.
    const later = new Date(NOW.getTime() + 3_600_000);
    await writeMailEvents([secure('old.tablet@example.test', new Date(later.getTime() - 60_000))], {
      ...context,
      now: later,
    });
    const after = await readPolicyReadiness(policy('encrypted-login-required'), registry, later);
    expect(after.afterTelling).toEqual({ sent: 2, changed: 1, still: 0, unseen: 1 });
  });

  it('forgets who was told once the policy is long in force, drafts after the retention, never a message in flight', async () => {
    await seed();
    // The policy announced for a date ahead; its messages must outlive the date by the retention.
    const policies = registry.policies.map((p) =>
      p.id === 'encrypted-login-required' ? { ...p, effective: '2026-12-20' } : p,
    );
    /** Prepares, queues and delivers the policy's notice to every mailbox it affects. */
    const tellAll = async () => {
      const prepared = await prepareMailboxNotice({
        policyId: 'encrypted-login-required',
        registry,
        actor,
        now: NOW,
      });
      if (!prepared.ok) throw new Error('not prepared');
      await queueMailboxNotice({
        campaignId: prepared.campaignId,
        confirmedCount: prepared.count,
        actor,
        now: NOW,
      });
      await deliverMailboxNotices({ sender: new CapturingSender(), words: testMailWords, now: NOW });
      return prepared.count;
    };
    expect(await tellAll()).toBe(2);
    // A draft never queued.
    expect(
      await prepareMailboxNotice({ policyId: 'minimum-tls-version', registry, actor, now: NOW }),
    ).toMatchObject({
      ok: true,
    });
    const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
    const none = { draftsDeleted: 0, messagesDeleted: 0, campaignsDeleted: 0 };
    expect(await pruneMailboxCampaigns(policies, day(1), 14)).toEqual(none);
    // Past the retention: the draft goes; the messages stay (the policy is not in force yet).
    expect(await pruneMailboxCampaigns(policies, day(15), 14)).toEqual({ ...none, draftsDeleted: 1 });
    expect(await prisma.mailboxCampaignMessage.count()).toBe(2);
    // Fourteen days after the policy's date: the sent ones go, one still in flight stays with its campaign.
    const [first] = await prisma.mailboxCampaignMessage.findMany({ orderBy: { id: 'asc' } });
    await prisma.mailboxCampaignMessage.update({ where: { id: first!.id }, data: { status: 'sending' } });
    expect(await pruneMailboxCampaigns(policies, day(30), 14)).toEqual({ ...none, messagesDeleted: 1 });
    expect(await prisma.mailboxCampaign.count()).toBe(1);
    await prisma.mailboxCampaignMessage.update({ where: { id: first!.id }, data: { status: 'sent' } });
    expect(await pruneMailboxCampaigns(policies, day(30), 14)).toEqual({
      ...none,
      messagesDeleted: 1,
      campaignsDeleted: 1,
    });
    // A policy no longer in the registry: its rows go once they are older than the retention.
    await seed();
    expect(await tellAll()).toBe(2);
    const without = registry.policies.filter((p) => p.id !== 'encrypted-login-required');
    expect((await pruneMailboxCampaigns(without, day(1), 14)).messagesDeleted).toBe(0);
    expect((await pruneMailboxCampaigns(without, day(15), 14)).messagesDeleted).toBe(2);
  });

  it('writes nothing when it fails between its steps (draft, messages and audit in one transaction)', async () => {
    await seed();
    for (const point of ['mailbox-notice.draft', 'mailbox-notice.held']) {
      const remove = installFaultHook((p) => {
        if (p === point) throw new Error(`fault at ${p}`);
      });
      await expect(
        prepareMailboxNotice({ policyId: 'encrypted-login-required', registry, actor, now: NOW }),
      ).rejects.toThrow(point);
      remove();
      expect(await prisma.mailboxCampaign.count()).toBe(0);
      expect(await prisma.mailboxCampaignMessage.count()).toBe(0);
      expect(await prisma.auditEntry.count()).toBe(0);
    }
    const prepared = await prepareMailboxNotice({
      policyId: 'encrypted-login-required',
      registry,
      actor,
      now: NOW,
    });
    if (!prepared.ok) throw new Error('not prepared');
    const remove = installFaultHook((p) => {
      if (p === 'mailbox-notice.queued') throw new Error('fault');
    });
    await expect(
      queueMailboxNotice({ campaignId: prepared.campaignId, confirmedCount: 2, actor }),
    ).rejects.toThrow();
    remove();
    expect(await prisma.mailboxCampaignMessage.count({ where: { status: 'queued' } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: 'mail-campaign.send' } })).toBe(0);
  });

  it('composes the notice in both languages, Japanese first, without the address in the text', async () => {
    const mail = composeMailboxNotice({
      id: 'x',
      to: 'old.tablet@example.test',
      masked: 'ol***@example.test',
      payload: {
        policy: 'encrypted-login-required',
        effective: '2022-08-01',
        notice: 'encrypted-login-required-2022',
      },
      words: { ja: await testMailWords('ja'), en: await testMailWords('en') },
      now: NOW,
    });
    expect(mail.text.indexOf('ol***@example.test')).toBeGreaterThan(-1);
    expect(mail.text).not.toContain('old.tablet');
    expect(mail.text.indexOf('いつも')).toBeLessThan(mail.text.indexOf('Thank you'));
    expect(mail.html).toContain('/ja/check');
    expect(mail.html).toContain('/en/notices/encrypted-login-required-2022');
  });
});

describe('authorization', () => {
  async function signedIn(role: 'editor' | 'admin') {
    const user = await createStaffUser(
      {
        email: `${role}-${Date.now()}-${Math.random()}@example.test`,
        role,
        password: 'a long enough password',
      },
      { email: 'setup@example.test' },
    );
    request.cookie = (await createSession(user.id, { ip: '192.0.2.20', userAgent: 'vitest' })).token;
    return user;
  }

  it('the CSV is for admins only and every download is audited', async () => {
    await writeMailEvents([event({ at: new Date(Date.now() - 60_000) })], { ...context, now: new Date() });
    const { GET } = await import('@/app/api/admin/mail-readiness/[dataset]/route');
    const call = () =>
      GET(new Request('http://portal.test/api/admin/mail-readiness/encrypted-login-required.csv?locale=ja'), {
        params: Promise.resolve({ dataset: 'encrypted-login-required.csv' }),
      });
    request.cookie = '';
    expect((await call()).status).toBe(401);
    await signedIn('editor');
    expect((await call()).status).toBe(403);
    expect(await prisma.auditEntry.count({ where: { action: 'mail-readiness.export' } })).toBe(0);
    const admin = await signedIn('admin');
    const response = await call();
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('ol***@example.test');
    expect(body).not.toContain('old.tablet');
    expect(body.split('\r\n')[0]).toContain('メールボックス');
    expect(await prisma.auditEntry.findFirst({ where: { action: 'mail-readiness.export' } })).toMatchObject({
      actorEmail: admin.email,
      targetId: 'encrypted-login-required',
    });
  });

  it('the campaign actions refuse editors inside the action', async () => {
    await signedIn('editor');
    const { prepareMailboxNoticeAction } =
      await import('@/app/[locale]/admin/_actions/mail-readiness-actions');
    const form = new FormData();
    form.set('policy', 'encrypted-login-required');
    form.set('locale', 'en');
    await expect(prepareMailboxNoticeAction(form)).rejects.toThrow();
    expect(await prisma.mailboxCampaign.count()).toBe(0);
  });
});
