import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { GuideProgram } from '@/lib/guides/guide-programs';
import type { SearchIntents } from '@/lib/search/search-intents';
import { searchQuery } from '@/lib/search/search-params';

const linkClass = 'font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800';

export interface NoResultHelp {
  /** A corrected query that has results ("did you mean"). */
  spelling: string | null;
  /** Single words of the query that do have results on their own. */
  partial: { word: string; count: number }[];
}

async function IntentLinks({
  locale,
  intents,
  guideNames,
}: {
  locale: Locale;
  intents: SearchIntents;
  guideNames: Partial<Record<GuideProgram, string>>;
}) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const link = (chunks: ReactNode) => (
    <Link href="/check" className={linkClass}>
      {chunks}
    </Link>
  );
  const items: ReactNode[] = [];
  if (intents.checker) {
    items.push(
      <li key="checker">
        {intents.ports[0] !== undefined
          ? t.rich('checkerPort', { port: String(intents.ports[0]), link })
          : t.rich('checker', { link })}
      </li>,
    );
  }
  for (const program of intents.programs) {
    const name = guideNames[program];
    if (!name) continue;
    items.push(
      <li key={program}>
        <Link href={`/guides/${program}`} className={linkClass}>
          {t('guide', { name })}
        </Link>
      </li>,
    );
  }
  if (intents.programs.length > 0) {
    items.push(
      <li key="guides">
        <Link href="/guides" className={linkClass}>
          {t('allGuides')}
        </Link>
      </li>,
    );
  }
  return items;
}

/** The answer that explains an error message or code in the query (lib/search/error-answers.ts). */
export interface ErrorAnswerLink {
  /** The error as typed. */
  error: string;
  title: string;
  /** Path under the locale prefix (`/faq#…`). */
  path: string;
}

/** Shortcuts shown above the results when the query names a port, an error or a mail program. */
export async function SearchShortcuts(props: {
  locale: Locale;
  intents: SearchIntents;
  guideNames: Partial<Record<GuideProgram, string>>;
  errorAnswer?: ErrorAnswerLink | null;
}) {
  const t = await getTranslations({ locale: props.locale, namespace: 'Search' });
  const items = await IntentLinks(props);
  const { errorAnswer } = props;
  if (errorAnswer) {
    items.unshift(
      <li key="error-answer">
        {t.rich('errorAnswer', {
          error: errorAnswer.error,
          title: errorAnswer.title,
          link: (chunks) => (
            <Link href={errorAnswer.path} className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </li>,
      // The whole message may say more than its code: the error diagnoser (docs/diagnose.md).
      <li key="diagnose">
        {(await getTranslations({ locale: props.locale, namespace: 'Diagnose' })).rich('searchLink', {
          link: (chunks) => (
            <Link href="/diagnose" className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </li>,
    );
  }
  if (items.length === 0) return null;
  return (
    <div className="mb-6 rounded-lg border border-brand-200 bg-brand-50 p-4 text-sm text-slate-800">
      <h2 className="font-bold text-brand-900">{t('shortcutsLabel')}</h2>
      <ul className="mt-1 space-y-1">{items}</ul>
    </div>
  );
}

/** What to try when nothing was found. */
export async function NoResults({
  locale,
  all,
  help,
  intents,
  guideNames,
}: {
  locale: Locale;
  all: boolean;
  help: NoResultHelp;
  intents: SearchIntents;
  guideNames: Partial<Record<GuideProgram, string>>;
}) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const tLayout = await getTranslations({ locale, namespace: 'Layout' });
  const searchLink = (query: string, text: ReactNode) => (
    <Link href={{ pathname: '/search', query: searchQuery({ q: query, all }) }} className={linkClass}>
      {text}
    </Link>
  );
  const intentItems = await IntentLinks({ locale, intents, guideNames });

  return (
    <section
      aria-labelledby="search-suggestions"
      className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="search-suggestions" className="text-lg font-bold text-slate-900">
        {t('suggestionsHeading')}
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-5 text-slate-800">
        {help.spelling && (
          <li>
            {t.rich('didYouMean', { suggestion: help.spelling, link: (c) => searchLink(help.spelling!, c) })}
          </li>
        )}
        {help.partial.map(({ word, count }) => (
          <li key={word}>{t.rich('tryOnly', { word, count, link: (c) => searchLink(word, c) })}</li>
        ))}
        {intentItems}
        <li>{t('tipSpelling')}</li>
        {!all && <li>{t('tipLanguage')}</li>}
      </ul>
      <h2 className="mt-6 text-base font-bold text-slate-900">{t('browseHeading')}</h2>
      <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {(
          [
            ['/notices', tLayout('notices')],
            ['/faq', tLayout('faq')],
            ['/guides', tLayout('guides')],
            ['/check', tLayout('check')],
          ] as const
        ).map(([href, label]) => (
          <li key={href}>
            <Link href={href} className={`inline-flex min-h-11 items-center ${linkClass}`}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
