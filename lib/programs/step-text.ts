import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import type { ProgramDef, ProgramLocale } from './program-model';
import { programSteps, type FieldChange, type ProgramStep, type StepGroup } from './program-steps';

/**
 * The steps in words: one sentence per control (the same sentence in the checker's answer, the API,
 * the CLI, the staff report and the program's guide), from the templates in messages ProgramSteps
 * and the labels of the program model.
 */

const translator = (locale: ProgramLocale) =>
  createTranslator({ locale, messages: locale === 'ja' ? ja : en, namespace: 'ProgramSteps' });

export function stepSentence(
  step: Pick<ProgramStep, 'control' | 'label' | 'to' | 'toValue'>,
  locale: ProgramLocale,
) {
  const t = translator(locale);
  switch (step.control) {
    case 'text':
    case 'number':
      return t('type', { label: step.label, value: step.to });
    case 'switch':
      return t(step.toValue === 'on' ? 'switchOn' : 'switchOff', { label: step.label });
    case 'checkbox':
      return t(step.toValue === 'on' ? 'checkOn' : 'checkOff', { label: step.label });
    case 'dropdown':
      return t('choose', { label: step.label, value: step.to });
    case 'radio':
      return t('select', { value: step.to });
  }
}

/** A step as the API, the CLI and the staff report carry it (docs/checker.md, "Steps"). */
export interface StepText {
  /** The screen, and its tab where it has tabs, in the program's words. */
  screen: string;
  control: ProgramStep['control'];
  label: string;
  from: string | null;
  to: string;
  text: string;
}

export interface WordedGroup extends StepGroup {
  heading: string;
  steps: (ProgramStep & { text: string })[];
}

export function wordedSteps(
  program: ProgramDef,
  protocol: 'pop3' | 'imap',
  changes: FieldChange[],
  locale: ProgramLocale,
): WordedGroup[] {
  const t = translator(locale);
  const groups = programSteps(program, protocol, changes, locale, { on: t('on'), off: t('off') });
  return groups.map((group) => ({
    ...group,
    heading: group.tab.label
      ? t('screenAndTab', { screen: group.screen.title, tab: group.tab.label })
      : group.screen.title,
    steps: group.steps.map((step) => ({ ...step, text: stepSentence(step, locale) })),
  }));
}

export function stepTexts(groups: WordedGroup[]): StepText[] {
  return groups.flatMap((group) =>
    group.steps.map((step) => ({
      screen: group.heading,
      control: step.control,
      label: step.label,
      from: step.from,
      to: step.to,
      text: step.text,
    })),
  );
}
