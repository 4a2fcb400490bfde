import { ReportResultClicks } from '@/components/search/ReportResultClicks';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { after } from 'next/server';
import { requestLogger } from '@/lib/operations/logger';
import { recordSearch } from '@/lib/insights/search-gaps';
import { requestMeta } from '@/lib/auth/request-context';
import { insightsRecording } from '@/lib/insights/insight-writer';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import type { Locale } from '@/i18n/routing';
import { cachedGuides } from '@/lib/guides/cached-guides';
import type { GuideProgram } from '@/lib/guides/guide-programs';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import type { SearchIndex, SearchOutcome } from '@/lib/search/search-index';
import { detectIntents } from '@/lib/search/search-intents';
import { parseSearchParams, searchQuery } from '@/lib/search/search-params';
import { getSiteSearchIndex } from '@/lib/search/site-index';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { NoResults, SearchShortcuts, type NoResultHelp } from '@/components/search/SearchHelp';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResultItem } from '@/components/search/SearchResultItem';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';

// The query string is read per request; the index is built from cached content (lib/search/site-index.ts).
export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const query = parseSearchParams(await searchParams);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return {
    ...pageMetadata({
      locale,
      path: '/search',
      title: query?.q ? t('metaTitle', { query: query.q }) : t('title'),
      description: t('description', { ispName }),
      siteName: tMeta('siteName', { ispName }),
    }),
    // The search page itself is a way into the portal and may be indexed; its result pages are for
    // visitors, not search engines (a page per query would be an endless, thin copy of the site).
    ...(query?.q ? { robots: { index: false, follow: true } } : {}),
  };
}

/**
 * For a search that found nothing: "did you mean" (the query with misspelt words corrected, when
 * that finds something) and, for a query of several words, the words that find something on their
 * own (corrected too: `thunderbrd crash` offers `thunderbird`).
 */
function noResultHelp(index: SearchIndex, outcome: SearchOutcome, locales: readonly Locale[]): NoResultHelp {
  let spelling = index.suggestSpelling(outcome.query.raw);
  if (spelling && index.count(spelling, locales) === 0) spelling = null;
  // Words as the customer typed them (「パスワード」, "SSL"), never their normalized forms.
  const required = outcome.query.units.filter((u) => u.required && u.surface);
  const partial =
    required.length > 1
      ? required
          .map((unit) =>
            unit.kind === 'word' && !unit.forms
              ? (index.suggestSpelling(unit.surface) ?? unit.surface)
              : unit.surface,
          )
          .filter((word, i, all) => all.indexOf(word) === i)
          .map((word) => ({ word, count: index.count(word, locales) }))
          .filter((p) => p.count > 0)
          .slice(0, 3)
      : [];
  return { spelling, partial };
}

async function registryPorts(): Promise<number[]> {
  try {
    return (await getActiveRegistry()).endpoints.map((e) => e.port);
  } catch {
    return [];
  }
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = await localeParam(params);
  const query = parseSearchParams(await searchParams);
  if (!query) notFound();
  const t = await getTranslations({ locale, namespace: 'Search' });
  const ispName = siteConfig().ispName[locale];

  if (!query.q) {
    return (
      <>
        <PageHeader title={t('title')} description={t('description', { ispName })} />
        <SearchForm locale={locale} q="" all={query.all} />
        <p className="text-slate-700">{t('emptyQuery')}</p>
      </>
    );
  }

  const index = await getSiteSearchIndex();
  const outcome = index.search(query.q, { locale, includeOtherLanguages: query.all, page: query.page });
  if (query.page > outcome.pageCount) notFound();
  // What customers look for and do not find (staff insights): noted after the page is sent, first
  // pages only (paging is not a new search), and never at the cost of the answer.
  // The id lets a click on a result mark this search as answered (no-click searches are a gap too).
  const searchId = query.page === 1 ? randomUUID() : null;
  if (searchId && insightsRecording()) {
    // Read now: the request's headers are not available inside after(). Limits recording per client.
    const { ip } = await requestMeta();
    const log = requestLogger(await headers(), 'search');
    after(() =>
      recordSearch(locale, query.q, outcome.total, searchId, new Date(), ip).catch((error) =>
        log.error({ err: error }, 'a search event was not recorded'),
      ),
    );
  }
  const [ports, guides] = await Promise.all([registryPorts(), cachedGuides(locale)]);
  const locales: Locale[] = query.all ? ['en', 'ja'] : [locale];
  const help = outcome.total === 0 ? noResultHelp(index, outcome, locales) : null;
  // A misspelt program name still gets its guide suggested.
  const corrected = [help?.spelling ?? '', ...(help?.partial.map((p) => p.word) ?? [])].join(' ');
  const intents = detectIntents(`${query.q} ${corrected}`, ports);
  const guideNames: Partial<Record<GuideProgram, string>> = Object.fromEntries(
    guides.map((g) => [g.program, g.name]),
  );
  const toggleLink = 'font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800';

  return (
    <>
      <PageHeader title={t('resultsTitle')} />
      {/* Keyed: after a client-side move to another search, the form shows that search's values. */}
      <SearchForm key={`${query.q}\n${query.all}`} locale={locale} q={query.q} all={query.all} />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-medium text-slate-800" role="status">
          {t(query.all ? 'countAll' : 'count', { count: outcome.total, query: query.q })}
        </p>
        {query.all ? (
          <Link
            href={{ pathname: '/search', query: searchQuery({ q: query.q }) }}
            className={`text-sm ${toggleLink}`}
          >
            {t('onlyThisLanguage')}
          </Link>
        ) : (
          outcome.otherLanguageTotal > 0 && (
            <Link
              href={{ pathname: '/search', query: searchQuery({ q: query.q, all: true }) }}
              className={`text-sm ${toggleLink}`}
            >
              {t('otherLanguageLink', { count: outcome.otherLanguageTotal })}
            </Link>
          )
        )}
      </div>
      {help ? (
        <NoResults locale={locale} all={query.all} help={help} intents={intents} guideNames={guideNames} />
      ) : (
        <ReportResultClicks searchId={searchId ?? null}>
          <SearchShortcuts
            locale={locale}
            intents={intents}
            guideNames={guideNames}
            errorAnswer={
              outcome.errorAnswer && {
                error: outcome.errorAnswer.error,
                title: outcome.errorAnswer.doc.title,
                path: outcome.errorAnswer.doc.path,
              }
            }
          />
          <ol aria-label={t('resultsLabel')} className="space-y-3">
            {outcome.hits.map((hit) => (
              <SearchResultItem key={`${hit.doc.id}:${hit.doc.locale}`} hit={hit} locale={locale} />
            ))}
          </ol>
          <Pagination
            locale={locale}
            pathname="/search"
            query={searchQuery({ q: query.q, all: query.all })}
            page={outcome.page}
            pageCount={outcome.pageCount}
          />
        </ReportResultClicks>
      )}
    </>
  );
}
