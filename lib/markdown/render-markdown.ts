import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The one Markdown renderer: public pages, feeds and (later) the staff editor's live preview all use
 * it, so a preview is exactly what the public sees. Raw HTML in the source is never passed through
 * (remark-rehype drops it) and the result is sanitized against GitHub's allow-list on top.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  // Keep heading ids readable (no "user-content-" prefix): they are deep-link anchors.
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), 'rel', 'target'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

/** Links that leave the portal open normally but tell the browser not to pass on the opener. */
function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties?.href;
      if (typeof href === 'string' && /^https?:\/\//i.test(href)) {
        node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
      }
    });
  };
}

/** Wraps tables so that a wide table scrolls on a phone instead of widening the page. */
function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'] },
        children: [node],
      };
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // CommonMark does not close `**強調**` next to Japanese punctuation (`**「設定」**を`); this does.
  .use(remarkCjkFriendly)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeExternalLinks)
  .use(rehypeScrollableTables)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });
}

/** Plain text of HTML made by `renderMarkdown` (for search and summaries), optionally shortened. */
export function htmlToPlainText(html: string, maxLength = Infinity): string {
  const text = decodeEntities(
    html
      // Block boundaries become spaces; inline tags vanish without splitting words.
      .replace(/<\/(?:p|h[1-6]|li|td|th|div|pre|blockquote)>|<br\s*\/?>/g, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/** Plain text of a Markdown source, for descriptions and feed summaries. */
export function markdownToPlainText(markdown: string, maxLength = 200): string {
  return htmlToPlainText(renderMarkdown(markdown), maxLength);
}
