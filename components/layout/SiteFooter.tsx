import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { siteConfig } from '@/lib/site/config';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  const tLayout = await getTranslations({ locale, namespace: 'Layout' });
  const config = siteConfig();
  const link = (chunks: ReactNode) => (
    <a className="font-medium text-brand-700 underline" href={`mailto:${config.supportEmail}`}>
      {chunks}
    </a>
  );

  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-[2fr_1fr]">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-base font-bold text-slate-900">
            {t('contactHeading')}
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            {t.rich('contactText', { email: config.supportEmail, link: (chunks) => link(chunks) })}
          </p>
          <p className="mt-2 text-sm text-slate-700" data-testid="support-phone">
            {t.rich('phone', {
              phone: config.supportPhone,
              hours: config.supportHours[locale],
              tel: (chunks) => (
                <a
                  className="font-semibold text-slate-900 underline"
                  href={`tel:${config.supportPhone.replace(/[^\d+]/g, '')}`}
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
          <p className="mt-2 text-sm">
            <a className="font-medium text-brand-700 underline" href={config.contactUrl}>
              {t('contactForm')}
            </a>
          </p>
        </section>
        <ul className="space-y-1 text-sm">
          <li>
            <Link className="text-slate-700 underline-offset-4 hover:underline" href="/notices">
              {tLayout('notices')}
            </Link>
          </li>
          <li>
            <Link className="text-slate-700 underline-offset-4 hover:underline" href="/notices/archive">
              {tLayout('backNumbers')}
            </Link>
          </li>
          <li>
            <Link className="text-slate-700 underline-offset-4 hover:underline" href="/faq">
              {tLayout('faq')}
            </Link>
          </li>
          <li>
            <Link className="text-slate-700 underline-offset-4 hover:underline" href="/status">
              {tLayout('status')}
            </Link>
          </li>
          <li>
            <Link className="text-slate-700 underline-offset-4 hover:underline" href="/guides">
              {tLayout('guides')}
            </Link>
          </li>
          <li>
            <a
              className="text-slate-700 underline-offset-4 hover:underline"
              href={`/${locale}/notices/feed.xml`}
            >
              {t('feed')}
            </a>
          </li>
        </ul>
      </div>
      <div className="border-t border-slate-100">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-4 text-xs text-slate-600">
          <p>{t('copyright', { year: new Date().getFullYear(), ispName: config.ispName[locale] })}</p>
          <a href="#top" className="inline-flex min-h-11 items-center underline-offset-4 hover:underline">
            {t('pageTop')}
          </a>
        </div>
      </div>
    </footer>
  );
}
