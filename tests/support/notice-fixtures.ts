import { createPrismaClient } from '@/lib/db/create-client';

/** A direct client for arranging rows; the code under test uses its own shared client. */
export const db = createPrismaClient();

let counter = 0;

export interface NoticeFixture {
  slug?: string;
  category?: string;
  importance?: string;
  pinned?: boolean;
  status?: string;
  publishedAt?: Date | null;
  text?: Partial<Record<'en' | 'ja', { title: string; summary?: string; body?: string }>>;
  updates?: { date: Date; note: Partial<Record<'en' | 'ja', string>> }[];
}

export async function createNotice(fixture: NoticeFixture = {}) {
  counter += 1;
  const slug = fixture.slug ?? `notice-${counter}`;
  const text = fixture.text ?? { en: { title: `Notice ${counter}` }, ja: { title: `お知らせ${counter}` } };
  return db.notice.create({
    data: {
      slug,
      category: fixture.category ?? 'general',
      importance: fixture.importance ?? 'normal',
      pinned: fixture.pinned ?? false,
      status: fixture.status ?? 'published',
      publishedAt:
        fixture.publishedAt === undefined ? new Date('2020-01-01T00:00:00+09:00') : fixture.publishedAt,
      translations: {
        create: Object.entries(text).map(([locale, t]) => ({
          locale,
          title: t.title,
          summary: t.summary ?? '',
          body: t.body ?? `Body of ${t.title}`,
        })),
      },
      updates: {
        create: (fixture.updates ?? []).map((u) => ({
          date: u.date,
          translations: { create: Object.entries(u.note).map(([locale, note]) => ({ locale, note })) },
        })),
      },
    },
  });
}

export async function clearContent() {
  await db.notice.deleteMany();
  await db.faqCategory.deleteMany();
}
