import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { MAX_QUERY_LENGTH } from '@/lib/search/tokenize';
import { SearchIcon } from './SearchIcon';

/**
 * The search box in the header of every public page: a plain GET form to /{locale}/search, so it
 * works without JavaScript and every search has a URL that can be shared.
 */
export async function HeaderSearch({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <form
      role="search"
      aria-label={t('searchLabel')}
      action={getPathname({ locale, href: '/search' })}
      method="get"
      className="flex w-full min-w-0 gap-2 sm:ml-auto sm:max-w-md"
    >
      <label htmlFor="site-search" className="sr-only">
        {t('searchLabel')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        maxLength={MAX_QUERY_LENGTH}
        enterKeyHint="search"
        autoComplete="off"
        placeholder={t('searchPlaceholder')}
        className="block min-h-11 w-full min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-600 sm:text-sm"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1.5 rounded-md bg-brand-700 px-3 text-sm font-medium text-white hover:bg-brand-800"
      >
        <SearchIcon />
        <span className="sr-only sm:not-sr-only">{t('searchButton')}</span>
      </button>
    </form>
  );
}
