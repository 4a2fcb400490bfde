import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { GuideIncoming } from '@/lib/guides/guide-programs';
import type { GuidePageProgram } from '@/lib/guides/guide-request';
import { profileSigner } from '@/lib/autoconfig/sign-profile';

/**
 * The quickest way to set up each program: a configuration profile for Apple devices, and a note for
 * Thunderbird and Outlook, which fetch our settings by themselves (autoconfig, Autodiscover) once the
 * address is typed in. Other programs have none.
 */
export async function OneClickSetup({
  locale,
  program,
  incoming,
  email,
}: {
  locale: Locale;
  program: GuidePageProgram;
  incoming: GuideIncoming;
  email: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: 'Guides.oneClick' });
  const box = 'rounded-xl border border-emerald-200 bg-emerald-50 p-4 text-sm text-slate-900';
  if (program === 'iphone' || program === 'apple-mail') {
    const signer = profileSigner();
    const href = email
      ? `/${locale}/guides/mail.mobileconfig?${new URLSearchParams({ email, type: incoming === 'pop3' ? 'pop' : 'imap' })}`
      : null;
    return (
      <section aria-labelledby="one-click" className={box}>
        <h2 id="one-click" className="font-bold">
          {t('heading')}
        </h2>
        <p className="mt-1">{t('profileIntro')}</p>
        {href ? (
          <a
            href={href}
            download
            className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t('profileDownload')}
          </a>
        ) : (
          <p className="mt-2 font-medium">{t('profileNeedsEmail')}</p>
        )}
        <p className="mt-2 text-slate-700">
          {t(program === 'iphone' ? 'profileInstallIphone' : 'profileInstallMac')}
        </p>
        {/* Whether the device will call the profile verified, so nobody is alarmed by "Not Verified". */}
        <p className="mt-2 text-slate-700" data-testid="profile-signature">
          {signer ? t('profileSigned', { signer: signer.subject }) : t('profileUnsigned')}
        </p>
      </section>
    );
  }
  if (
    program === 'thunderbird' ||
    program === 'outlook' ||
    program === 'outlook-2013' ||
    program === 'new-outlook'
  ) {
    return (
      <section aria-labelledby="one-click" className={box}>
        <h2 id="one-click" className="font-bold">
          {t('heading')}
        </h2>
        <p className="mt-1">{t(program === 'thunderbird' ? 'thunderbird' : 'outlook')}</p>
      </section>
    );
  }
  return null;
}
