'use client';

import { useState } from 'react';
import { saveGuideAction } from '@/app/[locale]/admin/_actions/guide-actions';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { FormFeedback } from '@/components/admin/FormFeedback';
import { LanguageColumns } from '@/components/admin/LanguageColumns';
import { MarkdownPreview } from '@/components/admin/MarkdownPreview';
import { ReviewFields, type ReviewFieldsText } from '@/components/admin/ReviewFields';
import { SaveButton } from '@/components/admin/SaveButton';
import { SelectField } from '@/components/admin/SelectField';
import { useEditorAction, type BilingualEditorProps } from '@/components/admin/use-editor-action';
import { ConflictView } from '@/components/ui/ConflictView';
import { FieldRow, fieldStyle as input } from '@/components/ui/FieldRow';
import type { GuideEditorValues } from '@/lib/guides/admin-guides';
import { GUIDE_LIMITS, GUIDE_SECTIONS, type GuideTextField } from '@/lib/guides/guide-input';
import type { GuideIncoming } from '@/lib/guides/guide-programs';
import type { GuideSnapshot } from '@/lib/guides/save-guide';

type Lang = 'ja' | 'en';

export interface GuideEditorText {
  s: Record<string, string>;
  errors: Record<string, string>;
  languages: Record<string, string>;
  sections: Record<string, string>;
  /** Label of each incoming order ("imap,pop3" → "IMAP (recommended), then POP3"). */
  incomingOrders: Record<string, string>;
  review: ReviewFieldsText;
}

/**
 * The bilingual guide editor: Japanese and English side by side on a wide screen, tabs on a phone,
 * with a live preview of each set of steps in which the placeholders carry the registry's values. All
 * fields are controlled, so a refused save (validation or conflict) never loses what was typed.
 */
export function GuideEditor({
  locale,
  languages,
  initial,
  text,
}: BilingualEditorProps<GuideEditorValues, GuideEditorText>) {
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(initial.version);
  const [previewWith, setPreviewWith] = useState<GuideIncoming>('imap');
  const { state, action, pending, fieldError, feedback } = useEditorAction(saveGuideAction, text, setVersion);
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
      incoming: (current.incoming in text.incomingOrders
        ? current.incoming
        : v.incoming) as typeof v.incoming,
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
        label={text.s[name]}
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
            title: text.s.conflictTitle ?? '',
            body: text.s.conflictText ?? '',
            theirs: text.s.conflictTheirs,
            useTheirs: text.s.conflictUseTheirs,
            keepMine: text.s.conflictKeepMine ?? '',
          }}
          onUseTheirs={() => loadTheirs(state.current)}
          onKeepMine={() => setVersion(state.current.version)}
        />
      )}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-bold">{text.s.settings}</legend>
        <div>
          <SelectField
            id="incoming"
            label={text.s.incoming ?? ''}
            value={values.incoming}
            options={text.incomingOrders}
            onChange={(value) => setValues((v) => ({ ...v, incoming: value as typeof v.incoming }))}
          />
          <p className="mt-1 text-xs text-slate-600">{text.s.incomingHelp}</p>
        </div>
        <SelectField
          id="previewWith"
          label={text.s.previewWith ?? ''}
          value={previewIncoming}
          options={Object.fromEntries(variants.map((v) => [v, v === 'imap' ? 'IMAP' : 'POP3']))}
          onChange={(value) => setPreviewWith(value as GuideIncoming)}
        />
        <CheckboxField
          name="supported"
          checked={values.supported}
          label={text.s.supported ?? ''}
          onChange={(checked) => setValues((v) => ({ ...v, supported: checked }))}
        />
        <ReviewFields
          text={text.review}
          reviewBy={values.reviewBy}
          onReviewBy={(reviewBy) => setValues((v) => ({ ...v, reviewBy }))}
          minor={values.minor}
          onMinor={(minor) => setValues((v) => ({ ...v, minor }))}
          existing={values.version !== null}
          error={fieldError('reviewBy')}
        />
      </fieldset>

      <LanguageColumns locale={locale} languages={languages} stale={initial.staleLanguages} text={text}>
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
                  label={(text.s.previewOf ?? '')
                    .replace('{section}', text.sections[section] ?? section)
                    .replace('{language}', text.languages[lang] ?? lang)
                    .replace('{variant}', previewIncoming.toUpperCase())}
                />
              </div>
            ))}
          </div>
        )}
      </LanguageColumns>

      <SaveButton pending={pending} label={text.s.save ?? ''} busyLabel={text.s.saving ?? ''} />
    </form>
  );
}
