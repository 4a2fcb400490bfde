'use server';

import { isLocale, routing, type Locale } from '@/i18n/routing';
import { staffAction } from '@/lib/auth/staff-guard';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { resolvePlaceholders } from '@/lib/site/placeholders';

const MAX_PREVIEW = 50_000;

/** The editors' live preview: the public pages' own renderer, placeholders included. */
export const previewMarkdownAction = staffAction(
  'editor',
  async (_user, locale: string, markdown: string) => {
    const safeLocale: Locale = isLocale(locale) ? locale : routing.defaultLocale;
    return {
      ok: true as const,
      html: renderMarkdown(resolvePlaceholders(String(markdown).slice(0, MAX_PREVIEW), safeLocale)),
    };
  },
);
