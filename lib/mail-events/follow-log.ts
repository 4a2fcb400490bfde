import fs from 'node:fs';
import path from 'node:path';

/**
 * Follows one log file the way `tail -F` does, for `npm run mail-events:follow`, without losing or
 * doubling lines across rotation and restarts: its position (device, inode, byte offset) is saved
 * only after the lines before it were delivered, and on start it resumes there — in the same file,
 * or, when the file was rotated meanwhile, first in the rotated file found beside it by inode
 * (`maillog.1`, `maillog-20261207`), then in the new one from its start. A truncated file
 * (copytruncate) is read again from its start. Only whole lines are delivered.
 *
 * (Written here because @logdna/tail-file is not among the dependencies; docs/mail-events.md.)
 */

export interface FollowPosition {
  dev: number;
  ino: number;
  offset: number;
}

export interface FollowOptions {
  file: string;
  /** Where the position was saved, or null to start at the end of the file (first run). */
  position: FollowPosition | null;
  /** Delivers lines; resolves once they are safe (accepted by the portal). Rejects to retry them. */
  deliver: (lines: string[]) => Promise<void>;
  /** Saves the position after a delivery. */
  save: (position: FollowPosition) => void;
  /** Start a file seen for the first time at its start instead of its end. */
  fromStart?: boolean;
  maxLinesPerBatch?: number;
  pollMs?: number;
  retryMs?: number;
  onError?: (error: unknown) => void;
}

const CHUNK = 256 * 1024;

export class LogFollower {
  private fd: number | null = null;
  private current: FollowPosition | null = null;
  private stopped = false;
  private pending = '';

  constructor(private readonly options: FollowOptions) {}

  /** Resumes where the saved position says, then follows until stop(). */
  async run(): Promise<void> {
    await this.resume();
    while (!this.stopped) {
      const progressed = await this.step();
      if (!progressed) await sleep(this.options.pollMs ?? 500);
    }
    this.closeFd();
  }

  stop() {
    this.stopped = true;
  }

  private closeFd() {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  private open(file: string, offset: number) {
    this.closeFd();
    this.fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(this.fd);
    this.current = { dev: stat.dev, ino: stat.ino, offset: Math.min(offset, stat.size) };
    this.pending = '';
  }

  /** The rotated copy of the saved file beside it (same device and inode), if it is still there. */
  private findRotated(saved: FollowPosition): string | null {
    const dir = path.dirname(this.options.file);
    const base = path.basename(this.options.file);
    for (const name of fs.readdirSync(dir)) {
      if (!name.startsWith(base) || name === base) continue;
      try {
        const stat = fs.statSync(path.join(dir, name));
        if (stat.ino === saved.ino && stat.dev === saved.dev) return path.join(dir, name);
      } catch {
        // Gone meanwhile.
      }
    }
    return null;
  }

  private async resume() {
    const saved = this.options.position;
    const stat = statOrNull(this.options.file);
    if (saved && stat && stat.ino === saved.ino && stat.dev === saved.dev) {
      // Truncated since (copytruncate): from the start.
      this.open(this.options.file, stat.size < saved.offset ? 0 : saved.offset);
      return;
    }
    if (saved) {
      const rotated = this.findRotated(saved);
      if (rotated) {
        this.open(rotated, saved.offset);
        await this.drainCurrent();
      }
      if (stat) this.open(this.options.file, 0);
      return;
    }
    if (stat) this.open(this.options.file, this.options.fromStart ? 0 : stat.size);
  }

  /** Reads and delivers everything up to the end of the open file. */
  private async drainCurrent() {
    while (!this.stopped && (await this.readAndDeliver())) {
      // more
    }
  }

  /** One round: new lines, else a rotation or truncation. True when something happened. */
  private async step(): Promise<boolean> {
    if (this.fd === null) {
      const stat = statOrNull(this.options.file);
      if (!stat) return false;
      this.open(this.options.file, 0);
      this.options.save(this.current!);
    }
    if (await this.readAndDeliver()) return true;
    const stat = statOrNull(this.options.file);
    const open = fs.fstatSync(this.fd!);
    if (stat && (stat.ino !== this.current!.ino || stat.dev !== this.current!.dev)) {
      // Rotated: finish the old file (still open), then the new one from its start.
      await this.drainCurrent();
      this.open(this.options.file, 0);
      this.options.save(this.current!);
      return true;
    }
    if (open.size < this.current!.offset) {
      this.open(this.options.file, 0);
      this.options.save(this.current!);
      return true;
    }
    return false;
  }

  private async readAndDeliver(): Promise<boolean> {
    const max = this.options.maxLinesPerBatch ?? 1000;
    const buffer = Buffer.alloc(CHUNK);
    const read = fs.readSync(
      this.fd!,
      buffer,
      0,
      CHUNK,
      this.current!.offset + Buffer.byteLength(this.pending),
    );
    if (read === 0) return false;
    const text = this.pending + buffer.subarray(0, read).toString('utf8');
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      // A line still being written (or longer than a chunk: delivered whole once it ends).
      this.pending = text;
      return read === CHUNK;
    }
    const lines = text.slice(0, end).split('\n').slice(0, max);
    const consumed = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    for (;;) {
      try {
        await this.options.deliver(lines);
        break;
      } catch (error) {
        this.options.onError?.(error);
        if (this.stopped) return false;
        await sleep(this.options.retryMs ?? 2_000);
      }
    }
    this.pending = '';
    this.current = { ...this.current!, offset: this.current!.offset + consumed };
    this.options.save(this.current);
    return true;
  }
}

function statOrNull(file: string) {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
