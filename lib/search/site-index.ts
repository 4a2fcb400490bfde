import 'server-only';
import { createHash } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { FAQ_TAG } from '@/lib/faq/cached-faq';
import { GUIDES_TAG } from '@/lib/guides/cached-guides';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { latestRegistryRevisionId } from '@/lib/mail-registry/registry-store';
import { NOTICES_TAG } from '@/lib/notices/cached-notices';
import { logger } from '@/lib/operations/logger';
import { loadSearchDocuments } from './build-site-index';
import { SearchIndex } from './search-index';

/**
 * The site's search index, kept in memory in each server process and rebuilt when content changes.
 *
 * The documents (plain text, small) are read through Next's data cache under the existing content
 * tags `notices`, `faq` and `guides`: every staff save already expires its tag (`updateTag`), and the
 * scheduler expires `notices` when it publishes a scheduled notice, so the next search reads the new
 * documents. The key includes the mail registry's revision, because guide text is resolved from it.
 * The cached result carries a hash of the documents; the process rebuilds its index only when that
 * hash differs from the one it built last (a rebuild of the demo content takes a few milliseconds,
 * 2,000 documents well under a second — see `npm run bench:search`). Every instance of the app
 * shares the data cache's invalidation and keeps its own index. As for the pages, the time limit
 * only bounds how late a notice whose publish time passes unnoticed can appear.
 */

export const SEARCH_DOCUMENTS_REVALIDATE = 300;

const cachedDocuments = unstable_cache(
  async (registryRevision: number) => {
    let registry: MailRegistry | null = null;
    try {
      registry = await getActiveRegistry();
    } catch (error) {
      logger
        .child({ area: 'search' })
        .error({ err: error, registryRevision }, 'guides indexed without registry values');
    }
    const documents = await loadSearchDocuments({ registry });
    const version = createHash('sha256').update(JSON.stringify(documents)).digest('base64url');
    return { version, documents };
  },
  ['search:documents'],
  { tags: [NOTICES_TAG, FAQ_TAG, GUIDES_TAG], revalidate: SEARCH_DOCUMENTS_REVALIDATE },
);

const state = globalThis as unknown as { portalSearchIndex?: { version: string; index: SearchIndex } };

export async function getSiteSearchIndex(): Promise<SearchIndex> {
  const registryRevision = (await latestRegistryRevisionId()) ?? 0;
  const { version, documents } = await cachedDocuments(registryRevision);
  const current = state.portalSearchIndex;
  if (current?.version === version) return current.index;
  const index = SearchIndex.build(documents);
  state.portalSearchIndex = { version, index };
  return index;
}
