import type { Prisma } from '@/lib/db/generated/client';
import type { Locale } from '@/i18n/routing';
import { textsOf, type DocumentKind } from '@/lib/content/versioned-document';
import type { GuideProgram } from './guide-programs';
import { GUIDE_TEXT_FIELDS, isWrittenTranslation, type GuideTranslationInput } from './guide-input';

const editInclude = { translations: true } satisfies Prisma.GuideInclude;
export type GuideWithText = Prisma.GuideGetPayload<{ include: typeof editInclude }>;

/** Everything the guide editor changes, as stored in a revision (JSON). Screenshots are not in it. */
export interface GuideSnapshot {
  supported: boolean;
  incoming: string;
  translations: Partial<Record<Locale, GuideTranslationInput>>;
}

export function guideSnapshotOf(guide: GuideWithText): GuideSnapshot {
  return {
    supported: guide.supported,
    incoming: guide.incoming,
    translations: textsOf(guide.translations, GUIDE_TEXT_FIELDS),
  };
}

/** Guides as versioned bilingual documents (lib/content/versioned-document.ts), keyed by program. */
export const guideDocument: DocumentKind<GuideWithText, GuideTranslationInput, GuideSnapshot, GuideProgram> =
  {
    name: 'guide',
    textFields: GUIDE_TEXT_FIELDS,
    isEmpty: (text) => !isWrittenTranslation(text),
    load: (tx, program) => tx.guide.findUnique({ where: { program }, include: editInclude }),
    reload: (tx, id) => tx.guide.findUniqueOrThrow({ where: { id }, include: editInclude }),
    snapshot: guideSnapshotOf,
    deleteText: (tx, id) => tx.guideTranslation.delete({ where: { id } }),
    upsertText: (tx, guideId, locale, { create, update }) =>
      tx.guideTranslation.upsert({
        where: { guideId_locale: { guideId, locale } },
        create: { guideId, locale, ...create },
        update,
      }),
    addRevision: (tx, { documentId, ...revision }) =>
      tx.guideRevision.create({ data: { guideId: documentId, ...revision } }),
    findRevision: (tx, program, id) => tx.guideRevision.findFirst({ where: { id, guide: { program } } }),
  };
