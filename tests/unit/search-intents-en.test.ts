import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoContent } from '@/lib/demo/seed-demo-content';
import { seedDemoGuides } from '@/lib/demo/seed-demo-guides';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { loadSearchDocuments } from '@/lib/search/build-site-index';
import { SearchIndex } from '@/lib/search/search-index';
import { SEARCH_QUERY_SET } from '@/lib/search/search-query-set';
import { faqCategories } from '@/prisma/seed-content/faq';
import { guides } from '@/prisma/seed-content/guides';
import { notices } from '@/prisma/seed-content/notices';
import { db } from '../support/notice-fixtures';

// The questions customers type, in English and Japanese, against the demo content: the answers that
// solve them must come first (docs/search.md, "Query set"). The same set is in `npm run bench:search`.
let index: SearchIndex;
beforeAll(async () => {
  await db.notice.deleteMany();
  await db.faqCategory.deleteMany();
  await db.guide.deleteMany();
  await seedDemoContent(db, { notices, faqCategories });
  await seedDemoGuides(db, guides);
  index = SearchIndex.build(await loadSearchDocuments({ registry: loadRegistryFile() }));
});

const top = (query: string, locale: 'en' | 'ja', n = 3) =>
  index
    .search(query, { locale })
    .hits.slice(0, n)
    .map((hit) => hit.doc.id);

describe('search answers what customers ask', () => {
  it.each(SEARCH_QUERY_SET)(
    '$locale "$query" ranks one of $expect first',
    ({ query, locale, expect: wanted }) => {
      const first = top(query, locale, 1)[0] ?? '';
      expect([query, wanted.includes(first) ? 'an expected answer' : first]).toEqual([
        query,
        'an expected answer',
      ]);
    },
  );

  it('"cannot send mail" finds the SMTP AUTH, port 25 and relay-denied answers, not a program guide first', () => {
    const hits = top('cannot send mail', 'en', 5);
    for (const id of ['faq:relay-denied-error', 'faq:port-25-blocked']) expect(hits).toContain(id);
    expect(hits[0]).not.toMatch(/^guide:/);
  });
});
