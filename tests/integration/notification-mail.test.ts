import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { deliverDueMail } from '@/lib/notifications/deliver-outbox';
import { fanOutEvents } from '@/lib/notifications/fan-out-events';
import { createMailSender } from '@/lib/notifications/mail-transport';
import { announceNotice } from '@/lib/notifications/notice-notifications';
import { createNotice, db } from '../support/notice-fixtures';
import { testMailWords } from '../support/mail-words';
import { skipRealServers, useRealMailServers } from '../support/mail-servers/real-server-suite';
import { clearNotifications, createSubscriber } from '../support/subscriber-fixtures';

// Subscriber mail through a real Postfix (submission, STARTTLS, SMTP AUTH) into real Maildirs, read
// back with a real parser: both languages, the headers mail programs rely on, a 5xx recorded with the
// server's reply, a 4xx retried, and nothing sent twice by two senders or after a batch that died.

describe.skipIf(skipRealServers('notification mail through real Postfix'))('notification mail', () => {
  const suite = useRealMailServers(() => ({ version: 1, endpoints: [], policies: [] }) as never);
  const relay = (port: number) => {
    const { username, password } = suite.servers.user;
    return `smtp://${encodeURIComponent(username)}:${encodeURIComponent(password)}@${suite.servers.address}:${port}`;
  };
  const sender = (port = suite.servers.ports.submission) =>
    createMailSender({
      smtpUrl: relay(port),
      ca: suite.servers.caPem,
      servername: suite.servers.host,
      from: 'notices@example.test',
      unsubscribeMailto: 'support@example.test',
    });

  /** The mails delivered to one subscriber (the domain shares one Maildir), once Postfix got there. */
  async function mailbox(name: string, expected: number): Promise<ParsedMail[]> {
    const dir = path.join(suite.servers.subscriberMailDir, 'new');
    const to = `${name}@subscribers.example.test`;
    const read = async () => {
      const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
      const mails = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
      return mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text === to));
    };
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await read()).length < expected)
      await new Promise((r) => setTimeout(r, 200));
    // A moment more, so that a second (duplicate) delivery would be seen too.
    await new Promise((r) => setTimeout(r, 500));
    return read();
  }

  let run = 0;
  const address = (label: string) => `${label}-${run}@subscribers.example.test`;
  beforeEach(async () => {
    run += 1;
    await clearNotifications();
  });

  it('delivers each subscriber one mail in their language, with list headers and an encoded subject', async () => {
    const notice = await createNotice({
      category: 'security',
      text: {
        en: {
          title: 'Mail login without SSL ends on August 1, 2022',
          body: 'Switch to **port 995** or **993**.',
        },
        ja: {
          title: '暗号化なしのメールログインは2022年8月1日に終了します',
          body: '**995番** または **993番** のポートに切り替えてください。',
        },
      },
    });
    await createSubscriber({ email: address('hanako'), locale: 'ja', topics: ['security'] });
    await createSubscriber({ email: address('john'), locale: 'en', topics: ['security'] });
    await announceNotice(db, notice.id, 'editor@example.test');
    await fanOutEvents();
    const smtp = sender();
    try {
      expect(await deliverDueMail({ sender: smtp, words: testMailWords })).toMatchObject({
        sent: 2,
        failed: 0,
      });
    } finally {
      smtp.close();
    }
    const [ja] = await mailbox(`hanako-${run}`, 1);
    const [en] = await mailbox(`john-${run}`, 1);
    expect(ja!.subject).toBe('【エグザンプルネット】暗号化なしのメールログインは2022年8月1日に終了します');
    expect(ja!.text).toContain('995番');
    expect(ja!.html).toContain('<strong>995番</strong>');
    expect(en!.subject).toBe('[Example Net] Mail login without SSL ends on August 1, 2022');
    for (const mail of [ja!, en!]) {
      // Header lines as received, unfolded.
      const raw = mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' ')).join('\n');
      expect(raw).toMatch(
        /^List-Unsubscribe: <http[^>]+\/api\/subscriptions\/unsubscribe\?token=[^>]+>,\s*<mailto:support@example\.test\?subject=unsubscribe>/m,
      );
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
      expect(raw).toMatch(/^List-Id: .*<notices\.example\.test>$/im);
      expect(mail.messageId).toMatch(/@notify\.example\.test>$/);
      // Postfix's own trace: ESMTPSA is ESMTP with TLS (S) and SMTP AUTH (A), as SMTP_URL requires.
      expect(raw).toMatch(/^Received: from .* with ESMTPSA id /m);
    }
  });

  it("records a 5xx with the server's reply and retries a 4xx later", async () => {
    const notice = await createNotice({ category: 'general' });
    // "+" is not a name the server knows: Postfix refuses the recipient with 550 5.1.1.
    const unknown = await createSubscriber({
      email: `no+such-${run}@subscribers.example.test`,
      topics: ['general'],
    });
    const known = await createSubscriber({ email: address('later'), topics: ['general'] });
    await announceNotice(db, notice.id, 'e');
    await fanOutEvents();
    // First through the listener that answers 421 to everyone: both are kept for a retry.
    const busy = sender(suite.servers.ports.busy);
    const now = new Date();
    try {
      expect(await deliverDueMail({ sender: busy, words: testMailWords, now })).toMatchObject({
        retried: 2,
        sent: 0,
      });
    } finally {
      busy.close();
    }
    const waiting = await db.outboxMessage.findFirstOrThrow({ where: { subscriberId: known.id } });
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });
    expect(waiting.lastError).toMatch(/421/);
    // Then, when the retry is due, through the real submission port.
    const smtp = sender();
    try {
      const report = await deliverDueMail({
        sender: smtp,
        words: testMailWords,
        now: new Date(now.getTime() + 61_000),
      });
      expect(report).toMatchObject({ sent: 1, failed: 1 });
    } finally {
      smtp.close();
    }
    const refused = await db.outboxMessage.findFirstOrThrow({ where: { subscriberId: unknown.id } });
    expect(refused.status).toBe('failed');
    expect(refused.lastError).toMatch(/^550 5\.1\.1 .*User unknown/);
    expect(await mailbox(`later-${run}`, 1)).toHaveLength(1);
  });

  it('sends nothing twice: two senders at once, and a batch that dies half-way', async () => {
    const notice = await createNotice({ category: 'maintenance' });
    const names = Array.from({ length: 6 }, (_, i) => `reader${i}`);
    for (const name of names) await createSubscriber({ email: address(name), topics: ['maintenance'] });
    await announceNotice(db, notice.id, 'e');
    await fanOutEvents();

    // A batch that dies after its second mail (fault injection)…
    const dying = sender();
    let delivered = 0;
    await expect(
      deliverDueMail({
        sender: dying,
        words: testMailWords,
        concurrency: 1,
        afterSent: () => {
          if (++delivered === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    dying.close();
    expect(await db.outboxMessage.count({ where: { status: 'sent' } })).toBe(2);

    // …then two instances' senders at once take the rest.
    const [a, b] = [sender(), sender()];
    try {
      const reports = await Promise.all([
        deliverDueMail({ sender: a, words: testMailWords }),
        deliverDueMail({ sender: b, words: testMailWords }),
      ]);
      expect(reports[0]!.sent + reports[1]!.sent).toBe(4);
    } finally {
      a.close();
      b.close();
    }
    for (const name of names) expect([name, (await mailbox(`${name}-${run}`, 1)).length]).toEqual([name, 1]);
  });
});
