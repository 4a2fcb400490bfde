'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { saveGuideAction } from '@/app/[locale]/admin/_actions/guide-actions';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { LanguageColumns } from '@/components/admin/LanguageColumns';
import { MarkdownPreview } from '@/components/admin/MarkdownPreview';
import { ReviewFields } from '@/components/admin/ReviewFields';
import { SaveButton } from '@/components/admin/SaveButton';
import { SelectField } from '@/components/admin/SelectField';
import { useEditorAction, type BilingualEditorProps } from '@/components/admin/use-editor-action';
import { ConflictView } from '@/components/ui/ConflictView';
import { FieldRow, fieldStyle as input } from '@/components/ui/FieldRow';
import type { GuideEditorValues } from '@/lib/guides/admin-guides';
import {
  GUIDE_INCOMING_ORDERS,
  GUIDE_LIMITS,
  GUIDE_SECTIONS,
  type GuideTextField,
} from '@/lib/guides/guide-input';
import type { GuideIncoming } from '@/lib/guides/guide-programs';
import type { GuideSnapshot } from '@/lib/guides/save-guide';
import { isChoice } from '@/lib/mail-check/customer-choices';

type Lang = 'ja' | 'en';

/** The keys of `AdminGuides.errors`: what the save and the screenshot upload can say about a field. */
export const GUIDE_ERROR_KEYS = [
  'oneLanguage',
  'tooLong',
  'invalid',
  'required',
  'altRequired',
  'missing',
  'too-large',
  'not-image',
  'type-mismatch',
] as const;

/** The message key of each incoming order's label ("imap,pop3" → "IMAP (recommended), then POP3"). */
const ORDER_KEY = {
  'imap,pop3': 'imap_pop3',
  'pop3,imap': 'pop3_imap',
  imap: 'imap',
  pop3: 'pop3',
} as const satisfies Record<(typeof GUIDE_INCOMING_ORDERS)[number], string>;

/**
 * The bilingual guide editor: Japanese and English side by side on a wide screen, tabs on a phone,
 * with a live preview of each set of steps in which the placeholders carry the registry's values. All
 * fields are controlled, so a refused save (validation or conflict) never loses what was typed.
 * Its text is the `AdminGuides`, `LanguageName` and `ReviewFields` namespaces (the page's ClientMessages).
 */
export function GuideEditor({ locale, languages, initial }: BilingualEditorProps<GuideEditorValues>) {
  const t = useTranslations('AdminGuides');
  const tLanguage = useTranslations('LanguageName');
  const languageNames = { ja: tLanguage('ja'), en: tLanguage('en') };
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(initial.version);
  const [previewWith, setPreviewWith] = useState<GuideIncoming>('imap');
  const { state, action, pending, fieldError, feedback } = useEditorAction(
    saveGuideAction,
    {
      saved: t('saved'),
      errorSummary: t('errorSummary'),
      forbidden: t('forbidden'),
      notFound: t('notFound'),
      unavailable: t('unavailable'),
      errorKeys: GUIDE_ERROR_KEYS,
      error: (key) => t(`errors.${key}`),
    },
    setVersion,
  );
  const setText = (lang: Lang, field: GuideTextField, value: string) =>
    setValues((v) => ({
      ...v,
      translations: { ...v.translations, [lang]: { ...v.translations[lang], [field]: value } },
    }));
  const variants = values.incoming.split(',') as GuideIncoming[];
  const previewIncoming = variants.includes(previewWith) ? previewWith : variants[0]!;

  const loadTheirs = (current: GuideSnapshot & { version: number }) => {
    const empty = { name: '', summary: '', newAccount: '', existingAccount: '' };
    setValues((v) => ({
      ...v,
      supported: current.supported,
      incoming: isChoice(GUIDE_INCOMING_ORDERS, current.incoming) ? current.incoming : v.incoming,
      translations: { ja: current.translations.ja ?? empty, en: current.translations.en ?? empty },
    }));
    setVersion(current.version);
  };

  const field = (lang: Lang, name: GuideTextField, rows?: number) => {
    const maxLength =
      name === 'name' ? GUIDE_LIMITS.name : name === 'summary' ? GUIDE_LIMITS.summary : GUIDE_LIMITS.steps;
    return (
      <FieldRow
        id={`${lang}.${name}`}
        label={t(name)}
        labelLang={locale}
        error={fieldError(`translations.${lang}.${name}`)}
      >
        {(control) => {
          const common = { ...control, name: control.id, value: values.translations[lang][name], maxLength };
          return rows ? (
            <textarea
              {...common}
              rows={rows}
              className={`${input} py-2 ${name === 'summary' ? '' : 'font-mono text-sm'}`}
              onChange={(e) => setText(lang, name, e.target.value)}
            />
          ) : (
            <input {...common} className={input} onChange={(e) => setText(lang, name, e.target.value)} />
          );
        }}
      </FieldRow>
    );
  };

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="program" value={values.program} />
      <input type="hidden" name="version" value={version ?? ''} />
      <FormFeedback {...feedback} />
      {state.status === 'conflict' && (
        <ConflictView
          outcome={state}
          current={state.current}
          languages={languages}
          heading="name"
          texts={['summary', 'newAccount', 'existingAccount']}
          text={{
            title: t('conflictTitle'),
            body: t('conflictText', { email: state.current.editor }),
            theirs: t('conflictTheirs'),
            useTheirs: t('conflictUseTheirs'),
            keepMine: t('conflictKeepMine'),
          }}
          onUseTheirs={() => loadTheirs(state.current)}
          onKeepMine={() => setVersion(state.current.version)}
        />
      )}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-bold">{t('settings')}</legend>
        <div>
          <SelectField
            id="incoming"
            label={t('incoming')}
            value={values.incoming}
            options={Object.fromEntries(
              GUIDE_INCOMING_ORDERS.map((o) => [o, t(`incomingOrder.${ORDER_KEY[o]}`)]),
            )}
            onChange={(value) => setValues((v) => ({ ...v, incoming: value as typeof v.incoming }))}
          />
          <p className="mt-1 text-xs text-slate-600">{t('incomingHelp')}</p>
        </div>
        <SelectField
          id="previewWith"
          label={t('previewWith')}
          value={previewIncoming}
          options={Object.fromEntries(variants.map((v) => [v, v === 'imap' ? 'IMAP' : 'POP3']))}
          onChange={(value) => setPreviewWith(value as GuideIncoming)}
        />
        <CheckboxField
          name="supported"
          checked={values.supported}
          label={t('supported')}
          onChange={(checked) => setValues((v) => ({ ...v, supported: checked }))}
        />
        <ReviewFields
          kind="guide"
          reviewBy={values.reviewBy}
          onReviewBy={(reviewBy) => setValues((v) => ({ ...v, reviewBy }))}
          minor={values.minor}
          onMinor={(minor) => setValues((v) => ({ ...v, minor }))}
          existing={values.version !== null}
          error={fieldError('reviewBy')}
        />
      </fieldset>

      <LanguageColumns
        locale={locale}
        languages={languages}
        stale={initial.staleLanguages}
        text={{
          s: { languageTabs: t('languageTabs'), outOfDate: t('outOfDate') },
          languages: languageNames,
        }}
      >
        {(lang) => (
          <div className="space-y-4">
            {field(lang, 'name')}
            {field(lang, 'summary', 3)}
            {GUIDE_SECTIONS.map((section) => (
              <div key={section}>
                {field(lang, section, 14)}
                <MarkdownPreview
                  locale={lang}
                  markdown={values.translations[lang][section]}
                  guideIncoming={previewIncoming}
                  label={t('previewOf', {
                    section: t(`sections.${section}`),
                    language: languageNames[lang],
                    variant: previewIncoming.toUpperCase(),
                  })}
                />
              </div>
            ))}
          </div>
        )}
      </LanguageColumns>

      <SaveButton pending={pending} label={t('save')} busyLabel={t('saving')} />
    </form>
  );
}
