import { prisma } from '@/lib/db/client';
import { faultPoint } from '@/lib/db/fault-points';
import type { Tx } from '@/lib/db/transaction';
import { recordAudit, type AuditAction } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { GUIDES_TAG } from './guide-tag';
import {
  restoreDocument,
  saveDocument,
  textsForInput,
  type SaveResult,
} from '@/lib/content/versioned-document';
import { isChoice } from '@/lib/mail-check/customer-choices';
import { GUIDE_PROGRAMS, type GuideProgram } from './guide-programs';
import { GUIDE_INCOMING_ORDERS, type GuideInput, type GuideTranslationInput } from './guide-input';
import { guideDocument, type GuideSnapshot } from './guide-document';

export type { GuideSnapshot } from './guide-document';

export type SaveGuideResult = SaveResult<GuideSnapshot>;

/** Who saved, from where: for the audit entry. */
export interface GuideWriteContext {
  ip?: string;
}

/**
 * Saves a guide's text in both languages, whether it is supported and its incoming variants, with a
 * revision, its audit entry and the change row for the other instances, in one transaction: all of it
 * or none of it. The save must name the version it was edited from (null for a program that has no
 * guide yet); if someone saved in between, nothing is written and the current text comes back so the
 * editor can merge. Each language's `editedAt` moves only when its text changed. The caller expires
 * the returned tags after the commit.
 */
export async function saveGuide(
  program: GuideProgram,
  expectedVersion: number | null,
  input: GuideInput,
  editorEmail: string,
  now = new Date(),
  context: GuideWriteContext = {},
): Promise<SaveGuideResult> {
  return prisma.$transaction((tx) =>
    writeGuide(tx, program, expectedVersion, input, editorEmail, now, {
      action: 'guide.update',
      summary: (version) => `${program}, version ${version}`,
      ip: context.ip,
    }),
  );
}

interface GuideAudit {
  action: AuditAction;
  summary: (version: number) => string;
  ip?: string;
}

async function writeGuide(
  tx: Tx,
  program: GuideProgram,
  expectedVersion: number | null,
  input: GuideInput,
  editorEmail: string,
  now: Date,
  audit: GuideAudit,
): Promise<SaveGuideResult> {
  const saved = await saveDocument(tx, guideDocument, program, {
    expectedVersion,
    // A program without a guide yet is saved with no version; naming one means the guide was there.
    requireExisting: expectedVersion !== null,
    translations: input.translations,
    minor: input.minor,
    editorEmail,
    now,
    write: (tx, existing, stamp) => {
      const fields = {
        supported: input.supported,
        incoming: input.incoming,
        reviewBy: input.reviewBy,
        ...stamp,
      };
      return existing
        ? tx.guide.update({ where: { id: existing.id }, data: fields })
        : tx.guide.create({ data: { program, position: GUIDE_PROGRAMS.indexOf(program), ...fields } });
    },
    consequences: async (tx, { version }) => {
      await recordAudit(
        {
          actorEmail: editorEmail,
          action: audit.action,
          targetType: 'guide',
          targetId: program,
          summary: audit.summary(version),
          ip: audit.ip,
        },
        tx,
      );
      await faultPoint('guide.audit');
      await announceChange(GUIDES_TAG, tx);
      await faultPoint('guide.change');
    },
  });
  return saved.ok ? { ok: true, id: saved.id, version: saved.version, expire: [GUIDES_TAG] } : saved;
}

const emptyText: GuideTranslationInput = { name: '', summary: '', newAccount: '', existingAccount: '' };

/**
 * Restoring saves the old text as a new version (history is never rewritten), with its revision,
 * audit entry and change row, in one transaction.
 */
export async function restoreGuideRevision(
  program: GuideProgram,
  revisionId: string,
  expectedVersion: number,
  editorEmail: string,
  now = new Date(),
  context: GuideWriteContext = {},
): Promise<SaveGuideResult> {
  return prisma.$transaction((tx) =>
    restoreDocument(tx, guideDocument, program, revisionId, (s, current) =>
      writeGuide(
        tx,
        program,
        expectedVersion,
        {
          supported: s.supported,
          incoming: isChoice(GUIDE_INCOMING_ORDERS, s.incoming) ? s.incoming : GUIDE_INCOMING_ORDERS[0],
          translations: textsForInput(s.translations, emptyText),
          // The review date is not part of the content: a restore keeps the guide's current one.
          reviewBy: current?.reviewBy ?? null,
          minor: false,
        },
        editorEmail,
        now,
        {
          action: 'guide.restore',
          summary: (version) => `${program}, restored as version ${version}`,
          ip: context.ip,
        },
      ),
    ),
  );
}
