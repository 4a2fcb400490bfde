'use strict';
// Runs inside `next build`, after the compile hints (next.config.js, compiler.runAfterProductionCompile).
// It puts the boot loader (scripts/build/boot-loader.js) in the place of the framework chunks every
// page would otherwise load at once: the build manifests' `rootMainFiles` (React, Next's router, the
// bundler's runtime and Next's entry) become one small file that loads them at the first sign of a
// person, or at once on staff pages (why, and what the loader does meanwhile: its own comment).
//
// Next reads `rootMainFiles` from three kinds of manifest when it renders a page: the build's
// build-manifest.json, server/middleware-build-manifest.js and one build-manifest.json per app page
// (server/app/…/page/build-manifest.json). All of them are rewritten; the original list is kept in
// deferred-boot.json for the tests and the benchmarks. Running it twice changes nothing.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const LOADER_SOURCE = path.join(__dirname, 'boot-loader.js');
const RECORD = 'deferred-boot.json';

/** Every per-page (and per-route) build manifest under server/app. */
function pageManifests(distDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'build-manifest.json') found.push(full);
    }
  };
  const appDir = path.join(distDir, 'server', 'app');
  if (fs.existsSync(appDir)) walk(appDir);
  return found;
}

function sameList(a, b) {
  return Array.isArray(a) && a.length === b.length && a.every((file, i) => file === b[i]);
}

/** Replaces `rootMainFiles` with the loader in every manifest; returns the loader's path in distDir. */
function deferBoot(distDir) {
  const recordFile = path.join(distDir, RECORD);
  const mainFile = path.join(distDir, 'build-manifest.json');
  const main = JSON.parse(fs.readFileSync(mainFile, 'utf8'));
  const previous = fs.existsSync(recordFile) ? JSON.parse(fs.readFileSync(recordFile, 'utf8')) : null;
  if (previous && sameList(main.rootMainFiles, [previous.loader])) return previous.loader;

  const runtime = main.rootMainFiles;
  if (
    !Array.isArray(runtime) ||
    runtime.length === 0 ||
    !runtime.every((f) => f.startsWith('static/chunks/'))
  )
    throw new Error(
      `${mainFile}: unexpected rootMainFiles ${JSON.stringify(runtime)}; the boot was not deferred.`,
    );
  const code = fs.readFileSync(LOADER_SOURCE, 'utf8').replace('__RUNTIME_FILES__', JSON.stringify(runtime));
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 12);
  const loader = `static/chunks/boot-${hash}.js`;
  fs.writeFileSync(path.join(distDir, loader), code);

  const rewrite = (file, manifest) => {
    if (!sameList(manifest.rootMainFiles, runtime))
      throw new Error(`${file} lists other root files than the build manifest; the boot was not deferred.`);
    manifest.rootMainFiles = [loader];
  };
  rewrite(mainFile, main);
  fs.writeFileSync(mainFile, JSON.stringify(main, null, 2));
  for (const file of pageManifests(distDir)) {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    // Route handlers (feeds, autoconfig XML) load no JavaScript at all.
    if (Array.isArray(manifest.rootMainFiles) && manifest.rootMainFiles.length === 0) continue;
    rewrite(file, manifest);
    fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  }
  const edgeFile = path.join(distDir, 'server', 'middleware-build-manifest.js');
  if (fs.existsSync(edgeFile)) {
    const source = fs.readFileSync(edgeFile, 'utf8');
    const prefix = 'globalThis.__BUILD_MANIFEST = ';
    if (!source.startsWith(prefix))
      throw new Error(`${edgeFile}: unexpected format; the boot was not deferred.`);
    const body = source.slice(prefix.length).trim().replace(/;$/, '');
    const manifest = JSON.parse(body);
    rewrite(edgeFile, manifest);
    fs.writeFileSync(edgeFile, `${prefix}${JSON.stringify(manifest, null, 2)};`);
  }
  fs.writeFileSync(recordFile, JSON.stringify({ loader, runtime }, null, 2));
  return loader;
}

module.exports = { deferBoot };
