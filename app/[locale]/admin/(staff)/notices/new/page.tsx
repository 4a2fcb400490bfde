import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { noticeEditorValues } from '@/lib/notices/notice-editor-values';
import { NoticeEditor } from '@/components/admin/notices/NoticeEditor';
import { audienceByCategory } from '@/lib/notifications/audience';

export default async function NewNoticePage({ params }: PageProps<'/[locale]/admin/notices/new'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'editor', `/${locale}/admin/notices/new`);
  const t = await getTranslations({ locale, namespace: 'NoticeEditor' });
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold text-slate-900">{t('newTitle')}</h1>
      <ClientMessages
        locale={locale}
        namespaces={['NoticeEditor', 'NoticeCategory', 'NoticeStatus', 'LanguageName', 'ReviewFields']}
      >
        <NoticeEditor
          locale={locale}
          languages={[...routing.locales]}
          initial={noticeEditorValues(null)}
          audience={await audienceByCategory()}
        />
      </ClientMessages>
    </>
  );
}
