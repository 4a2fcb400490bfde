import type { FieldName, FieldResult } from './evaluate-settings';
import type { CustomerSettings } from './customer-settings';
import { programById } from '@/lib/programs/programs';
import type { ProgramLocale } from '@/lib/programs/program-model';
import { stepTexts, wordedSteps, type StepText, type WordedGroup } from '@/lib/programs/step-text';

/** The checker's changes as steps on the customer's own program (lib/programs/), in one language. */
export interface CheckSteps {
  /** The steps by screen and tab, for the answer and its drawings. */
  stepGroups: WordedGroup[];
  /** The same steps as text (the API, the CLI, the staff report). */
  steps: StepText[];
  /** Changes the program cannot make on its screens (said in words instead). */
  unexpressed: { field: FieldName; words: string }[];
}

export function checkSteps(
  settings: Pick<CustomerSettings, 'client' | 'incoming'>,
  changes: FieldResult[],
  locale: ProgramLocale,
): CheckSteps {
  const program = programById(settings.client);
  if (!program) return { stepGroups: [], steps: [], unexpressed: [] };
  const protocol = settings.incoming?.protocol ?? 'imap';
  const fieldChanges = changes
    .filter((change) => change.suggested !== undefined)
    .map((change) => ({ field: change.field, from: change.current, to: change.suggested! }));
  const stepGroups = wordedSteps(program, protocol, fieldChanges, locale);
  const limitations = program.limitations ?? [];
  const unexpressed = fieldChanges.flatMap(({ field }) => {
    const limitation = limitations.find((l) => l.field === field);
    return limitation ? [{ field, words: limitation.words[locale] }] : [];
  });
  return { stepGroups, steps: stepTexts(stepGroups), unexpressed };
}
