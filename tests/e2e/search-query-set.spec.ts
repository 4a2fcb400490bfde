import { expect, test } from '@playwright/test';
import { QUERY_SET_PASS_SHARE, QUERY_SET_TOP, SEARCH_QUERY_SET } from '../../lib/search/search-query-set';

/**
 * The customers' own phrasings (lib/search/search-query-set.ts), asked of the real search page in
 * both languages: the page each must find is among the first results shown, for at least the share
 * the unit test holds the index to. Failures are listed.
 */
const pathOf = (id: string, locale: string) => {
  const [kind, name] = id.split(':');
  return kind === 'faq'
    ? `/${locale}/faq#${name}`
    : `/${locale}/${kind === 'guide' ? 'guides' : 'notices'}/${name}`;
};

for (const locale of ['ja', 'en'] as const)
  test(`the customers' phrasings find their page on the search page (${locale})`, async ({ request }) => {
    test.setTimeout(120_000);
    const items = SEARCH_QUERY_SET.filter((item) => item.locale === locale);
    expect(items.length).toBeGreaterThanOrEqual(60);
    const failures: string[] = [];
    for (const item of items) {
      const html = await (await request.get(`/${locale}/search?q=${encodeURIComponent(item.query)}`)).text();
      const list = /<ol aria-label="[^"]*"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
      const shown = [...list.matchAll(/<li[\s\S]*?<a [^>]*href="([^"]+)"/g)]
        .slice(0, QUERY_SET_TOP)
        .map((m) => decodeURIComponent(m[1]!.replace(/&amp;/g, '&')));
      if (!item.expect.some((id) => shown.includes(pathOf(id, locale))))
        failures.push(`${item.query} → ${shown.join(', ')}`);
    }
    expect(1 - failures.length / items.length, failures.join('\n')).toBeGreaterThanOrEqual(
      QUERY_SET_PASS_SHARE,
    );
  });
