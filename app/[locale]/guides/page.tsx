import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { cachedGuides } from '@/lib/guides/cached-guides';
import {
  DEVICE_GUIDE_PROGRAMS,
  type DeviceGuideProgram,
  type GuidePageProgram,
} from '@/lib/guides/guide-programs';
import { guidePlaceholderValues } from '@/lib/guides/guide-values';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { siteConfig } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/page-metadata';
import { DeviceGuess } from '@/components/guides/DeviceGuess';
import { DeviceHint } from '@/components/guides/DeviceHint';
import { GuideSettingsTable } from '@/components/guides/GuideSettingsTable';
import { ProgramIcon } from '@/components/guides/ProgramIcon';
import { PageHeader } from '@/components/ui/PageHeader';

export async function generateMetadata({ params }: PageProps<'/[locale]/guides'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Guides' });
  const tMeta = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  return pageMetadata({
    locale,
    path: '/guides',
    title: t('title'),
    description: t('description', { ispName }),
    siteName: tMeta('siteName', { ispName }),
  });
}

/** Choose your mail program: a card per guide, a hint from the browser's platform, the plain settings. */
export default async function GuidesPage({ params }: PageProps<'/[locale]/guides'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Guides' });
  const [guides, registry] = await Promise.all([cachedGuides(locale), getActiveRegistry()]);
  const deviceHints = new Map<GuidePageProgram, { program: DeviceGuideProgram; label: string }>(
    DEVICE_GUIDE_PROGRAMS.map((program) => [
      program,
      { program, label: t('deviceHint', { platform: t(`platform.${program}`) }) },
    ]),
  );
  // The card whose device hint shows gets the hover border for good (app/globals.css).
  const card =
    'relative flex h-full min-h-11 gap-4 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600 focus-visible:border-brand-600';

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description', { ispName: siteConfig().ispName[locale] })}
      />
      <DeviceGuess />
      <h2 className="mb-3 text-lg font-bold text-slate-900">{t('choose')}</h2>
      <ul className="mb-10 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {guides.map((guide) => (
          <li key={guide.program}>
            <Link href={`/guides/${guide.program}`} className={card} lang={guide.textLocale}>
              <ProgramIcon program={guide.program} />
              {deviceHints.has(guide.program) && (
                <DeviceHint {...deviceHints.get(guide.program)!} lang={locale} />
              )}
              <span>
                <span className="block font-semibold text-slate-900">{guide.name}</span>
                {!guide.supported && (
                  <span className="mt-1 inline-block rounded bg-attention-50 px-1.5 text-xs font-semibold text-attention-800">
                    {t('unsupportedBadge')}
                  </span>
                )}
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/guides/other" className={card}>
            <ProgramIcon program="other" />
            <span className="block font-semibold text-slate-900">{t('otherProgram')}</span>
          </Link>
        </li>
      </ul>
      <GuideSettingsTable
        locale={locale}
        caption={t('plainSettings')}
        values={guidePlaceholderValues(registry, 'imap', undefined)}
      />
      <p className="mt-3 text-sm text-slate-700">
        {t.rich('popNote', {
          link: (chunks) => (
            <Link href="/guides/other?type=pop3" className="text-brand-700 underline underline-offset-4">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="mt-8 text-sm text-slate-700">
        <Link href="/guides/dns-records" className="text-brand-700 underline underline-offset-4">
          {t('dnsLink')}
        </Link>
      </p>
    </>
  );
}
