import { prisma } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { announceChange } from '@/lib/cache/content-changes';
import { recordRevision } from '@/lib/content/versioned-document';
import { faqDocument, snapshotOf, type FaqSnapshot } from './faq-document';
import { FAQ_TAG } from './faq-tag';

export type FaqVisibilityResult =
  { ok: true; version: number; slug: string } | { ok: false; error: 'not-found' | 'conflict' };

/**
 * Takes a question off the public FAQ (or puts it back), as a new version with its revision, so the
 * history shows who did it and when and a restore brings the text back. Like a save, it must name the
 * version it was made from: someone else's save in between wins and nothing changes.
 */
export async function setFaqPublished(
  id: string,
  published: boolean,
  expectedVersion: number,
  editorEmail: string,
  ip?: string,
): Promise<FaqVisibilityResult> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.faqQuestion.findUnique({ where: { id }, include: { translations: true } });
    if (!existing) return { ok: false, error: 'not-found' } as const;
    if (existing.version !== expectedVersion) return { ok: false, error: 'conflict' } as const;
    const version = existing.version + 1;
    const saved = await tx.faqQuestion.update({
      where: { id },
      data: { published, version, lastEditorEmail: editorEmail },
      include: { translations: true },
    });
    await recordRevision(tx, faqDocument, saved, editorEmail);
    // The audit entry and the change row commit with it (the caller expires FAQ_TAG afterwards).
    await recordAudit(
      {
        actorEmail: editorEmail,
        action: published ? 'faq.publish' : 'faq.unpublish',
        targetType: 'faq',
        targetId: id,
        summary: `${saved.slug}, version ${version}`,
        ip,
      },
      tx,
    );
    await announceChange(FAQ_TAG, tx);
    return { ok: true, version, slug: saved.slug } as const;
  });
}

/**
 * Deletes a question with its revisions. What it said goes into the audit entry, in the same
 * transaction: the one record of a deleted question that remains. It is returned too.
 */
export async function deleteFaqQuestion(
  id: string,
  editorEmail: string,
  ip?: string,
): Promise<FaqSnapshot | null> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.faqQuestion.findUnique({ where: { id }, include: { translations: true } });
    if (!existing) return null;
    await tx.faqQuestion.delete({ where: { id } });
    // Keep the category's positions contiguous for the arrows.
    const rest = await tx.faqQuestion.findMany({
      where: { categoryId: existing.categoryId },
      orderBy: { position: 'asc' },
      select: { id: true },
    });
    for (const [position, q] of rest.entries())
      await tx.faqQuestion.update({ where: { id: q.id }, data: { position } });
    const deleted = snapshotOf(existing);
    await recordAudit(
      {
        actorEmail: editorEmail,
        action: 'faq.delete',
        targetType: 'faq',
        targetId: id,
        summary: JSON.stringify(deleted).slice(0, 4000),
        ip,
      },
      tx,
    );
    await announceChange(FAQ_TAG, tx);
    return deleted;
  });
}
