import type { PrismaClient } from '@/lib/db/create-client';
import { parseJapanDay } from '@/lib/dates/format-date';
import type { LocalizedText, SeedFaqCategory, SeedNotice } from '@/prisma/seed-content/types';

function translations<K extends string>(fields: Record<K, LocalizedText>) {
  const locales = new Set(Object.values<LocalizedText>(fields).flatMap((text) => Object.keys(text)));
  return [...locales].map((locale) => {
    const row: Record<string, string> = { locale };
    for (const [key, text] of Object.entries<LocalizedText>(fields)) {
      row[key] = text[locale as keyof LocalizedText] ?? '';
    }
    return row as { locale: string } & Record<K, string>;
  });
}

/**
 * Loads the demo notices and FAQ into an empty database. Returns false, touching nothing, when the
 * database already has content, so that running the demo again keeps what staff have changed.
 */
export async function seedDemoContent(
  db: PrismaClient,
  content: { notices: SeedNotice[]; faqCategories: SeedFaqCategory[] },
): Promise<boolean> {
  const existing = (await db.notice.count()) + (await db.faqCategory.count());
  if (existing > 0) return false;
  const historicalReviewBy = new Date(Date.now() - 14 * 86_400_000);

  await db.$transaction(async (tx) => {
    for (const notice of content.notices) {
      await tx.notice.create({
        data: {
          slug: notice.slug,
          category: notice.category,
          importance: notice.importance,
          pinned: notice.pinned ?? false,
          status: notice.status,
          publishedAt: parseJapanDay(notice.publishedAt),
          translations: {
            create: translations({ title: notice.title, summary: notice.summary, body: notice.body }),
          },
          updates: {
            create: notice.updates.map((update) => ({
              date: parseJapanDay(update.date),
              translations: { create: translations({ note: update.note }) },
            })),
          },
        },
      });
    }
    for (const notice of content.notices) {
      if (!notice.related?.length) continue;
      const known = content.notices.map((n) => n.slug);
      await tx.notice.update({
        where: { slug: notice.slug },
        data: {
          related: {
            connect: notice.related.filter((slug) => known.includes(slug)).map((slug) => ({ slug })),
          },
        },
      });
    }
    for (const [categoryIndex, category] of content.faqCategories.entries()) {
      await tx.faqCategory.create({
        data: {
          slug: category.slug,
          position: categoryIndex,
          translations: { create: translations({ name: category.name }) },
          questions: {
            create: category.questions.map((question, index) => ({
              slug: question.slug,
              position: index,
              historical: question.historical ?? false,
              // Historical answers are the ones most likely to have gone stale: due for review already.
              reviewBy: question.historical ? historicalReviewBy : null,
              translations: {
                create: translations({ question: question.question, answer: question.answer }),
              },
            })),
          },
        },
      });
    }
  });
  return true;
}
