import { prisma } from '@/lib/db/client';
import type { Tx } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { moveOnePlace } from '@/lib/content/reorder';
import { GUIDES_TAG } from './guide-tag';
import type { GuideProgram } from './guide-programs';
import type { GuideImageType } from './guide-image-file';
import type { GuideImageInput } from './guide-input';

/** The screenshots of a guide for the editor, without their bytes. */
export async function listGuideImagesForEdit(program: GuideProgram) {
  return prisma.guideImage.findMany({
    where: { guide: { program } },
    orderBy: [{ section: 'asc' }, { position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, section: true, position: true, mimeType: true, altEn: true, altJa: true },
  });
}

/**
 * Every screenshot change is audited and announced to the other instances in its own transaction;
 * the caller expires GUIDES_TAG here after the commit.
 */
async function imageChanged(
  tx: Tx,
  program: GuideProgram,
  editorEmail: string,
  summary: string,
  ip?: string,
) {
  await recordAudit(
    { actorEmail: editorEmail, action: 'guide.image', targetType: 'guide', targetId: program, summary, ip },
    tx,
  );
  await announceChange(GUIDES_TAG, tx);
}

/** Adds a checked screenshot at the end of its section. Null when the guide does not exist (yet). */
export async function addGuideImage(
  program: GuideProgram,
  input: GuideImageInput,
  file: { bytes: Uint8Array; mimeType: GuideImageType },
  editorEmail: string,
  ip?: string,
): Promise<{ id: string } | null> {
  return prisma.$transaction(async (tx) => {
    const guide = await tx.guide.findUnique({ where: { program }, select: { id: true } });
    if (!guide) return null;
    const position = await tx.guideImage.count({ where: { guideId: guide.id, section: input.section } });
    const image = await tx.guideImage.create({
      data: {
        guideId: guide.id,
        section: input.section,
        position,
        mimeType: file.mimeType,
        data: Uint8Array.from(file.bytes),
        altEn: input.alt.en,
        altJa: input.alt.ja,
      },
      select: { id: true },
    });
    await tx.guide.update({ where: { id: guide.id }, data: { lastEditorEmail: editorEmail } });
    await imageChanged(
      tx,
      program,
      editorEmail,
      `${program}: added ${input.section} screenshot ${image.id}`,
      ip,
    );
    return image;
  });
}

/** Removes a screenshot of this guide; false when there is no such screenshot. */
export async function deleteGuideImage(
  program: GuideProgram,
  imageId: string,
  editorEmail: string,
  ip?: string,
) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.guideImage.deleteMany({ where: { id: imageId, guide: { program } } });
    if (count === 0) return false;
    await tx.guide.update({ where: { program }, data: { lastEditorEmail: editorEmail } });
    await imageChanged(tx, program, editorEmail, `${program}: deleted screenshot ${imageId}`, ip);
    return true;
  });
}

/** Moves a screenshot one place up or down within its section. */
export async function moveGuideImage(
  program: GuideProgram,
  imageId: string,
  direction: 'up' | 'down',
  editorEmail: string,
  ip?: string,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const image = await tx.guideImage.findFirst({
      where: { id: imageId, guide: { program } },
      select: { guideId: true, section: true },
    });
    if (!image) return false;
    const siblings = await tx.guideImage.findMany({
      where: { guideId: image.guideId, section: image.section },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true },
    });
    const order = moveOnePlace(
      siblings.map((s) => s.id),
      imageId,
      direction,
    );
    if (!order) return false;
    for (const [position, id] of order.entries())
      await tx.guideImage.update({ where: { id }, data: { position } });
    await tx.guide.update({ where: { id: image.guideId }, data: { lastEditorEmail: editorEmail } });
    await imageChanged(tx, program, editorEmail, `${program}: moved screenshot ${imageId} ${direction}`, ip);
    return true;
  });
}
