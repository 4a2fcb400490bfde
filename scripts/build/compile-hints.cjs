'use strict';
// Runs inside `next build`, right after the bundles are written (next.config.js,
// compiler.runAfterProductionCompile). It marks the framework chunks every page loads first (React,
// Next's router and the bundler's runtime: `rootMainFiles` in the build manifest) with V8's explicit
// compile hint, `//# allFunctionsCalledOnLoad`.
//
// Why: V8 compiles a function lazily, on the main thread, the first time it is called. React and the
// router call most of theirs while the page hydrates, so a phone spent that whole compile in one long
// task after the page had painted: Lighthouse's "total blocking time". With the hint, V8 compiles
// these files eagerly while it streams them in, on a background thread (https://v8.dev/blog/explicit-compile-hints).
// Measured on the notice archive (docs/performance.md): median total blocking time 118 → 69 ms.
// Browsers without the feature read an ordinary comment. Only these files: hinting code that is
// rarely run (the staff area's charts) would spend time and memory compiling what is never called.
const fs = require('node:fs');
const path = require('node:path');

const HINT = '//# allFunctionsCalledOnLoad\n';

/** Adds the hint to the start of each root chunk that does not have it yet. */
function addCompileHints(distDir) {
  const manifestFile = path.join(distDir, 'build-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const files = manifest.rootMainFiles;
  if (!Array.isArray(files) || files.length === 0)
    throw new Error(`${manifestFile} lists no rootMainFiles: the compile hints were not added.`);
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const full = path.join(distDir, file);
    const code = fs.readFileSync(full, 'utf8');
    if (code.startsWith(HINT)) continue;
    fs.writeFileSync(full, HINT + code);
  }
}

module.exports = { addCompileHints };
