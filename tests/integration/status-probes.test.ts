import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/client';
import { runStatusProbes } from '@/lib/status/run-status-probes';
import { statusOverview } from '@/lib/status/status-overview';
import { saveRegistry } from '@/lib/mail-registry/registry-store';
import {
  realServersAvailable,
  startRealMailServers,
  type RealMailServers,
} from '../support/mail-servers/real-mail-servers';
import { buildRegistry } from '../support/mail-servers/real-registry';

const availability = realServersAvailable();
const skip = !availability.ok && process.env.CI !== 'true';

/** The status page follows the real Postfix and Dovecot going down and coming back. */
describe.skipIf(skip)('status probes against real mail servers going down and up', () => {
  let servers: RealMailServers | undefined;
  let caDir: string;
  const fast = { connect: 2_000, greeting: 2_000, command: 2_000, tls: 2_000, deadline: 6_000 };

  const start = async () => {
    servers = await startRealMailServers();
    fs.writeFileSync(path.join(caDir, 'ca.pem'), servers.caPem);
    const registry = buildRegistry(servers);
    await saveRegistry({ registry, source: 'editor' });
    return registry;
  };

  beforeAll(() => {
    if (!availability.ok)
      throw new Error(`CI needs real Postfix and Dovecot: missing ${availability.missing.join(', ')}`);
    caDir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-ca-'));
    process.env.MAIL_CA_FILE = path.join(caDir, 'ca.pem');
  });

  afterAll(async () => {
    await servers?.stop();
    delete process.env.MAIL_CA_FILE;
    fs.rmSync(caDir, { recursive: true, force: true });
  });

  it('operational → outage → operational, with the day showing the outage', async () => {
    const registry = await start();
    const t1 = new Date('2026-12-01T09:00:00+09:00');
    const up = await runStatusProbes(registry, t1, { timeouts: fast });
    expect(up.map((c) => [c.slug, c.probeState])).toEqual([
      ['smtp', 'operational'],
      ['pop3', 'operational'],
      ['imap', 'operational'],
    ]);

    await servers!.stop();
    servers = undefined;
    const t2 = new Date('2026-12-01T09:01:00+09:00');
    const down = await runStatusProbes(registry, t2, { timeouts: fast });
    expect(down.every((c) => c.probeState === 'outage')).toBe(true);
    const smtp = await prisma.statusComponent.findUniqueOrThrow({ where: { slug: 'smtp' } });
    expect(smtp.probeDetail).toMatch(/submissions: CONNECT_REFUSED/);
    expect((await statusOverview('en', t2)).overall).toBe('outage');

    const again = await start();
    const t3 = new Date('2026-12-01T09:02:00+09:00');
    const back = await runStatusProbes(again, t3, { timeouts: fast });
    expect(back.every((c) => c.probeState === 'operational')).toBe(true);
    const overview = await statusOverview('en', t3);
    expect(overview.overall).toBe('operational');
    const today = overview.components.find((c) => c.slug === 'imap')!.days.at(-1)!;
    expect(today).toEqual({ day: '2026-12-01', state: 'outage' });
    expect(overview.components.find((c) => c.slug === 'imap')!.uptime).toBeCloseTo(2 / 3, 5);
  });
});
