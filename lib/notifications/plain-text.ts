import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Locale } from '@/i18n/routing';

/**
 * A notice's Markdown as the plain-text part of a mail: no `##`, `**` or `[text](url)` for the reader
 * to decode. Headings become 【作業日時】 (Japanese) or a line in capitals' place (English: the text
 * followed by a colon), list items start with 「・」, table rows become one line each, and a link's
 * address goes on its own line under its text (mail programs make it clickable there).
 */
type Node = {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  children?: Node[];
};

function inline(node: Node, links: string[]): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'break':
      return '\n';
    case 'link': {
      const text = (node.children ?? []).map((child) => inline(child, links)).join('');
      const url = node.url ?? '';
      if (url && url !== text) links.push(url);
      return text || url;
    }
    case 'image':
      return '';
    default:
      return (node.children ?? []).map((child) => inline(child, links)).join('');
  }
}

/** A paragraph-like node's text, with the addresses of its links each on a line after it. */
function withLinks(node: Node, absolute: (url: string) => string): string {
  const links: string[] = [];
  const text = inline(node, links).trim();
  return [text, ...links.map(absolute)].join('\n');
}

function block(node: Node, locale: Locale, absolute: (url: string) => string, indent = ''): string[] {
  switch (node.type) {
    case 'heading': {
      const text = withLinks(node, absolute);
      return [locale === 'ja' ? `【${text}】` : `${text}:`];
    }
    case 'paragraph':
      return [indent + withLinks(node, absolute).replace(/\n/g, `\n${indent}`)];
    case 'list':
      return [
        (node.children ?? [])
          .map((item, i) => {
            const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : locale === 'ja' ? '・' : '• ';
            const [first = '', ...rest] = (item.children ?? []).flatMap((child) =>
              block(child, locale, absolute, `${indent}  `).map((line) => line.trim()),
            );
            return [`${indent}${marker}${first}`, ...rest.map((line) => `${indent}  ${line}`)].join('\n');
          })
          .join('\n'),
      ];
    case 'table':
      return [
        (node.children ?? [])
          .map(
            (row) =>
              (locale === 'ja' ? '・' : '• ') +
              (row.children ?? [])
                .map((cell) => withLinks(cell, absolute).replace(/\n/g, ' '))
                .join(locale === 'ja' ? '：' : ': '),
          )
          .join('\n'),
      ];
    case 'blockquote':
      return (node.children ?? []).flatMap((child) => block(child, locale, absolute, indent));
    case 'code':
      return [node.value ?? ''];
    case 'thematicBreak':
      return ['―――'];
    case 'html':
      return [];
    default:
      return [withLinks(node, absolute)];
  }
}

export function markdownToPlainText(markdown: string, locale: Locale, baseUrl: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as unknown as Node;
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? `${baseUrl}${url}` : url);
  return (tree.children ?? [])
    .flatMap((child) => block(child, locale, absolute))
    .join('\n\n')
    .trim();
}
