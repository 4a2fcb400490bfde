import { prisma } from '@/lib/db/client';
import type { Locale } from '@/i18n/routing';
import { pickTranslation } from '@/lib/content/pick-translation';
import { resolvePlaceholders } from '@/lib/site/placeholders';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import type { FaqCategoryView, FaqQuestionView } from './faq-view';

/**
 * The whole FAQ in the reader's language, categories and questions in their staff-set order.
 * Current questions come before historical ones within a category. Empty categories are left out.
 */
export async function listFaq(locale: Locale): Promise<FaqCategoryView[]> {
  const categories = await prisma.faqCategory.findMany({
    orderBy: [{ position: 'asc' }, { slug: 'asc' }],
    include: {
      translations: true,
      questions: {
        // Unpublished questions are the staff area's alone.
        where: { published: true },
        orderBy: [{ historical: 'asc' }, { position: 'asc' }, { slug: 'asc' }],
        include: { translations: true },
      },
    },
  });

  return categories.flatMap((category) => {
    const name = pickTranslation(category.translations, locale);
    const questions = category.questions.flatMap((q): FaqQuestionView[] => {
      const picked = pickTranslation(q.translations, locale);
      if (!picked) return [];
      return [
        {
          slug: q.slug,
          historical: q.historical,
          question: resolvePlaceholders(picked.value.question, picked.locale),
          answerHtml: renderMarkdown(resolvePlaceholders(picked.value.answer, picked.locale)),
          textLocale: picked.locale,
          fallback: picked.fallback,
        },
      ];
    });
    if (!name || questions.length === 0) return [];
    return [{ slug: category.slug, name: resolvePlaceholders(name.value.name, name.locale), questions }];
  });
}
