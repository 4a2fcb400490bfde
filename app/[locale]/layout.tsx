import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { ClientMessages } from '@/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { siteConfig } from '@/lib/site/config';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { StatusBanner } from '@/components/status/StatusBanner';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { HydrationSignal } from '@/components/layout/HydrationSignal';

// No pages are rendered at build time, so a build never needs the database: each page is rendered on
// its first request and then served from the cache until a content tag is revalidated.
export function generateStaticParams() {
  return [];
}

export const viewport: Viewport = { themeColor: '#0b4d75', width: 'device-width', initialScale: 1 };

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const ispName = siteConfig().ispName[locale];
  const siteName = t('siteName', { ispName });
  return {
    metadataBase: new URL(siteConfig().baseUrl),
    title: { default: siteName, template: `%s | ${siteName}` },
    description: t('defaultDescription', { ispName }),
    applicationName: siteName,
    formatDetection: { telephone: false, email: false, address: false },
    // Static files in public/ (scripts/make-public-assets.mjs renders the PNGs from the SVG): a
    // light and a dark mark for browser tabs, the home-screen icon, and the link preview image.
    icons: {
      icon: [
        { url: '/icons/icon-light.svg', type: 'image/svg+xml', media: '(prefers-color-scheme: light)' },
        { url: '/icons/icon-dark.svg', type: 'image/svg+xml', media: '(prefers-color-scheme: dark)' },
        { url: '/icons/icon-192.png', type: 'image/png', sizes: '192x192' },
      ],
      apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
    },
    alternates: {
      types: { 'application/atom+xml': `/${locale}/notices/feed.xml` },
    },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Layout' });

  return (
    <html lang={locale} id="top">
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-white px-4 py-3 font-medium text-brand-800 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t('skipToContent')}
        </a>
        {/* Client leaves only need the messages of the error boundary and the status banner. */}
        <ClientMessages locale={locale} namespaces={['Error', 'StatusBanner']}>
          <StatusBanner />
          <SiteHeader locale={locale} />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none"
          >
            {children}
          </main>
          <SiteFooter locale={locale} />
        </ClientMessages>
        <HydrationSignal />
      </body>
    </html>
  );
}
