import type { WordedGroup } from '@/lib/programs/step-text';

/**
 * Steps on the customer's own program, screen by screen (lib/programs/): where to open, then each
 * control in the order to set it, with its value now and the one to pick or type. Numbered through,
 * so a customer on the phone can say "I am at step 4". Used by the checker's answer and the guides.
 */
export function ProgramStepList({
  groups,
  text,
  drawings,
  headingLevel = 4,
}: {
  groups: WordedGroup[];
  /** The level of each screen's heading, one below the section it is in. */
  headingLevel?: 3 | 4;
  text: { open: (path: string) => string; now: (value: string) => string };
  /** A drawing of each group's screen, given the number of its first step. */
  drawings?: (group: WordedGroup, firstNumber: number) => React.ReactNode;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  // A screen's save sentence follows its last group, unless a screen opened from it saves it too.
  const saysSave = (index: number) => {
    const { screen } = groups[index]!;
    if (!screen.save) return false;
    if (index < groups.length - 1 && groups[index + 1]!.screen.id === screen.id) return false;
    return !groups.slice(index + 1).some((later) => later.screen.id === screen.savedBy);
  };
  // Numbered through all screens: each group starts where the one before it ended.
  const starts = groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.steps.length, 0));
  return (
    <div className="space-y-5" data-testid="program-steps">
      {groups.map((group, index) => (
        <section
          key={`${group.screen.id}/${group.tab.id}`}
          aria-labelledby={`step-screen-${index}`}
          data-screen={group.screen.id}
          data-tab={group.tab.id}
        >
          <Heading id={`step-screen-${index}`} className="font-bold text-slate-900">
            {group.heading}
          </Heading>
          {(index === 0 || groups[index - 1]!.screen.id !== group.screen.id) && (
            <p className="mt-1 text-sm text-slate-700">{text.open(group.screen.path)}</p>
          )}
          <ol className="mt-2 space-y-2" start={starts[index]! + 1}>
            {group.steps.map((step, stepIndex) => {
              const number = starts[index]! + stepIndex + 1;
              return (
                <li
                  key={step.controlId}
                  className="flex gap-3"
                  data-control={step.controlId}
                  data-step-text={step.text}
                >
                  <span
                    aria-hidden="true"
                    className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-attention-800 text-sm font-bold text-white"
                  >
                    {number}
                  </span>
                  <div className="min-w-0">
                    <p className="font-semibold">{step.text}</p>
                    {step.from !== null && step.from !== step.to && (
                      <p className="text-sm text-slate-700">{text.now(step.from)}</p>
                    )}
                    {step.note && <p className="text-sm text-slate-700">{step.note}</p>}
                  </div>
                </li>
              );
            })}
          </ol>
          {saysSave(index) && (
            <p className="mt-2 text-sm font-semibold text-slate-800">{group.screen.save}</p>
          )}
          {drawings?.(group, starts[index]! + 1)}
        </section>
      ))}
    </div>
  );
}
