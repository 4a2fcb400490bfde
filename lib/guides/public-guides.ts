import { prisma } from '@/lib/db/client';
import type { Locale } from '@/i18n/routing';
import { pickTranslation } from '@/lib/content/pick-translation';
import { GUIDE_INCOMING, type GuideIncoming, type GuideProgram } from './guide-programs';

export interface GuideSummary {
  program: GuideProgram;
  supported: boolean;
  name: string;
  summary: string;
  textLocale: Locale;
}

export interface GuideImageView {
  id: string;
  section: 'newAccount' | 'existingAccount';
  alt: string;
}

export interface GuideView extends GuideSummary {
  incoming: GuideIncoming[];
  /** Markdown with placeholders, resolved by the page for the variant and address shown. */
  newAccount: string;
  existingAccount: string;
  fallback: boolean;
  updatedAt: Date;
  images: GuideImageView[];
}

const incomingOf = (value: string): GuideIncoming[] => {
  const list = value
    .split(',')
    .filter((v): v is GuideIncoming => (GUIDE_INCOMING as readonly string[]).includes(v));
  return list.length > 0 ? list : ['imap'];
};

/** Every guide in staff order, in the reader's language (or the other one when missing). */
export async function listGuides(locale: Locale): Promise<GuideSummary[]> {
  const guides = await prisma.guide.findMany({
    orderBy: { position: 'asc' },
    include: { translations: true },
  });
  return guides.flatMap((g) => {
    const picked = pickTranslation(g.translations, locale);
    if (!picked) return [];
    return [
      {
        program: g.program as GuideProgram,
        supported: g.supported,
        name: picked.value.name,
        summary: picked.value.summary,
        textLocale: picked.locale,
      },
    ];
  });
}

export async function getGuide(program: GuideProgram, locale: Locale): Promise<GuideView | null> {
  const guide = await prisma.guide.findUnique({
    where: { program },
    include: {
      translations: true,
      images: {
        orderBy: [{ section: 'asc' }, { position: 'asc' }],
        select: { id: true, section: true, altEn: true, altJa: true },
      },
    },
  });
  if (!guide) return null;
  const picked = pickTranslation(guide.translations, locale);
  if (!picked) return null;
  return {
    program,
    supported: guide.supported,
    incoming: incomingOf(guide.incoming),
    name: picked.value.name,
    summary: picked.value.summary,
    newAccount: picked.value.newAccount,
    existingAccount: picked.value.existingAccount,
    textLocale: picked.locale,
    fallback: picked.fallback,
    updatedAt: guide.updatedAt,
    images: guide.images.map((image) => ({
      id: image.id,
      section: image.section === 'existingAccount' ? 'existingAccount' : 'newAccount',
      alt: locale === 'ja' ? image.altJa : image.altEn,
    })),
  };
}

/** A screenshot's bytes, for the image route. */
export async function getGuideImage(id: string) {
  return prisma.guideImage.findUnique({ where: { id }, select: { data: true, mimeType: true } });
}
