import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { MAX_QUERY_LENGTH } from '@/lib/search/tokenize';
import { SearchIcon } from './SearchIcon';

/** The search page's own form: the query, "also search the other language", and submit. */
export async function SearchForm({ locale, q, all }: { locale: Locale; q: string; all: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form
      action={getPathname({ locale, href: '/search' })}
      method="get"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4"
    >
      <label htmlFor="search-query" className="block text-sm font-semibold text-slate-800">
        {t('queryLabel')}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          autoComplete="off"
          aria-describedby="search-query-help"
          className="block min-h-11 w-full min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900"
        />
        <button
          type="submit"
          className="inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
        >
          <SearchIcon />
          {t('submit')}
        </button>
      </div>
      <p id="search-query-help" className="mt-1 text-xs text-slate-600">
        {t('queryHelp')}
      </p>
      <div className="mt-2 flex">
        <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="all"
            value="1"
            defaultChecked={all}
            className="size-5 rounded border-slate-400 accent-brand-700"
          />
          {t('includeOther')}
        </label>
      </div>
    </form>
  );
}
