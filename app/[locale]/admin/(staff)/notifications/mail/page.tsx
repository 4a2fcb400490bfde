import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { formatDateTime } from '@/lib/dates/format-date';
import { listCapturedMail } from '@/lib/notifications/admin-notifications';

/** Mail the demo would have sent (no SMTP_URL). Admins only: the mails carry subscribers' links. */
export default async function CapturedMailPage({ params }: PageProps<'/[locale]/admin/notifications/mail'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'admin', `/${locale}/admin/notifications/mail`);
  const t = await getTranslations({ locale, namespace: 'NotificationsAdmin' });
  const mails = await listCapturedMail();
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('capturedTitle')}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t('capturedIntro')}</p>
      {mails.length === 0 ? (
        <p className="text-sm">{t('capturedEmpty')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
          {mails.map((mail) => (
            <li key={mail.id} className="px-4 py-3" data-testid="captured-mail">
              <Link
                href={`/admin/notifications/mail/${mail.id}`}
                className="font-medium text-brand-700 underline"
              >
                {mail.subject}
              </Link>
              <p className="text-slate-600">
                {mail.to} · {formatDateTime(mail.createdAt, locale)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
