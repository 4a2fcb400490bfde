import { reviewByValue } from '@/lib/content/review-input';
import { prisma } from '@/lib/db/client';
import { routing, type Locale } from '@/i18n/routing';
import { translationStates, type TranslationState, staleLocales } from '@/lib/content/translation-state';
import { revisionListQuery } from '@/lib/content/versioned-document';
import { GUIDE_PROGRAMS, type GuideProgram } from './guide-programs';
import {
  GUIDE_INCOMING_ORDERS,
  GUIDE_TEXT_FIELDS,
  type GuideIncomingOrder,
  type GuideTranslationInput,
} from './guide-input';

export interface AdminGuideRow {
  program: GuideProgram;
  /** The program's name in each language ('' where that language is missing). */
  names: Record<Locale, string>;
  languages: Record<Locale, TranslationState>;
  supported: boolean;
  lastEditorEmail: string;
  /** null: no guide has been written for this program yet. */
  updatedAt: Date | null;
}

const namesOf = (translations: { locale: string; name: string }[]) =>
  Object.fromEntries(
    routing.locales.map((l) => [l, translations.find((t) => t.locale === l)?.name ?? '']),
  ) as Record<Locale, string>;

/** Every program's guide in public order, with each language's state and who changed it last. */
export async function listGuidesForAdmin(): Promise<AdminGuideRow[]> {
  const guides = await prisma.guide.findMany({
    orderBy: { position: 'asc' },
    include: { translations: { select: { locale: true, name: true, editedAt: true, reviewedAt: true } } },
  });
  const rows: AdminGuideRow[] = guides
    .filter((g) => (GUIDE_PROGRAMS as readonly string[]).includes(g.program))
    .map((g) => ({
      program: g.program as GuideProgram,
      names: namesOf(g.translations),
      languages: translationStates(g.translations),
      supported: g.supported,
      lastEditorEmail: g.lastEditorEmail,
      updatedAt: g.updatedAt,
    }));
  const missing = GUIDE_PROGRAMS.filter((p) => !rows.some((r) => r.program === p)).map(
    (program): AdminGuideRow => ({
      program,
      names: namesOf([]),
      languages: translationStates([]),
      supported: true,
      lastEditorEmail: '',
      updatedAt: null,
    }),
  );
  return [...rows, ...missing];
}

export async function getGuideForEdit(program: GuideProgram) {
  const guide = await prisma.guide.findUnique({ where: { program }, include: { translations: true } });
  return guide ? { ...guide, languages: translationStates(guide.translations) } : null;
}

export async function listGuideRevisions(program: GuideProgram) {
  return prisma.guideRevision.findMany({ where: { guide: { program } }, ...revisionListQuery });
}

export interface GuideEditorValues {
  program: GuideProgram;
  version: number | null;
  supported: boolean;
  incoming: GuideIncomingOrder;
  /** `YYYY-MM-DD`, or '' for the default review interval. */
  reviewBy: string;
  minor: boolean;
  translations: Record<Locale, GuideTranslationInput>;
  staleLanguages: Locale[];
}

/** The editor's starting values; a program without a guide yet starts empty. */
export function guideEditorValues(
  program: GuideProgram,
  guide: Awaited<ReturnType<typeof getGuideForEdit>>,
): GuideEditorValues {
  const incoming = GUIDE_INCOMING_ORDERS.find((o) => o === guide?.incoming) ?? GUIDE_INCOMING_ORDERS[0];
  return {
    program,
    version: guide?.version ?? null,
    supported: guide?.supported ?? true,
    incoming,
    reviewBy: reviewByValue(guide?.reviewBy),
    minor: false,
    translations: Object.fromEntries(
      routing.locales.map((l) => {
        const t = guide?.translations.find((tr) => tr.locale === l);
        return [l, Object.fromEntries(GUIDE_TEXT_FIELDS.map((f) => [f, t?.[f] ?? '']))];
      }),
    ) as Record<Locale, GuideTranslationInput>,
    staleLanguages: staleLocales(guide?.languages),
  };
}
