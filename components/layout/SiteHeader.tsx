import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { siteConfig } from '@/lib/site/config';
import { HeaderSearch } from '@/components/search/HeaderSearch';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NavLink } from './NavLink';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const tSwitch = await getTranslations({ locale, namespace: 'LocaleSwitcher' });
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;

  return (
    <header className="border-b border-slate-200 bg-white">
      {/* Phones: the name and the language on one line, the sections below, then search. Tablets: the
          name, search and the language on one line, the sections on the whole line below. Wide
          screens: the name and the sections on one line (Japanese's longer names fit without
          wrapping), search and the language below, in source (and tab) order. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:grid sm:grid-cols-[auto_1fr_auto]">
        <Link
          href="/"
          className="group flex items-center gap-2.5 rounded-md py-1 text-slate-900 sm:col-start-1 sm:row-start-1"
        >
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
            <rect width="32" height="32" rx="8" className="fill-brand-700" />
            <path
              d="M7 11.5 16 18l9-6.5M7 10h18v12H7z"
              fill="none"
              stroke="white"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          <span className="leading-tight">
            <span className="block text-base font-bold group-hover:text-brand-700">
              {siteConfig().ispName[locale]}
            </span>
            <span className="block text-xs text-slate-600">{t('supportCenter')}</span>
          </span>
        </Link>
        <nav
          aria-label={t('primaryNav')}
          className="order-1 -mx-3 w-full sm:col-span-3 sm:col-start-1 sm:row-start-2 lg:col-span-2 lg:col-start-2 lg:row-start-1 lg:mx-0 lg:w-auto"
        >
          <ul className="flex flex-wrap gap-1 lg:justify-end">
            <li>
              <NavLink href="/" exact>
                {t('home')}
              </NavLink>
            </li>
            <li>
              <NavLink href="/notices">{t('notices')}</NavLink>
            </li>
            <li>
              <NavLink href="/check">{t('check')}</NavLink>
            </li>
            <li>
              <NavLink href="/guides">{t('guides')}</NavLink>
            </li>
            <li>
              <NavLink href="/faq">{t('faq')}</NavLink>
            </li>
            <li>
              <NavLink href="/status">{t('status')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="order-2 w-full sm:col-start-2 sm:row-start-1 lg:col-span-2 lg:col-start-1 lg:row-start-2">
          <HeaderSearch locale={locale} />
        </div>
        <div className="sm:col-start-3 sm:row-start-1 lg:row-start-2">
          <LocaleSwitcher target={other} label={tSwitch('switchTo')} description={tSwitch('switchToLabel')} />
        </div>
      </div>
    </header>
  );
}
