import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { recommendedEndpoints } from '@/lib/autoconfig/recommended-endpoints';
import type { ProgramDef, ProgramLocale } from '@/lib/programs/program-model';
import type { FieldChange } from '@/lib/programs/program-steps';
import { PROGRAMS } from '@/lib/programs/programs';
import { wordedSteps, type WordedGroup } from '@/lib/programs/step-text';
import type { GuideIncoming } from './guide-programs';

/**
 * A guide's steps for an account that already exists: every setting of the program brought to the
 * registry's recommended values, worded and ordered exactly as the checker words a change (the same
 * program model, lib/programs/), so what the checker asks for is what the guide shows.
 */

/** Every one of our fields with the recommended value for the variant (587 STARTTLS for sending). */
export function guideTargets(registry: MailRegistry, incoming: GuideIncoming): FieldChange[] {
  const recommended = recommendedEndpoints(registry);
  const receive = recommended[incoming][0];
  // The same choice as the checker's (evaluate-settings.ts): 587 where offered, else the first.
  const send = recommended.smtp.find((e) => e.port === 587) ?? recommended.smtp[0];
  const changes: FieldChange[] = [];
  if (receive)
    changes.push(
      { field: 'incoming.server', to: receive.host },
      { field: 'incoming.port', to: String(receive.port) },
      { field: 'incoming.security', to: receive.security },
      { field: 'incoming.auth', to: 'password' },
    );
  if (send)
    changes.push(
      { field: 'outgoing.server', to: send.host },
      { field: 'outgoing.port', to: String(send.port) },
      { field: 'outgoing.security', to: send.security },
      { field: 'outgoing.auth', to: 'on' },
    );
  return changes;
}

/** The programs (versions) a guide covers, each with its steps. */
export function guideSteps(
  guide: string,
  registry: MailRegistry,
  incoming: GuideIncoming,
  locale: ProgramLocale,
): { program: ProgramDef; groups: WordedGroup[] }[] {
  const targets = guideTargets(registry, incoming);
  return PROGRAMS.filter((program) => program.guide === guide).map((program) => ({
    program,
    groups: wordedSteps(program, incoming, targets, locale),
  }));
}
