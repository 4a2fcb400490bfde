import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/client';
import { installFaultHook } from '@/lib/db/fault-points';
import { getActiveRegistry, DEFAULT_REGISTRY_FILE } from '@/lib/mail-registry/active-registry';
import { loadRegistryFile, RegistryFileError } from '@/lib/mail-registry/load-registry';
import { formToRegistry, registryToForm } from '@/lib/mail-registry/registry-form';
import {
  importRegistryFile,
  latestRegistryRevision,
  listRegistryRevisions,
  RegistryConflictError,
  restoreRegistryRevision,
  saveRegistry,
} from '@/lib/mail-registry/registry-store';

const demo = loadRegistryFile(DEFAULT_REGISTRY_FILE);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
const writeFile = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
/** A new server process: forgets which file version this process already looked at. */
const restartProcess = () => {
  const state = globalThis as Record<string, unknown>;
  delete state.portalRegistrySync;
  delete state.portalRegistryCache;
};
const withPort = (id: string, port: number) => ({
  ...demo,
  endpoints: demo.endpoints.map((e) => (e.id === id ? { ...e, port } : e)),
});

afterEach(() => {
  delete process.env.MAIL_SERVICE_FILE;
  restartProcess();
});

describe('the registry in the database', () => {
  it('fills an empty database from the demo file, then serves the newest version', async () => {
    expect(await latestRegistryRevision()).toBeNull();
    const registry = await getActiveRegistry();
    expect(registry.endpoints.map((e) => e.id)).toEqual(demo.endpoints.map((e) => e.id));
    const saved = await saveRegistry({
      registry: withPort('submissions', 2465),
      source: 'editor',
      authorEmail: 'a@x.test',
    });
    const active = await getActiveRegistry();
    expect(active.endpoints.find((e) => e.id === 'submissions')?.port).toBe(2465);
    expect((await latestRegistryRevision())?.id).toBe(saved.id);
  });

  it('imports MAIL_SERVICE_FILE once per change, and keeps editor changes while the file is unchanged', async () => {
    const file = writeFile('one.json', withPort('submission', 1587));
    process.env.MAIL_SERVICE_FILE = file;
    expect((await getActiveRegistry()).endpoints.find((e) => e.id === 'submission')?.port).toBe(1587);

    await saveRegistry({ registry: withPort('submission', 2587), source: 'editor', authorEmail: 'a@x.test' });
    restartProcess();
    expect((await getActiveRegistry()).endpoints.find((e) => e.id === 'submission')?.port).toBe(2587);
    expect(await importRegistryFile(file)).toBeNull();

    fs.writeFileSync(file, JSON.stringify(withPort('submission', 3587)));
    restartProcess();
    expect((await getActiveRegistry()).endpoints.find((e) => e.id === 'submission')?.port).toBe(3587);
    const sources = (await listRegistryRevisions()).map((r) => r.source);
    expect(sources.slice(0, 3)).toEqual(['file', 'editor', 'file']);
  });

  it('refuses an invalid file with every problem named and keeps the registry in force', async () => {
    await saveRegistry({ registry: demo, source: 'editor' });
    const before = await latestRegistryRevision();
    const bad = writeFile('bad.json', { domains: [], endpoints: [{ id: 'x', port: 0 }] });
    await expect(importRegistryFile(bad)).rejects.toBeInstanceOf(RegistryFileError);
    await expect(importRegistryFile(bad)).rejects.toThrow(/domains.*endpoints\.0/);
    process.env.MAIL_SERVICE_FILE = bad;
    expect(await getActiveRegistry()).toEqual(before?.registry);
    expect((await latestRegistryRevision())?.id).toBe(before?.id);
  });

  it('refuses a save based on an older version, and restores an old version as a new one', async () => {
    const first = await saveRegistry({ registry: demo, source: 'editor' });
    const second = await saveRegistry({
      registry: withPort('imaps', 1993),
      source: 'editor',
      baseId: first.id,
    });
    await expect(
      saveRegistry({ registry: withPort('imaps', 2993), source: 'editor', baseId: first.id }),
    ).rejects.toBeInstanceOf(RegistryConflictError);
    const restored = await restoreRegistryRevision(first.id, 'admin@x.test', second.id);
    expect(restored?.id).toBeGreaterThan(second.id);
    expect(restored?.registry.endpoints.find((e) => e.id === 'imaps')?.port).toBe(993);
    expect(await restoreRegistryRevision(99_999, 'admin@x.test', restored!.id)).toBeNull();
  });
});

describe('the editor form', () => {
  const notices = new Set(demo.policies.flatMap((p) => (p.notice ? [p.notice] : [])));

  it('round-trips the registry unchanged', () => {
    const converted = formToRegistry(registryToForm(demo), notices);
    expect(converted).toEqual({ ok: true, registry: demo });
  });

  it('keeps an IPv6 row beside a host’s IPv4 row as the address also checked, and refuses a second of a family', () => {
    const withIpv6 = { ...demo, ipv6: { 'mail.example.test': '2001:db8::25' } };
    expect(formToRegistry(registryToForm(withIpv6), notices)).toEqual({ ok: true, registry: withIpv6 });
    // The IPv6 row first: still dialled over IPv4, checked over IPv6.
    const form = registryToForm(withIpv6);
    form.resolve.reverse();
    expect(formToRegistry(form, notices)).toEqual({ ok: true, registry: withIpv6 });
    form.resolve.push({ host: 'mail.example.test', address: '2001:db8::26' });
    const twice = formToRegistry(form, notices);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.errors['resolve.2.host']).toBe('duplicate');
  });

  it('names each problem by the field that shows it', () => {
    const form = registryToForm(demo);
    form.domains = 'example.test\nnot a host';
    form.endpoints[0]!.port = '70000';
    form.endpoints[1]!.id = form.endpoints[0]!.id;
    form.endpoints[2]!.host = 'bad host!';
    form.resolve = [{ host: 'mail.example.test', address: '999.1.1.1' }];
    form.policies[0]!.notice = 'no-such-notice';
    form.policies.push({
      id: 'minimum-tls-version',
      effective: '2030-01-01',
      notice: '',
      version: '',
      statementJa: '2030年1月1日から、TLS 1.3が必要です。',
      statementEn: 'From January 1, 2030, TLS 1.3 is required.',
    });
    const converted = formToRegistry(form, notices);
    expect(converted.ok).toBe(false);
    if (converted.ok) return;
    expect(converted.errors).toMatchObject({
      domains: 'host',
      'endpoints.0.port': 'port',
      'endpoints.1.id': 'duplicate',
      'endpoints.2.host': 'host',
      'resolve.0.address': 'address',
      'policies.0.notice': 'unknownNotice',
      [`policies.${form.policies.length - 1}.version`]: 'versionRequired',
    });
  });

  it('requires a recommended server for each protocol in use', () => {
    const form = registryToForm(demo);
    form.endpoints = form.endpoints.map((e) => (e.protocol === 'imap' ? { ...e, recommended: false } : e));
    const converted = formToRegistry(form, notices);
    expect(converted).toEqual({ ok: false, errors: { endpoints: 'noRecommended' } });
  });
});

describe('a staff save of the registry', () => {
  const audit = {
    actorEmail: 'admin@example.test',
    action: 'mail-registry.update' as const,
    summary: 'port',
  };
  const counts = async () => ({
    versions: await prisma.mailRegistryRevision.count(),
    audits: await prisma.auditEntry.count({ where: { targetType: 'mail-registry' } }),
    changes: await prisma.contentChange.count({ where: { tag: '*' } }),
  });

  it('commits the version, its audit entry and the change row for every instance together', async () => {
    const before = await counts();
    const saved = await saveRegistry({ registry: withPort('submission', 2587), source: 'editor', audit });
    expect(await counts()).toEqual({
      versions: before.versions + 1,
      audits: before.audits + 1,
      changes: before.changes + 1,
    });
    const entry = await prisma.auditEntry.findFirst({ where: { targetId: String(saved.id) } });
    expect(entry).toMatchObject({ action: 'mail-registry.update', actorEmail: 'admin@example.test' });
  });

  for (const point of ['mail-registry.saved', 'mail-registry.audited']) {
    it(`leaves nothing behind when it fails at ${point}`, async () => {
      const before = await counts();
      const remove = installFaultHook((at) => {
        if (at === point) throw new Error(`fault at ${at}`);
      });
      try {
        await expect(
          saveRegistry({ registry: withPort('submission', 2588), source: 'editor', audit }),
        ).rejects.toThrow(`fault at ${point}`);
      } finally {
        remove();
      }
      expect(await counts()).toEqual(before);
    });
  }
});
