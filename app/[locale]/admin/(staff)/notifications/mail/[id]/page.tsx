import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { getCapturedMail } from '@/lib/notifications/admin-notifications';

/**
 * One captured mail: its text part, its HTML part in a sandboxed frame (no scripts, no same-origin),
 * and the whole source with every header, as a mail program would receive it.
 */
export default async function CapturedMailView({
  params,
}: PageProps<'/[locale]/admin/notifications/mail/[id]'>) {
  const locale = await localeParam(params);
  const { id } = await params;
  await requireStaffPage(locale, 'admin', `/${locale}/admin/notifications/mail/${id}`);
  const mail = await getCapturedMail(id);
  if (!mail) notFound();
  const t = await getTranslations({ locale, namespace: 'NotificationsAdmin' });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/notifications/mail" className="text-brand-700 underline">
          {t('capturedBack')}
        </Link>
      </p>
      <h1 className="text-xl font-bold text-slate-900" data-testid="captured-subject">
        {mail.subject}
      </h1>
      <p className="mb-6 text-sm text-slate-600">{mail.to}</p>
      <h2 className="mb-2 font-bold">{t('capturedText')}</h2>
      <pre
        className="mb-6 overflow-x-auto rounded-md border border-slate-200 bg-white p-4 text-sm whitespace-pre-wrap"
        data-testid="captured-text"
      >
        {mail.text}
      </pre>
      <h2 className="mb-2 font-bold">{t('capturedHtml')}</h2>
      <iframe
        title={t('capturedHtml')}
        sandbox=""
        srcDoc={mail.html}
        className="mb-6 h-96 w-full rounded-md border border-slate-200 bg-white"
      />
      <details>
        <summary className="min-h-11 cursor-pointer font-bold">{t('capturedSource')}</summary>
        <pre
          className="overflow-x-auto rounded-md border border-slate-200 bg-white p-4 text-xs"
          data-testid="captured-source"
        >
          {mail.source}
        </pre>
      </details>
    </>
  );
}
