import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogFollower, type FollowPosition } from '@/lib/mail-events/follow-log';

/** The log follower of `npm run mail-events:follow`: rotation, truncation, restarts, a failing portal. */

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'follow-'));
  file = path.join(dir, 'maillog');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

function start(
  position: FollowPosition | null,
  got: string[],
  options: { failFirst?: number; fromStart?: boolean } = {},
) {
  const saved: { position: FollowPosition | null } = { position };
  let failures = options.failFirst ?? 0;
  const follower = new LogFollower({
    file,
    position,
    fromStart: options.fromStart,
    pollMs: 10,
    retryMs: 10,
    maxLinesPerBatch: 3,
    deliver: async (lines) => {
      if (failures-- > 0) throw new Error('portal down');
      got.push(...lines);
    },
    save: (p) => (saved.position = p),
  });
  const running = follower.run();
  return { follower, saved, stop: async () => (follower.stop(), await running) };
}

describe('following a log file', () => {
  it('starts at the end on a first run, delivers whole lines only, and resumes after a restart', async () => {
    fs.writeFileSync(file, 'old 1\nold 2\n');
    const got: string[] = [];
    const first = start(null, got);
    await until(() => first.saved.position !== null || true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    fs.appendFileSync(file, 'a\nb\npartial');
    await until(() => got.length === 2);
    expect(got).toEqual(['a', 'b']);
    await first.stop();
    fs.appendFileSync(file, ' line\nc\n');
    const second = start(first.saved.position, got);
    await until(() => got.length === 4);
    await second.stop();
    expect(got).toEqual(['a', 'b', 'partial line', 'c']);
  });

  it('survives rotation while running and while stopped, losing and doubling nothing', async () => {
    fs.writeFileSync(file, '');
    const got: string[] = [];
    const run = start(null, got, { fromStart: true });
    fs.appendFileSync(file, '1\n2\n');
    await until(() => got.length === 2);
    fs.appendFileSync(file, '3\n');
    fs.renameSync(file, `${file}.1`); // logrotate: move, then a new file
    fs.appendFileSync(`${file}.1`, '4\n'); // the server still wrote to the old one
    fs.writeFileSync(file, '5\n');
    await until(() => got.length === 5);
    await run.stop();
    // Stopped; more lines, a rotation, more lines.
    fs.appendFileSync(file, '6\n');
    fs.renameSync(file, `${file}-20261207`);
    fs.writeFileSync(file, '7\n8\n');
    const again = start(run.saved.position, got);
    await until(() => got.length === 8);
    await again.stop();
    expect(got).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('reads a truncated file (copytruncate) from its start, and retries lines the portal did not take', async () => {
    fs.writeFileSync(file, '');
    const got: string[] = [];
    const run = start(null, got, { failFirst: 3, fromStart: true });
    fs.appendFileSync(file, 'x\ny\n');
    await until(() => got.length === 2);
    fs.truncateSync(file, 0);
    fs.appendFileSync(file, 'z\n');
    await until(() => got.length === 3);
    await run.stop();
    expect(got).toEqual(['x', 'y', 'z']);
  });

  it('saves the position only after the portal took the lines, also across a rotation while it is down', async () => {
    fs.writeFileSync(file, '');
    const got: string[] = [];
    let down = true;
    const saves: FollowPosition[] = [];
    const follower = new LogFollower({
      file,
      position: null,
      fromStart: true,
      pollMs: 10,
      retryMs: 10,
      deliver: async (lines) => {
        if (down) throw new Error('portal down');
        got.push(...lines);
      },
      save: (p) => saves.push(p),
    });
    const running = follower.run();
    await until(() => saves.length > 0);
    const first = saves.at(-1)!;
    fs.appendFileSync(file, 'a\nb\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    fs.renameSync(file, `${file}.1`);
    fs.writeFileSync(file, 'c\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(got).toEqual([]);
    expect(saves.at(-1)).toEqual(first); // nothing taken, nothing saved
    down = false;
    await until(() => got.length === 3);
    follower.stop();
    await running;
    expect(got).toEqual(['a', 'b', 'c']);
    const rotatedIno = fs.statSync(`${file}.1`).ino;
    const newIno = fs.statSync(file).ino;
    expect(saves.some((p) => p.ino === rotatedIno && p.offset === 4)).toBe(true);
    expect(saves.at(-1)).toMatchObject({ ino: newIno, offset: 2 });
  });

  it('keeps characters whole across reads and follows a file that comes back after being removed', async () => {
    const line = 'ログイン成功 '.repeat(400); // ~8 KB a line, characters of 3 bytes
    fs.writeFileSync(file, '');
    const got: string[] = [];
    const run = start(null, got, { fromStart: true });
    fs.appendFileSync(file, `${line}\n`.repeat(20)); // past one read of 64 KB
    await until(() => got.length === 20);
    expect(new Set(got)).toEqual(new Set([line]));
    fs.rmSync(file);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // longer than the library waits
    fs.writeFileSync(file, 'back\n');
    await until(() => got.length === 21, 8_000);
    await run.stop();
    expect(got.at(-1)).toBe('back');
  }, 15_000);
});
