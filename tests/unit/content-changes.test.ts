import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/client';
import { announceChange, pruneContentChanges, takeOtherInstancesChanges } from '@/lib/cache/content-changes';

describe('content changes across app instances', () => {
  it('hands an instance the tags the others changed since it last asked, never its own', async () => {
    await prisma.contentChange.create({ data: { tag: 'faq', origin: 'before-start' } });
    // A starting instance only notes where the log stands.
    expect(await takeOtherInstancesChanges()).toEqual([]);
    await announceChange('notices');
    await prisma.contentChange.createMany({
      data: [
        { tag: 'guides', origin: 'other-instance' },
        { tag: 'guides', origin: 'third-instance' },
        { tag: '*', origin: 'other-instance' },
      ],
    });
    expect(await takeOtherInstancesChanges()).toEqual(['guides', '*']);
    expect(await takeOtherInstancesChanges()).toEqual([]);
  });

  it('still hands over a change that became visible after a later one', async () => {
    // Rows are written inside the saving transaction: on PostgreSQL a row can take its id before a
    // row with a higher id commits, and show up after a round has moved past that id.
    await takeOtherInstancesChanges();
    const last = (await prisma.contentChange.findFirst({ orderBy: { id: 'desc' } }))?.id ?? 0;
    await prisma.contentChange.create({ data: { id: last + 10, tag: 'guides', origin: 'fast-instance' } });
    expect(await takeOtherInstancesChanges()).toEqual(['guides']);
    await prisma.contentChange.create({ data: { id: last + 5, tag: 'faq', origin: 'slow-instance' } });
    expect(await takeOtherInstancesChanges()).toEqual(['faq']);
    expect(await takeOtherInstancesChanges()).toEqual([]);
  });

  it('forgets changes older than an hour', async () => {
    await prisma.contentChange.create({
      data: { tag: 'faq', origin: 'x', createdAt: new Date(Date.now() - 2 * 3_600_000) },
    });
    await prisma.contentChange.create({ data: { tag: 'faq', origin: 'x' } });
    expect(await pruneContentChanges()).toBe(1);
  });
});
