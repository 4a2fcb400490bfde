import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVICE_GUIDE_PROGRAMS } from '@/lib/guides/guide-programs';

// The device hint lives in three places that cannot import each other: the programs a card can be
// marked for (lib/guides/guide-programs.ts), the guess in the boot loader (plain browser JavaScript,
// scripts/build/boot-loader.js) and the CSS that shows the matching label (app/globals.css).
const root = path.resolve(import.meta.dirname, '../..');
const loader = fs.readFileSync(path.join(root, 'scripts/build/boot-loader.js'), 'utf8');
const css = fs.readFileSync(path.join(root, 'app/globals.css'), 'utf8');

describe('the device hint', () => {
  it('guesses only programs that have a card hint', () => {
    const guess = loader.slice(
      loader.indexOf('function guessDevice'),
      loader.indexOf('\n  }\n', loader.indexOf('function guessDevice')),
    );
    const guessed = new Set([...guess.matchAll(/return '([a-z-]+)'/g)].map((m) => m[1]));
    expect([...guessed].sort()).toEqual([...DEVICE_GUIDE_PROGRAMS].sort());
  });

  it('has a rule that shows the label and one that highlights the card for every program', () => {
    for (const program of DEVICE_GUIDE_PROGRAMS) {
      expect(css).toContain(`html[data-device='${program}'] [data-device-hint='${program}']`);
      expect(css).toContain(`html[data-device='${program}'] a:has(> [data-device-hint='${program}'])`);
    }
  });
});
