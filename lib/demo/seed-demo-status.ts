import type { PrismaClient } from '@/lib/db/create-client';

/**
 * The demo's status page starts with the maintenance its pinned notice announces (December 8, 2026,
 * 2:00–5:00 Japan time), so the "planned maintenance" section and the automatic switch to
 * "maintenance" during the window can be seen. Only when there are no incidents yet.
 */
export async function seedDemoStatus(db: PrismaClient): Promise<boolean> {
  if ((await db.incident.count()) > 0) return false;
  await db.incident.create({
    data: {
      kind: 'maintenance',
      titleEn: 'Mail server maintenance',
      titleJa: 'メールサーバーのメンテナンス',
      impact: 'maintenance',
      components: 'smtp,pop3,imap,webmail',
      startsAt: new Date('2026-12-08T02:00:00+09:00'),
      endsAt: new Date('2026-12-08T05:00:00+09:00'),
      noticeSlug: 'mail-maintenance-2026-12',
      authorEmail: 'demo',
      updates: {
        create: {
          status: 'scheduled',
          at: new Date('2026-11-20T10:00:00+09:00'),
          bodyEn:
            'We will replace mail server equipment. Sending and receiving mail, including webmail, may fail from time to time during the work. Mail sent to you is kept and delivered afterwards.',
          bodyJa:
            'メールサーバー機器の更新作業を行います。作業中は、Webメールを含むメールの送受信が断続的にできなくなる場合があります。お客さま宛てのメールは保管され、作業後に配信されます。',
          authorEmail: 'demo',
        },
      },
    },
  });
  return true;
}
