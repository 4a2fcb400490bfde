import { createHash } from 'node:crypto';
import type { Locale } from '@/i18n/routing';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { resolvePlaceholders } from '@/lib/site/placeholders';
import { GUIDE_PLACEHOLDERS, type GuidePlaceholder } from './guide-programs';

/**
 * A guide section as HTML for one variant and address. Guide pages are rendered per request (the
 * address and variant come from the query), but their Markdown only changes when staff edit it: it is
 * rendered once with the guide placeholders left in, and each request only fills in the values,
 * HTML-escaped. That is also more correct than filling them in before Markdown: an address such as
 * `a_b_c@…` can never turn into emphasis.
 */

const MAX_CACHED = 200;
const rendered = new Map<string, string>();
const PLACEHOLDER = new RegExp(`\\{\\{\\s*(${GUIDE_PLACEHOLDERS.join('|')})\\s*\\}\\}`, 'g');
// A placeholder inside a link target comes out of the renderer percent-encoded.
const ENCODED = new RegExp(`%7B%7B(${GUIDE_PLACEHOLDERS.join('|')})%7D%7D`, 'g');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderOnce(markdown: string, locale: Locale): string {
  const key = createHash('sha256').update(locale).update('\0').update(markdown).digest('hex');
  let html = rendered.get(key);
  if (html === undefined) {
    // The site's placeholders ({{ispName}}, …) depend only on the locale: resolved before rendering.
    html = renderMarkdown(resolvePlaceholders(markdown, locale));
    if (rendered.size >= MAX_CACHED) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, html);
  }
  return html;
}

export function renderGuideSection(
  markdown: string,
  locale: Locale,
  values: Record<GuidePlaceholder, string>,
): string {
  return renderOnce(markdown, locale)
    .replace(PLACEHOLDER, (_, name: GuidePlaceholder) => escapeHtml(values[name]))
    .replace(ENCODED, (_, name: GuidePlaceholder) => encodeURIComponent(values[name]));
}
