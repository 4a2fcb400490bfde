import { routing } from '@/i18n/routing';
import { listFaq } from '@/lib/faq/public-faq';
import { getGuide, listGuides } from '@/lib/guides/public-guides';
import { guidePlaceholderValues, resolveGuideText } from '@/lib/guides/guide-values';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { htmlToPlainText, markdownToPlainText } from '@/lib/markdown/render-markdown';
import { listPublicNoticeTexts } from '@/lib/notices/public-notices';
import { resolvePlaceholders } from '@/lib/site/placeholders';
import { PROGRAM_ALIASES } from './search-intents';
import type { SearchDocument } from './search-index';

/**
 * The documents of the site search, read through the public read functions, so the index holds
 * exactly what the public may see: published (and archived) notices whose publish date has come —
 * never drafts or scheduled notices — the FAQ, and the setup guides with every `{{placeholder}}`
 * filled in from the mail registry in force. One document per item and language, only for
 * languages the item is written in (the other-language fallback the pages show is not indexed
 * twice). Markdown is reduced to plain text.
 */

const toText = (markdown: string) => markdownToPlainText(markdown, Infinity);
const joinText = (...parts: string[]) => parts.filter((p) => p.trim()).join(' ');

export async function loadNoticeDocuments(now = new Date()): Promise<SearchDocument[]> {
  const notices = await listPublicNoticeTexts(now);
  return notices.map((notice) => ({
    id: `notice:${notice.slug}`,
    kind: 'notice',
    locale: notice.locale,
    title: notice.title,
    body: joinText(notice.summary, toText(notice.body), ...notice.updateNotes),
    path: `/notices/${notice.slug}`,
    date: notice.publishedAt,
    section: notice.category,
    historical: notice.status === 'archived',
  }));
}

export async function loadFaqDocuments(): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (const locale of routing.locales) {
    for (const category of await listFaq(locale)) {
      for (const question of category.questions) {
        if (question.fallback || question.textLocale !== locale) continue;
        documents.push({
          id: `faq:${question.slug}`,
          kind: 'faq',
          locale,
          title: question.question,
          body: htmlToPlainText(question.answerHtml),
          path: `/faq#${question.slug}`,
          section: category.name,
          historical: question.historical,
        });
      }
    }
  }
  return documents;
}

const UNRESOLVED = /\{\{\s*[a-zA-Z]+\s*\}\}/g;

export async function loadGuideDocuments(registry: MailRegistry | null): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (const locale of routing.locales) {
    for (const summary of await listGuides(locale)) {
      if (summary.textLocale !== locale) continue;
      const guide = await getGuide(summary.program, locale);
      if (!guide || guide.fallback) continue;
      // The text as the guide's page shows it by default (its first incoming variant, no ?email=).
      const resolve = (text: string) =>
        registry
          ? resolveGuideText(
              text,
              locale,
              guidePlaceholderValues(registry, guide.incoming[0] ?? 'imap', undefined),
            )
          : resolvePlaceholders(text, locale).replace(UNRESOLVED, '');
      documents.push({
        id: `guide:${guide.program}`,
        kind: 'guide',
        locale,
        title: guide.name,
        body: joinText(
          resolve(guide.summary),
          toText(resolve(guide.newAccount)),
          toText(resolve(guide.existingAccount)),
        ),
        keywords: [...PROGRAM_ALIASES[guide.program], ...guide.incoming].join(' '),
        path: `/guides/${guide.program}`,
      });
    }
  }
  return documents;
}

/** Every document of the site search, notices first. */
export async function loadSearchDocuments(options: {
  registry: MailRegistry | null;
  now?: Date;
}): Promise<SearchDocument[]> {
  const [notices, faq, guides] = await Promise.all([
    loadNoticeDocuments(options.now),
    loadFaqDocuments(),
    loadGuideDocuments(options.registry),
  ]);
  return [...notices, ...faq, ...guides];
}
