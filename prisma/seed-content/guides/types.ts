import type { GuideIncoming, GuideProgram } from '@/lib/guides/guide-programs';
import type { LocalizedText } from '../types';

/**
 * A setup guide as shipped with the demo content (staff edit it afterwards in the staff area).
 * Text is Markdown in both languages. Server values are never written into the text: they are
 * `{{placeholders}}` (lib/guides/guide-programs.ts, GUIDE_PLACEHOLDERS) resolved from the registry
 * for the incoming variant being shown (IMAP or POP3), so one text serves both variants.
 */
export interface SeedGuide {
  program: GuideProgram;
  /** Incoming variants the program supports, the recommended one first. */
  incoming: GuideIncoming[];
  /** false for programs no longer supported by their maker (shown with a warning). */
  supported: boolean;
  /** The program's name as customers know it, e.g. "Thunderbird", "Becky! Internet Mail". */
  name: LocalizedText;
  /** One or two sentences: which versions the guide covers and what it achieves. */
  summary: LocalizedText;
  /** Markdown: numbered steps to add a new account. */
  newAccount: LocalizedText;
  /**
   * Markdown: prose around the steps for an existing account (why an old account may need changing,
   * what to have ready, program-specific advice). The steps themselves are generated from the program
   * model and shown right after this text (lib/guides/guide-steps.ts).
   */
  existingAccount: LocalizedText;
}
