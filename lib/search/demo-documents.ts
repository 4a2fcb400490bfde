import { guidePlaceholderValues, resolveGuideText } from '@/lib/guides/guide-values';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { markdownToPlainText } from '@/lib/markdown/render-markdown';
import { resolvePlaceholders } from '@/lib/site/placeholders';
import { faqCategories } from '@/prisma/seed-content/faq';
import { guides } from '@/prisma/seed-content/guides';
import { notices } from '@/prisma/seed-content/notices';
import { PROGRAM_ALIASES } from './search-intents';
import type { SearchDocument } from './search-index';

/**
 * The search documents of the demo content, made from the seed files without a database, the way
 * `build-site-index.ts` makes them from the database (same ids, kinds, dates, sections, historical
 * flags, guide placeholders resolved from the registry). `npm run bench:search` runs the customer
 * query set over these; the unit test runs it over the database path as well.
 */
export function demoSearchDocuments(registry: MailRegistry | null, now = new Date()): SearchDocument[] {
  const text = (markdown: string, locale: 'en' | 'ja') =>
    markdownToPlainText(resolvePlaceholders(markdown, locale), Infinity);
  const documents: SearchDocument[] = [];
  for (const locale of ['en', 'ja'] as const) {
    for (const n of notices) {
      const title = n.title[locale];
      const publishedAt = new Date(`${n.publishedAt}T00:00:00+09:00`);
      if (!title || publishedAt > now) continue;
      documents.push({
        id: `notice:${n.slug}`,
        kind: 'notice',
        locale,
        title: resolvePlaceholders(title, locale),
        body: [
          resolvePlaceholders(n.summary[locale] ?? '', locale),
          text(n.body[locale] ?? '', locale),
          ...n.updates.map((u) => resolvePlaceholders(u.note[locale] ?? '', locale)),
        ]
          .filter((p) => p.trim())
          .join(' '),
        path: `/notices/${n.slug}`,
        date: publishedAt.toISOString(),
        section: n.category,
        historical: n.status === 'archived',
      });
    }
    for (const category of faqCategories) {
      for (const q of category.questions) {
        const question = q.question[locale];
        if (!question) continue;
        documents.push({
          id: `faq:${q.slug}`,
          kind: 'faq',
          locale,
          title: resolvePlaceholders(question, locale),
          body: text(q.answer[locale] ?? '', locale),
          path: `/faq#${q.slug}`,
          section: resolvePlaceholders(category.name[locale] ?? '', locale),
          historical: Boolean(q.historical),
        });
      }
    }
    for (const g of guides) {
      const name = g.name[locale];
      if (!name) continue;
      const resolve = (value: string | undefined) =>
        registry
          ? resolveGuideText(
              value ?? '',
              locale,
              guidePlaceholderValues(registry, g.incoming[0] ?? 'imap', undefined),
            )
          : resolvePlaceholders(value ?? '', locale);
      documents.push({
        id: `guide:${g.program}`,
        kind: 'guide',
        locale,
        title: name,
        body: [
          resolve(g.summary[locale]),
          markdownToPlainText(resolve(g.newAccount[locale]), Infinity),
          markdownToPlainText(resolve(g.existingAccount[locale]), Infinity),
        ]
          .filter((p) => p.trim())
          .join(' '),
        keywords: [...PROGRAM_ALIASES[g.program], ...g.incoming].join(' '),
        path: `/guides/${g.program}`,
      });
    }
  }
  return documents;
}
