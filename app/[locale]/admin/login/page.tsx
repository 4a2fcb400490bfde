import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { staffReturnPath } from '@/lib/auth/return-path';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { currentStaff } from '@/lib/auth/staff-guard';
import { SignInForm } from '@/components/admin/SignInForm';
import { Callout } from '@/components/ui/Callout';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/login'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/admin/login'>) {
  const locale = await localeParam(params);
  const query = await searchParams;
  if (await currentStaff()) redirect(`/${locale}/admin`);
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  // Only a valid place in this locale's staff area is carried by the form (lib/auth/return-path.ts).
  const asked = staffReturnPath(locale, query.next);
  const next = asked === `/${locale}/admin` ? undefined : asked;

  return (
    <div className="mx-auto max-w-sm py-6">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-2 mb-6 text-sm text-slate-700">{t('intro')}</p>
      {query.signedOut === '1' && <Callout tone="info">{t('signedOut')}</Callout>}
      <ClientMessages locale={locale} namespaces={['SignIn']}>
        <SignInForm locale={locale} next={next} />
      </ClientMessages>
    </div>
  );
}
