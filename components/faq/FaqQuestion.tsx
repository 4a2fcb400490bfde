import { getTranslations } from 'next-intl/server';
import { HelpfulVote } from '@/components/feedback/HelpfulVote';
import type { Locale } from '@/i18n/routing';
import type { FaqQuestionView } from '@/lib/faq/faq-view';
import { Callout } from '@/components/ui/Callout';

/**
 * One question as a native <details>: it opens without JavaScript, and because the anchor id sits on
 * the answer, following `/faq#slug` makes the browser open it (find-in-page and fragment navigation
 * reveal closed <details>); OpenFaqFromHash covers browsers that do not.
 */
export async function FaqQuestion({ item, locale }: { item: FaqQuestionView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Faq' });
  return (
    <li>
      <details className="group rounded-lg border border-slate-200 bg-white open:border-brand-200">
        <summary className="flex min-h-11 items-start gap-3 rounded-lg px-4 py-3 hover:bg-brand-50">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="disclosure-icon mt-1.5 size-4 shrink-0 text-brand-700 transition-transform"
            fill="currentColor"
          >
            <path d="M7 4l7 6-7 6z" />
          </svg>
          <span className="flex-1 font-semibold text-slate-900" lang={item.textLocale}>
            {item.question}
          </span>
          {item.historical && (
            <span className="mt-0.5 shrink-0 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700 ring-1 ring-slate-200">
              {t('historical')}
            </span>
          )}
        </summary>
        <div id={item.slug} className="scroll-mt-24 border-t border-slate-100 px-4 pt-3 pb-4 sm:pl-11">
          {item.historical && <Callout tone="neutral">{t('historicalNote')}</Callout>}
          {item.fallback && (
            <Callout tone="info">{t('translationMissing', { language: item.textLocale })}</Callout>
          )}
          <div
            className="prose prose-slate max-w-none prose-a:text-brand-700 prose-code:before:content-none prose-code:after:content-none"
            lang={item.textLocale}
            dangerouslySetInnerHTML={{ __html: item.answerHtml }}
          />
          <HelpfulVote kind="faq" slug={item.slug} />
          <p className="mt-3 text-right text-xs">
            <a
              href={`#${item.slug}`}
              className="text-slate-600 underline underline-offset-4 hover:text-brand-700"
            >
              {t('permalink')}
            </a>
          </p>
        </div>
      </details>
    </li>
  );
}
