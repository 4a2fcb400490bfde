import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import { sentenceGap } from '@/i18n/join-sentences';
import { localeParam } from '@/i18n/locale-param';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { formatDate, formatDateTime, parseJapanDay } from '@/lib/dates/format-date';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { registryToForm } from '@/lib/mail-registry/registry-form';
import type { PolicyKind } from '@/lib/mail-registry/registry-schema';
import { listRegistryRevisions } from '@/lib/mail-registry/registry-store';
import { listAllNoticeSlugs } from '@/lib/notices/admin-notices';
import { restoreMailRegistryAction } from '@/app/[locale]/admin/_actions/mail-registry-actions';
import { MailRegistryEditor } from '@/components/admin/mail-registry/MailRegistryEditor';
import { Callout } from '@/components/ui/Callout';

const RESULTS = ['restored', 'conflict', 'notFound', 'invalid'] as const;

/** Admins edit the mail service registry: servers, ports, security and the policies in force. */
export default async function MailServersPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/mail-servers'>) {
  const locale = await localeParam(params);
  await requireStaffPage(locale, 'admin', `/${locale}/admin/mail-servers`);
  const t = await getTranslations({ locale, namespace: 'MailRegistryAdmin' });
  const [checkerJa, checkerEn] = await Promise.all([
    getTranslations({ locale: 'ja', namespace: 'Checker' }),
    getTranslations({ locale: 'en', namespace: 'Checker' }),
  ]);
  // A registry stored before policies had statements shows the messages' wording, to be saved with it.
  const fallbackStatement = ({ id, effective }: { id: PolicyKind; effective: string }) => ({
    ja: checkerJa(`policyStatement.${id}`, { date: formatDate(parseJapanDay(effective), 'ja') }),
    en: checkerEn(`policyStatement.${id}`, { date: formatDate(parseJapanDay(effective), 'en') }),
  });
  // Reading the registry also imports MAIL_SERVICE_FILE if it changed, so the form shows what is in force.
  const registry = await getActiveRegistry();
  const [revisions, noticeSlugs] = await Promise.all([listRegistryRevisions(), listAllNoticeSlugs()]);
  const current = revisions[0];
  const requested = (await searchParams).result;
  const result = RESULTS.find((r) => r === requested);

  const sourceText = (revision: (typeof revisions)[number]) =>
    revision.source === 'file'
      ? t('sourceFile', { file: revision.sourceFile })
      : revision.source === 'restore'
        ? t('sourceRestore', { email: revision.authorEmail, note: revision.note })
        : t('sourceEditor', { email: revision.authorEmail });

  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 text-sm text-slate-700">{t('intro')}</p>
      {current && (
        <p className="mt-2 mb-6 text-sm text-slate-700">
          {t('inForce', {
            id: current.id,
            when: formatDateTime(current.createdAt, locale),
            source: sourceText(current),
          })}
          {sentenceGap(locale)}
          <a href="/api/admin/mail-registry" className="font-medium text-brand-700 underline" download>
            {t('download')}
          </a>
        </p>
      )}
      {process.env.MAIL_SERVICE_FILE && (
        <Callout tone="info">{t('fileNote', { file: process.env.MAIL_SERVICE_FILE })}</Callout>
      )}
      {result && (
        <div role="status" className="my-4">
          <Callout tone={result === 'restored' ? 'info' : 'attention'}>{t(`result.${result}`)}</Callout>
        </div>
      )}
      <ClientMessages locale={locale} namespaces={['MailRegistryAdmin']}>
        <MailRegistryEditor
          initial={registryToForm(registry, fallbackStatement)}
          baseId={current?.id ?? 0}
          noticeSlugs={noticeSlugs}
        />
      </ClientMessages>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-lg font-bold">
          {t('historyHeading')}
        </h2>
        <ol className="mt-3 space-y-2">
          {revisions.map((revision, index) => (
            <li
              key={revision.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
            >
              <p>
                <strong>#{revision.id}</strong> · {formatDateTime(revision.createdAt, locale)} ·{' '}
                {sourceText(revision)}
                {revision.note && revision.source === 'editor' && (
                  <span className="block text-slate-700">{revision.note}</span>
                )}
              </p>
              {index === 0 ? (
                <span className="text-slate-600">{t('currentVersion')}</span>
              ) : (
                <form action={restoreMailRegistryAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="revisionId" value={revision.id} />
                  <input type="hidden" name="baseId" value={current?.id ?? 0} />
                  <button
                    type="submit"
                    className="min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium hover:border-brand-600"
                    aria-label={t('restoreLabel', { id: revision.id })}
                  >
                    {t('restore')}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
