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

  it('forgets changes older than an hour', async () => {
    await prisma.contentChange.create({
      data: { tag: 'faq', origin: 'x', createdAt: new Date(Date.now() - 2 * 3_600_000) },
    });
    await prisma.contentChange.create({ data: { tag: 'faq', origin: 'x' } });
    expect(await pruneContentChanges()).toBe(1);
  });
});
