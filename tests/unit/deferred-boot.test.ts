import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { deferBoot } = require('../../scripts/build/deferred-boot.cjs') as {
  deferBoot: (distDir: string) => string;
};

const RUNTIME = ['static/chunks/entry.js', 'static/chunks/react.js', 'static/chunks/turbopack-runtime.js'];

/** A build folder shaped like next build's: the three kinds of manifest Next reads rootMainFiles from. */
function fakeBuild(pageRoot = RUNTIME) {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'deferred-boot-'));
  const manifest = (rootMainFiles: string[]) => ({
    polyfillFiles: ['static/chunks/polyfills.js'],
    rootMainFiles,
    pagesChunkGroupBootstrapParams: {
      '/[locale]/page': { otherChunks: RUNTIME.slice(0, 2), runtimeModuleIds: [1] },
    },
  });
  fs.mkdirSync(path.join(dist, 'static', 'chunks'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'build-manifest.json'), JSON.stringify(manifest(RUNTIME)));
  const page = path.join(dist, 'server', 'app', '[locale]', 'page');
  const route = path.join(dist, 'server', 'app', 'feed.xml', 'route');
  fs.mkdirSync(page, { recursive: true });
  fs.mkdirSync(route, { recursive: true });
  fs.writeFileSync(path.join(page, 'build-manifest.json'), JSON.stringify(manifest(pageRoot)));
  fs.writeFileSync(path.join(route, 'build-manifest.json'), JSON.stringify(manifest([])));
  fs.writeFileSync(
    path.join(dist, 'server', 'middleware-build-manifest.js'),
    `globalThis.__BUILD_MANIFEST = ${JSON.stringify(manifest(RUNTIME), null, 2)};\n`,
  );
  return dist;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('deferBoot (scripts/build/deferred-boot.cjs)', () => {
  it('puts the boot loader in place of the framework chunks in every manifest that lists them', () => {
    const dist = fakeBuild();
    dirs.push(dist);
    const loader = deferBoot(dist);
    expect(loader).toMatch(/^static\/chunks\/boot-[0-9a-f]{12}\.js$/);

    expect(readJson(path.join(dist, 'build-manifest.json')).rootMainFiles).toEqual([loader]);
    expect(readJson(path.join(dist, 'server/app/[locale]/page/build-manifest.json')).rootMainFiles).toEqual([
      loader,
    ]);
    // A route handler loads no JavaScript and stays that way.
    expect(readJson(path.join(dist, 'server/app/feed.xml/route/build-manifest.json')).rootMainFiles).toEqual(
      [],
    );
    const edge = fs.readFileSync(path.join(dist, 'server/middleware-build-manifest.js'), 'utf8');
    expect(edge.startsWith('globalThis.__BUILD_MANIFEST = ')).toBe(true);
    expect(
      JSON.parse(edge.slice('globalThis.__BUILD_MANIFEST = '.length).replace(/;\s*$/, '')).rootMainFiles,
    ).toEqual([loader]);
    // Everything else in the manifests is left as Next wrote it.
    expect(readJson(path.join(dist, 'build-manifest.json')).polyfillFiles).toEqual([
      'static/chunks/polyfills.js',
    ]);

    // The loader carries the original list, in order, and nothing left to fill in.
    const code = fs.readFileSync(path.join(dist, loader), 'utf8');
    expect(code).toContain(`var RUNTIME = ${JSON.stringify(RUNTIME)};`);
    expect(code).not.toContain('__RUNTIME_FILES__');
    expect(readJson(path.join(dist, 'deferred-boot.json'))).toEqual({ loader, runtime: RUNTIME });
  });

  it('changes nothing when run a second time', () => {
    const dist = fakeBuild();
    dirs.push(dist);
    const first = deferBoot(dist);
    const before = fs.readFileSync(path.join(dist, 'build-manifest.json'), 'utf8');
    expect(deferBoot(dist)).toBe(first);
    expect(fs.readFileSync(path.join(dist, 'build-manifest.json'), 'utf8')).toBe(before);
    expect(
      fs.readdirSync(path.join(dist, 'static/chunks')).filter((f) => f.startsWith('boot-')),
    ).toHaveLength(1);
  });

  it('refuses a page whose framework chunks differ from the build manifest rather than guess', () => {
    const dist = fakeBuild(['static/chunks/other.js']);
    dirs.push(dist);
    expect(() => deferBoot(dist)).toThrow(/lists other root files/);
  });
});
