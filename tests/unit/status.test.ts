import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/client';
import { acquireLease } from '@/lib/jobs/job-lease';
import { effectiveState, isActive, probeVerdict, type IncidentWindow } from '@/lib/status/component-state';
import { knownIssuesFor } from '@/lib/status/known-issues';
import { lastDays, statusOverview } from '@/lib/status/status-overview';
import { recordComponentProbe } from '@/lib/status/status-store';
import { seedDemoStatus } from '@/lib/demo/seed-demo-status';

const at = (iso: string) => new Date(iso);
const maintenance: IncidentWindow = {
  kind: 'maintenance',
  impact: 'maintenance',
  components: ['smtp', 'imap'],
  startsAt: at('2026-12-08T02:00:00+09:00'),
  endsAt: at('2026-12-08T05:00:00+09:00'),
  resolvedAt: null,
};
const incident: IncidentWindow = {
  kind: 'incident',
  impact: 'outage',
  components: ['pop3'],
  startsAt: at('2026-12-01T10:00:00+09:00'),
  endsAt: null,
  resolvedAt: at('2026-12-01T11:30:00+09:00'),
};

describe('component state, driven by the clock', () => {
  it('switches to maintenance inside the window only', () => {
    expect(effectiveState('smtp', 'outage', [maintenance], at('2026-12-08T01:59:59+09:00'))).toBe('outage');
    expect(effectiveState('smtp', 'outage', [maintenance], at('2026-12-08T02:00:00+09:00'))).toBe(
      'maintenance',
    );
    expect(effectiveState('smtp', '', [maintenance], at('2026-12-08T04:59:59+09:00'))).toBe('maintenance');
    expect(effectiveState('smtp', '', [maintenance], at('2026-12-08T05:00:00+09:00'))).toBe('operational');
    expect(effectiveState('pop3', '', [maintenance], at('2026-12-08T03:00:00+09:00'))).toBe('operational');
  });

  it('an incident lasts until it is resolved, and the worse of incident and probe wins', () => {
    expect(effectiveState('pop3', 'operational', [incident], at('2026-12-01T11:00:00+09:00'))).toBe('outage');
    expect(effectiveState('pop3', 'degraded', [incident], at('2026-12-01T11:30:00+09:00'))).toBe('degraded');
    expect(isActive({ ...incident, resolvedAt: null }, at('2027-01-01T00:00:00+09:00'))).toBe(true);
  });

  it('judges a component by its endpoints', () => {
    expect(probeVerdict(['ok', 'warn'])).toBe('operational');
    expect(probeVerdict(['ok', 'fail'])).toBe('degraded');
    expect(probeVerdict(['fail', 'fail'])).toBe('outage');
  });
});

describe('job lease', () => {
  it('lets one instance run a job at a time, and another take over after expiry', async () => {
    const t0 = at('2026-12-01T00:00:00Z');
    expect(await acquireLease('test-job', 60_000, t0, 'instance-a')).toBe(true);
    expect(await acquireLease('test-job', 60_000, new Date(t0.getTime() + 1_000), 'instance-b')).toBe(false);
    expect(await acquireLease('test-job', 60_000, new Date(t0.getTime() + 30_000), 'instance-a')).toBe(true);
    expect(await acquireLease('test-job', 60_000, new Date(t0.getTime() + 60_000), 'instance-b')).toBe(false);
    expect(await acquireLease('test-job', 60_000, new Date(t0.getTime() + 90_000), 'instance-b')).toBe(true);
    const results = await Promise.all(
      ['x', 'y', 'z'].map((id) => acquireLease('race-job', 60_000, t0, `instance-${id}`)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe('status overview', () => {
  it('shows default components, 90 daily bars, and maintenance switching state by time', async () => {
    const now = at('2026-12-08T03:00:00+09:00');
    const before = await statusOverview('en', now);
    expect(before.components.map((c) => c.slug)).toEqual(['smtp', 'pop3', 'imap', 'webmail']);
    expect(before.components[0]!.days).toHaveLength(90);
    expect(before.components[0]!.days.at(-1)!.day).toBe('2026-12-08');
    expect(lastDays(now)[0]).toBe('2026-09-10');
    // Before any probe: nothing is claimed. Probed services wait for their first check; webmail has
    // no probe at all.
    expect(before.components.map((c) => [c.slug, c.monitoring, c.uptime, c.measuredDays])).toEqual([
      ['smtp', 'pending', null, 0],
      ['pop3', 'pending', null, 0],
      ['imap', 'pending', null, 0],
      ['webmail', 'unmonitored', null, 0],
    ]);

    const pop3 = await prisma.statusComponent.findUniqueOrThrow({ where: { slug: 'pop3' } });
    await recordComponentProbe({
      componentId: pop3.id,
      probeState: 'outage',
      effective: 'outage',
      detail: 'pop3s: CONNECT_REFUSED',
      now,
    });
    await prisma.incident.create({
      data: {
        kind: 'maintenance',
        titleEn: 'Mail server maintenance',
        titleJa: 'メールサーバーのメンテナンス',
        impact: 'maintenance',
        components: 'smtp,pop3',
        startsAt: at('2026-12-08T02:00:00+09:00'),
        endsAt: at('2026-12-08T05:00:00+09:00'),
        updates: { create: { status: 'scheduled', bodyEn: 'Planned work.', bodyJa: '計画作業です。' } },
      },
    });
    const during = await statusOverview('ja', now);
    // One day of probes: uptime over that one day, and it says so.
    expect(during.components.find((c) => c.slug === 'pop3')).toMatchObject({
      monitoring: 'probed',
      measuredDays: 1,
      uptime: 0,
    });
    expect(during.components.find((c) => c.slug === 'pop3')!.state).toBe('maintenance');
    expect(during.overall).toBe('maintenance');
    expect(during.active.map((i) => i.title)).toEqual(['メールサーバーのメンテナンス']);
    expect(during.components.find((c) => c.slug === 'pop3')!.days.at(-1)!.state).toBe('outage');

    const after = await statusOverview('en', at('2026-12-08T06:00:00+09:00'));
    expect(after.components.find((c) => c.slug === 'pop3')!.state).toBe('outage');
    expect(after.recent.map((i) => i.title)).toEqual(['Mail server maintenance']);

    const issues = await knownIssuesFor(['pop3s', 'imaps'], now);
    expect(issues).toEqual([expect.objectContaining({ kind: 'maintenance', endpoints: ['pop3s'] })]);
    expect(await knownIssuesFor(['pop3s'], at('2026-12-08T06:00:00+09:00'))).toEqual([]);
  });
});

describe('demo status content', () => {
  it('announces the pinned notice maintenance once, which switches the services during its window', async () => {
    await prisma.incident.deleteMany();
    await prisma.statusComponent.updateMany({ data: { probeState: '' } });
    expect(await seedDemoStatus(prisma)).toBe(true);
    expect(await seedDemoStatus(prisma)).toBe(false);
    const before = await statusOverview('ja', at('2026-11-22T12:00:00+09:00'));
    expect(before.upcoming.map((i) => i.noticeSlug)).toEqual(['mail-maintenance-2026-12']);
    expect(before.overall).toBe('operational');
    const during = await statusOverview('en', at('2026-12-08T03:00:00+09:00'));
    expect(during.components.filter((c) => c.slug !== 'webmail').map((c) => c.state)).toEqual([
      'maintenance',
      'maintenance',
      'maintenance',
    ]);
  });
});
