import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { keepPlaceholders } from '@/i18n/keep-placeholders';
import { Link } from '@/i18n/navigation';
import { ClientMessages } from '@/i18n/client-messages';
import { localeParam } from '@/i18n/locale-param';
import { routing, type Locale } from '@/i18n/routing';
import { requireStaffPage } from '@/lib/auth/staff-guard';
import { formatDate } from '@/lib/dates/format-date';
import { getGuideForEdit, guideEditorValues, listGuideRevisions } from '@/lib/guides/admin-guides';
import { listGuideImagesForEdit } from '@/lib/guides/guide-images';
import { GUIDE_SECTIONS, guideProgramSchema } from '@/lib/guides/guide-input';
import { GUIDE_INCOMING, GUIDE_PLACEHOLDERS, type GuidePlaceholder } from '@/lib/guides/guide-programs';
import { guidePlaceholderValues } from '@/lib/guides/guide-values';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { PLACEHOLDERS, placeholderValues, type Placeholder } from '@/lib/site/placeholders';
import {
  deleteGuideImageAction,
  moveGuideImageAction,
  restoreGuideRevisionAction,
} from '@/app/[locale]/admin/_actions/guide-actions';
import { MoveButtons } from '@/components/admin/MoveButtons';
import { RevisionList } from '@/components/ui/RevisionList';
import { GuideEditor } from '@/components/admin/guides/GuideEditor';
import { GuideImageUpload } from '@/components/admin/guides/GuideImageUpload';
import { Callout } from '@/components/ui/Callout';

/** Every placeholder an editor may type, with what it stands for and its value today per variant. */
async function PlaceholderTable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'AdminGuides' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const registry = await getActiveRegistry();
  const byVariant = GUIDE_INCOMING.map((v) => guidePlaceholderValues(registry, v, undefined));
  const site = Object.fromEntries(routing.locales.map((l) => [l, placeholderValues(l)]));
  const rows: { name: GuidePlaceholder | Placeholder; values: string[] }[] = [
    ...GUIDE_PLACEHOLDERS.map((name) => ({ name, values: byVariant.map((values) => values[name]) })),
    ...PLACEHOLDERS.map((name) => {
      const perLanguage = routing.locales.map((l) => site[l]![name]);
      const value =
        new Set(perLanguage).size === 1
          ? perLanguage[0]!
          : perLanguage.map((v, i) => `${tLanguage(routing.locales[i]!)}: ${v}`).join(' / ');
      return { name, values: GUIDE_INCOMING.map(() => value) };
    }),
  ];
  return (
    <section aria-labelledby="placeholders" className="mt-10">
      <h2 id="placeholders" className="text-lg font-bold">
        {t('placeholdersTitle')}
      </h2>
      <p className="mt-1 mb-3 max-w-3xl text-sm text-slate-700">{t('placeholdersIntro')}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {[
                t('colPlaceholder'),
                t('colMeaning'),
                ...GUIDE_INCOMING.map((v) => t('colValue', { variant: v.toUpperCase() })),
              ].map((heading) => (
                <th key={heading} scope="col" className="p-2">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} className="border-b border-slate-100 align-top last:border-0">
                <th scope="row" className="p-2 font-normal">
                  <code className="font-mono text-xs whitespace-nowrap">{`{{${row.name}}}`}</code>
                </th>
                <td className="p-2">{t(`placeholders.${row.name}`)}</td>
                {row.values.map((value, i) => (
                  <td key={GUIDE_INCOMING[i]} className="p-2 font-mono text-xs break-all">
                    {value || '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default async function EditGuidePage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/guides/[program]'>) {
  const locale = await localeParam(params);
  const program = guideProgramSchema.safeParse((await params).program).data;
  if (!program) notFound();
  await requireStaffPage(locale, 'editor', `/${locale}/admin/guides/${program}`);
  const [guide, revisions, images] = await Promise.all([
    getGuideForEdit(program),
    listGuideRevisions(program),
    listGuideImagesForEdit(program),
  ]);
  const t = await getTranslations({ locale, namespace: 'AdminGuides' });
  const tLanguage = await getTranslations({ locale, namespace: 'LanguageName' });
  const restored = (await searchParams).restored;
  const name = guide?.translations.find((tr) => tr.locale === locale)?.name ?? guide?.translations[0]?.name;

  // One provider for the editor and the screenshot upload below it: their messages go once.
  return (
    <ClientMessages locale={locale} namespaces={['AdminGuides', 'LanguageName', 'ReviewFields']}>
      <p className="mb-2 text-sm">
        <Link href="/admin/guides" className="text-brand-700 underline underline-offset-4">
          {t('allGuides')}
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t('editTitle', { name: name ?? program })}</h1>
        {guide && (
          <Link
            href={`/guides/${program}`}
            className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline underline-offset-4"
          >
            {t('viewPublic')}
          </Link>
        )}
      </div>
      {!guide && <Callout tone="attention">{t('notCreated')}</Callout>}
      {typeof restored === 'string' &&
        (restored === '0' ? (
          <Callout tone="attention">{t('restoreFailed')}</Callout>
        ) : (
          <Callout tone="info">{t('restored', { version: restored })}</Callout>
        ))}
      <GuideEditor
        locale={locale}
        languages={[...routing.locales]}
        initial={guideEditorValues(program, guide)}
      />

      <PlaceholderTable locale={locale} />

      <section aria-labelledby="screenshots" className="mt-10">
        <h2 id="screenshots" className="text-lg font-bold">
          {t('imagesTitle')}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl text-sm text-slate-700">{t('imagesIntro')}</p>
        {GUIDE_SECTIONS.map((section) => {
          const list = images.filter((image) => image.section === section);
          return (
            <section
              key={section}
              aria-labelledby={`images-${section}`}
              className="mb-4 rounded-lg border border-slate-200 bg-white p-4"
            >
              <h3 id={`images-${section}`} className="font-semibold">
                {t(`sections.${section}`)}
              </h3>
              {list.length === 0 ? (
                <p className="mt-2 text-sm text-slate-600">{t('noImages')}</p>
              ) : (
                <ol className="mt-2 divide-y divide-slate-100">
                  {list.map((image, i) => {
                    const alt = { en: image.altEn, ja: image.altJa };
                    const item = alt[locale].length > 40 ? `${alt[locale].slice(0, 40)}…` : alt[locale];
                    return (
                      <li
                        key={image.id}
                        id={`image-${image.id}`}
                        className="flex flex-wrap items-start gap-4 py-3"
                      >
                        {/* The alt texts are printed next to the thumbnail, so it is not described twice. */}
                        {/* eslint-disable-next-line @next/next/no-img-element */}
                        <img
                          src={`/guides/images/${image.id}`}
                          alt=""
                          className="h-24 w-auto max-w-40 rounded border border-slate-200 object-contain"
                        />
                        <dl className="min-w-0 flex-1 text-sm">
                          {routing.locales.map((l) => (
                            <div key={l} className="mb-1">
                              <dt className="text-xs font-semibold text-slate-600">
                                {t('altShown', { language: tLanguage(l) })}
                              </dt>
                              <dd lang={l}>{alt[l]}</dd>
                            </div>
                          ))}
                        </dl>
                        <div className="flex gap-1">
                          <MoveButtons
                            action={moveGuideImageAction}
                            fields={{ locale, program }}
                            id={image.id}
                            label={item}
                            first={i === 0}
                            last={i === list.length - 1}
                            upLabel={t('moveUp', keepPlaceholders('item'))}
                            downLabel={t('moveDown', keepPlaceholders('item'))}
                          />
                          <form action={deleteGuideImageAction}>
                            <input type="hidden" name="locale" value={locale} />
                            <input type="hidden" name="program" value={program} />
                            <input type="hidden" name="id" value={image.id} />
                            <button
                              type="submit"
                              aria-label={t('deleteLabel', { item })}
                              className="inline-flex min-h-11 items-center rounded-md border border-red-300 bg-white px-3 text-sm font-medium text-red-800 hover:border-red-600"
                            >
                              {t('delete')}
                            </button>
                          </form>
                        </div>
                      </li>
                    );
                  })}
                </ol>
              )}
            </section>
          );
        })}
        {guide ? (
          <GuideImageUpload locale={locale} program={program} languages={[...routing.locales]} />
        ) : (
          <p className="text-sm text-slate-700">{t('imagesSaveFirst')}</p>
        )}
      </section>

      <RevisionList
        revisions={revisions.map((revision) => ({
          id: revision.id,
          version: revision.version,
          label: t('version', { version: revision.version }),
          byline: t('by', { date: formatDate(revision.createdAt, locale), email: revision.authorEmail }),
        }))}
        currentVersion={guide?.version ?? 0}
        restoreAction={restoreGuideRevisionAction}
        fields={{ locale, program }}
        text={{
          title: t('revisions'),
          current: t('current'),
          restore: t('restore'),
          noEarlier: t('noEarlierVersions'),
        }}
      />
    </ClientMessages>
  );
}
