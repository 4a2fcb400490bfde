import { translationStamp } from '@/lib/content/review-input';
import { prisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { faultPoint } from '@/lib/db/fault-points';
import type { Tx } from '@/lib/db/transaction';
import { recordAudit, type AuditAction } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { GUIDES_TAG } from './guide-tag';
import { routing, type Locale } from '@/i18n/routing';
import { GUIDE_PROGRAMS, type GuideProgram } from './guide-programs';
import {
  GUIDE_INCOMING_ORDERS,
  GUIDE_TEXT_FIELDS,
  isWrittenTranslation,
  type GuideIncomingOrder,
  type GuideInput,
  type GuideTranslationInput,
} from './guide-input';

/** Everything the guide editor changes, as stored in a revision (JSON). Screenshots are not in it. */
export interface GuideSnapshot {
  supported: boolean;
  incoming: string;
  translations: Partial<Record<Locale, GuideTranslationInput>>;
}

const editInclude = { translations: true } satisfies Prisma.GuideInclude;
type GuideWithText = Prisma.GuideGetPayload<{ include: typeof editInclude }>;

const textOf = (t: GuideTranslationInput): GuideTranslationInput => ({
  name: t.name,
  summary: t.summary,
  newAccount: t.newAccount,
  existingAccount: t.existingAccount,
});

export function guideSnapshotOf(guide: GuideWithText): GuideSnapshot {
  return {
    supported: guide.supported,
    incoming: guide.incoming,
    translations: Object.fromEntries(guide.translations.map((t) => [t.locale, textOf(t)])),
  };
}

export type SaveGuideResult =
  | {
      ok: true;
      id: string;
      version: number;
      /** Tags to expire after the commit. */ expire: readonly string[];
    }
  | { ok: false; error: 'not-found' }
  | { ok: false; error: 'conflict'; current: GuideSnapshot & { version: number; editor: string } };

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
  const existing = await tx.guide.findUnique({ where: { program }, include: editInclude });
  if (!existing && expectedVersion !== null) return { ok: false, error: 'not-found' } as const;
  if (existing && existing.version !== expectedVersion) {
    return {
      ok: false,
      error: 'conflict',
      current: {
        ...guideSnapshotOf(existing),
        version: existing.version,
        editor: existing.lastEditorEmail,
      },
    } as const;
  }
  const version = (existing?.version ?? 0) + 1;
  const fields = {
    supported: input.supported,
    incoming: input.incoming,
    reviewBy: input.reviewBy,
    version,
    lastEditorEmail: editorEmail,
  };
  const guide = existing
    ? await tx.guide.update({ where: { id: existing.id }, data: fields })
    : await tx.guide.create({ data: { program, position: GUIDE_PROGRAMS.indexOf(program), ...fields } });

  for (const locale of routing.locales) {
    const text = textOf(input.translations[locale]);
    const before = existing?.translations.find((t) => t.locale === locale);
    if (!isWrittenTranslation(text)) {
      if (before) await tx.guideTranslation.delete({ where: { id: before.id } });
      continue;
    }
    if (before && GUIDE_TEXT_FIELDS.every((field) => before[field] === text[field])) continue;
    // Editing a language also confirms it is current; the other language may now be out of date
    // (unless the editor marked this a minor change, such as a typo fix).
    await tx.guideTranslation.upsert({
      where: { guideId_locale: { guideId: guide.id, locale } },
      create: { guideId: guide.id, locale, ...text, editedAt: now, reviewedAt: now },
      update: { ...text, ...translationStamp(input.minor, Boolean(before), now) },
    });
  }

  const saved = await tx.guide.findUniqueOrThrow({ where: { id: guide.id }, include: editInclude });
  await tx.guideRevision.create({
    data: {
      guideId: guide.id,
      version,
      authorEmail: editorEmail,
      snapshot: JSON.stringify(guideSnapshotOf(saved)),
    },
  });
  await faultPoint('guide.revision');
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
  return { ok: true, id: guide.id, version, expire: [GUIDES_TAG] };
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
  return prisma.$transaction(async (tx) => {
    const revision = await tx.guideRevision.findFirst({ where: { id: revisionId, guide: { program } } });
    if (!revision) return { ok: false, error: 'not-found' } as const;
    const s = JSON.parse(revision.snapshot) as GuideSnapshot;
    // The review date is not part of the content: a restore keeps the guide's current one.
    const current = await tx.guide.findUnique({ where: { program }, select: { reviewBy: true } });
    const incoming = (GUIDE_INCOMING_ORDERS as readonly string[]).includes(s.incoming)
      ? (s.incoming as GuideIncomingOrder)
      : GUIDE_INCOMING_ORDERS[0];
    return writeGuide(
      tx,
      program,
      expectedVersion,
      {
        supported: s.supported,
        incoming,
        translations: Object.fromEntries(
          routing.locales.map((l) => [l, { ...emptyText, ...s.translations[l] }]),
        ) as GuideInput['translations'],
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
    );
  });
}
