/** A minimal, correct Atom 1.0 (RFC 4287) writer: everything escaped, dates in RFC 3339. */
export interface AtomEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  published: string;
  updated: string;
  category?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  language: string;
  selfUrl: string;
  alternateUrl: string;
  updated: string;
  authorName: string;
  entries: AtomEntry[];
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 forbids outright would make the whole feed unreadable.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

export function renderAtomFeed(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${e(entry.id)}</id>
    <title>${e(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>
    <published>${e(entry.published)}</published>
    <updated>${e(entry.updated)}</updated>${entry.category ? `\n    <category term="${e(entry.category)}"/>` : ''}
    <summary type="text">${e(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.language)}">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <subtitle>${e(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternateUrl)}"/>
  <updated>${e(feed.updated)}</updated>
  <author><name>${e(feed.authorName)}</name></author>
${entries}
</feed>
`;
}
