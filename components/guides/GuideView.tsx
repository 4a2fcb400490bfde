import type { Metadata } from 'next';
import { FeedbackBox } from '@/components/feedback/FeedbackBox';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { localeParam } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { cachedGuide } from '@/lib/guides/cached-guides';
import type { GuideIncoming } from '@/lib/guides/guide-programs';
import { parseGuideProgram, parseGuideQuery, type GuideQuery } from '@/lib/guides/guide-request';
import { guidePlaceholderValues, resolveGuideText } from '@/lib/guides/guide-values';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { renderGuideSection } from '@/lib/guides/render-guide';
import { siteConfig } from '@/lib/site/config';
import { resolvePlaceholders } from '@/lib/site/placeholders';
import { pageMetadata } from '@/lib/site/page-metadata';
import { GuideSettingsTable } from '@/components/guides/GuideSettingsTable';
import { ProgramStepList } from '@/components/programs/ProgramStepList';
import { ScreenDrawing } from '@/components/programs/ScreenDrawing';
import { guideSteps } from '@/lib/guides/guide-steps';
import { drawScreen } from '@/lib/programs/draw-screen';
import { OneClickSetup } from '@/components/guides/OneClickSetup';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { Callout } from '@/components/ui/Callout';
import { PageHeader } from '@/components/ui/PageHeader';

export type GuideParams = Promise<{ locale: string; program: string }>;

async function load(locale: Locale, value: string) {
  const program = parseGuideProgram(value);
  if (!program) notFound();
  const guide = program === 'other' ? null : await cachedGuide(program, locale);
  if (program !== 'other' && !guide) notFound();
  return { program, guide };
}

/** Title, description and canonical address: always the guide's plain address, whatever the query. */
export async function guideMetadata(params: GuideParams): Promise<Metadata> {
  const locale = await localeParam(params);
  const { program, guide } = await load(locale, (await params).program);
  const t = await getTranslations({ locale, namespace: 'Guides' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return pageMetadata({
    locale,
    path: `/guides/${program}`,
    title: guide ? t('guideTitle', { name: guide.name }) : t('otherTitle'),
    description: guide ? resolvePlaceholders(guide.summary, guide.textLocale) : t('otherDescription'),
    siteName: tMeta('siteName', { ispName }),
  });
}

/**
 * One program's setup guide. Every server value comes from the registry for the chosen variant
 * (?type=imap|pop3); ?email= (checked against our domains) fills in the customer's address and user
 * name and enables one-click configuration. Rendered by two routes (see app/[locale]/guides/[program]):
 * the plain address, cached, with an empty query; and the same address with a query, per request.
 */
export async function GuideView({ params, query: rawQuery }: { params: GuideParams; query: GuideQuery }) {
  const locale = await localeParam(params);
  const { program, guide } = await load(locale, (await params).program);
  const t = await getTranslations({ locale, namespace: 'Guides' });
  const tSteps = await getTranslations({ locale, namespace: 'ProgramSteps' });
  const registry = await getActiveRegistry();
  const offered: GuideIncoming[] = guide?.incoming ?? ['imap', 'pop3'];
  const query = parseGuideQuery(registry, offered, rawQuery);
  const values = guidePlaceholderValues(registry, query.incoming, query.email);
  // The steps for an account that exists, from the program model: the checker's words exactly.
  const steps = program === 'other' ? [] : guideSteps(program, registry, query.incoming, locale);
  const title = guide ? t('guideTitle', { name: guide.name }) : t('otherTitle');
  const textLocale = guide?.textLocale ?? locale;
  const render = (text: string) => renderGuideSection(text, textLocale, values);
  const variantHref = (incoming: GuideIncoming) => ({
    pathname: `/guides/${program}`,
    query: { type: incoming, ...(query.email ? { email: query.email } : {}) },
  });

  return (
    <>
      <Breadcrumbs
        label={t('breadcrumbs')}
        items={[{ label: t('title'), href: '/guides' }, { label: guide?.name ?? t('otherProgram') }]}
      />
      <PageHeader
        title={title}
        description={guide ? resolveGuideText(guide.summary, textLocale, values) : t('otherDescription')}
      />
      {guide && !guide.supported && (
        <div role="note">
          <Callout tone="attention">{t('unsupported', { name: guide.name })}</Callout>
        </div>
      )}
      {guide?.fallback && <Callout tone="info">{t(`fallback.${guide.textLocale}`)}</Callout>}

      <form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <input type="hidden" name="type" value={query.incoming} />
        <div className="min-w-0 flex-1">
          <label htmlFor="guide-email" className="block text-sm font-semibold text-slate-800">
            {t('emailLabel')}
          </label>
          <input
            id="guide-email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={query.typed ?? ''}
            aria-invalid={Boolean(query.emailProblem)}
            aria-describedby="guide-email-help"
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600"
          />
          <p id="guide-email-help" className="mt-1 text-xs text-slate-600">
            {query.emailProblem ? (
              <span className="text-red-700" role="alert">
                {t(`emailProblem.${query.emailProblem}`, { domain: registry.domains.join(', ') })}
              </span>
            ) : query.email ? (
              t('personalised', { email: query.email })
            ) : (
              t('emailHelp')
            )}
          </p>
        </div>
        <button
          type="submit"
          className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-medium hover:border-brand-600"
        >
          {t('personalise')}
        </button>
      </form>

      {offered.length > 1 && (
        <nav aria-labelledby="variant-heading" className="mb-6">
          <h2 id="variant-heading" className="text-sm font-bold text-slate-800">
            {t('variantHeading')}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {offered.map((incoming, index) => (
              <li key={incoming}>
                <Link
                  href={variantHref(incoming)}
                  aria-current={incoming === query.incoming ? 'page' : undefined}
                  className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                >
                  {t(`variant.${incoming}`)}
                  {index === 0 && ` ${t('recommendedMark')}`}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-2 max-w-3xl text-sm text-slate-700">{t(`variantAdvice.${query.incoming}`)}</p>
        </nav>
      )}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-10">
          {guide ? (
            // An existing customer checks or changes the account they have first; adding one comes after.
            (['existingAccount', 'newAccount'] as const).map((section) => (
              <section key={section} aria-labelledby={`section-${section}`} lang={textLocale}>
                <h2 id={`section-${section}`} className="mb-3 text-xl font-bold text-slate-900">
                  {t(`section.${section}`)}
                </h2>
                <div
                  className="prose prose-slate max-w-none prose-a:text-brand-700 prose-code:before:content-none prose-code:after:content-none"
                  dangerouslySetInnerHTML={{ __html: render(guide[section]) }}
                />
                {section === 'existingAccount' &&
                  steps.map(({ program: modelled, groups }) => (
                    <div key={modelled.id} className="mt-4" lang={locale} data-testid="guide-steps">
                      {steps.length > 1 && (
                        <h3 className="mb-2 text-lg font-bold text-slate-900">{modelled.versions[locale]}</h3>
                      )}
                      <ProgramStepList
                        groups={groups}
                        headingLevel={steps.length > 1 ? 4 : 3}
                        text={{
                          open: (path) => tSteps('open', { path }),
                          now: (value) => tSteps('now', { value }),
                        }}
                        drawings={(group, firstNumber) => (
                          <ScreenDrawing
                            drawing={drawScreen({
                              program: modelled,
                              screenId: group.screen.id,
                              tabId: group.tab.id,
                              protocol: query.incoming,
                              locale,
                              steps: group.steps,
                              firstNumber,
                            })}
                            caption={tSteps('drawingCaption', { screen: group.heading })}
                          />
                        )}
                      />
                      {(modelled.limitations ?? []).map((limitation) => (
                        <p key={limitation.field} className="mt-2 text-sm text-slate-700">
                          {limitation.words[locale]}
                        </p>
                      ))}
                    </div>
                  ))}
                {guide.images
                  .filter((image) => image.section === section)
                  .map((image) => (
                    <figure key={image.id} className="mt-4">
                      {/* eslint-disable-next-line @next/next/no-img-element -- stored screenshots of unknown size */}
                      <img
                        src={`/guides/images/${image.id}`}
                        alt={image.alt}
                        loading="lazy"
                        className="max-w-full rounded-lg border border-slate-200"
                      />
                      <figcaption className="mt-1 text-sm text-slate-700">{image.alt}</figcaption>
                    </figure>
                  ))}
              </section>
            ))
          ) : (
            <p className="max-w-3xl text-slate-700">{t('otherIntro')}</p>
          )}
          <p className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3">
            {t.rich('checkPrompt', {
              link: (chunks) => (
                <Link href="/check" className="font-semibold text-brand-700 underline underline-offset-4">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
        <aside className="space-y-6 lg:sticky lg:top-4 lg:self-start">
          <OneClickSetup locale={locale} program={program} incoming={query.incoming} email={query.email} />
          <GuideSettingsTable
            locale={locale}
            caption={t('settingsCaption', { protocol: values.incomingProtocol })}
            values={values}
          />
        </aside>
      </div>
      <FeedbackBox locale={locale} kind="guide" slug={program} />
    </>
  );
}
