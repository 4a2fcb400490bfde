import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVICE_GUIDE_PROGRAMS } from '@/lib/guides/guide-programs';
import { guessDevice } from '@/lib/guides/guess-device';

// The device hint lives in three places: the programs a card can be marked for
// (lib/guides/guide-programs.ts), the guess from the user agent (lib/guides/guess-device.ts) and the
// CSS that shows the matching label (app/globals.css).
const root = path.resolve(import.meta.dirname, '../..');
const css = fs.readFileSync(path.join(root, 'app/globals.css'), 'utf8');

describe('the device hint', () => {
  it('guesses each device’s program, and only programs that have a card hint', () => {
    const agents: Record<string, [string, number]> = {
      iphone: ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15', 5],
      ipad: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari', 5],
      android: ['Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 Chrome/131 Mobile', 5],
      mac: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari', 0],
      windows: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131', 0],
      linux: ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131', 0],
    };
    const guess = (name: string) => guessDevice(...agents[name]!);
    expect(guess('iphone')).toBe('iphone');
    expect(guess('ipad')).toBe('iphone');
    expect(guess('android')).toBe('android-gmail');
    expect(guess('mac')).toBe('apple-mail');
    expect(guess('windows')).toBe('outlook');
    expect(guess('linux')).toBeNull();
    const guessed = new Set(Object.keys(agents).map(guess).filter(Boolean));
    expect([...guessed].sort()).toEqual([...DEVICE_GUIDE_PROGRAMS].sort());
  });

  it('has a rule that shows the label and one that highlights the card for every program', () => {
    for (const program of DEVICE_GUIDE_PROGRAMS) {
      expect(css).toContain(`html[data-device='${program}'] [data-device-hint='${program}']`);
      expect(css).toContain(`html[data-device='${program}'] a:has(> [data-device-hint='${program}'])`);
    }
  });
});
