import fs from 'node:fs';
import path from 'node:path';
import TailFile from '@logdna/tail-file';

/**
 * Follows one log file the way `tail -F` does, for `npm run mail-events:follow`, without losing or
 * doubling lines across rotation and restarts. The following itself is `@logdna/tail-file` (polling,
 * backpressure, a renamed file's last bytes read from its still-open handle before the new file is
 * read from its start, a truncated file read again from its start). What it does not keep is where
 * a restart should resume, so this adds it: every chunk is tagged with the file it came from (the
 * library's `renamed` and `truncated` events come between the last bytes of one and the first of
 * the next), only whole lines are delivered, and the position (device, inode, byte offset) is saved
 * only after the lines before it were delivered. On start it resumes there — in the same file, or,
 * when the file was rotated meanwhile, first in the rotated file found beside it by inode
 * (`maillog.1`, `maillog-20261207`), then in the new one from its start. A file that disappears for
 * longer than the library waits is followed again once it is back (from the saved position).
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

/** A chunk as read, and which file (counted from the start of one `TailFile`) it belongs to. */
interface TaggedChunk {
  file: number;
  identity: FileIdentity;
  data: Buffer;
}

interface FileIdentity {
  dev: number;
  ino: number;
}

/**
 * `TailFile` in object mode, each pushed chunk tagged with the file it was read from. The tag moves
 * on when the library reports a rename or truncation, which it does after pushing the old file's
 * last bytes and before reading the new one.
 */
class TaggedTail extends TailFile {
  private file = 0;

  constructor(
    name: string,
    startPos: number,
    pollMs: number,
    private identity: FileIdentity,
  ) {
    super(name, { startPos, pollFileIntervalMs: pollMs, objectMode: true, highWaterMark: 16 });
    const next = () => {
      this.file += 1;
      const stat = statOrNull(name); // the file the library has just opened
      if (stat) this.identity = { dev: stat.dev, ino: stat.ino };
    };
    this.on('renamed', next);
    this.on('truncated', next);
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) return super.push(null);
    const tagged: TaggedChunk = { file: this.file, identity: this.identity, data: chunk as Buffer };
    return super.push(tagged, encoding);
  }
}

export class LogFollower {
  private current: FollowPosition | null = null;
  private stopped = false;
  private tail: TaggedTail | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly options: FollowOptions) {}

  /** Resumes where the saved position says, then follows until stop(). */
  async run(): Promise<void> {
    this.current = this.options.position;
    let firstRun = this.current === null;
    while (!this.stopped) {
      try {
        await this.follow(firstRun);
        firstRun = false;
      } catch (error) {
        // The file went away for good, or could not be read: follow it again from the saved position.
        this.options.onError?.(error);
      }
      if (!this.stopped) await this.sleep(this.options.pollMs ?? 500);
    }
  }

  stop() {
    this.stopped = true;
    this.wake?.();
    void this.tail?.quit().catch(() => undefined);
  }

  /** One stretch of following: resume, then read until stopped or the library gives up. */
  private async follow(firstRun: boolean) {
    const stat = statOrNull(this.options.file);
    const saved = this.current;
    let startPos: number;
    if (saved && stat && sameFile(stat, saved)) {
      startPos = stat.size < saved.offset ? 0 : saved.offset; // truncated since (copytruncate)
    } else if (saved) {
      const rotated = this.findRotated(saved);
      if (rotated) await this.drainRotated(rotated, saved.offset);
      if (!stat || this.stopped) return;
      startPos = 0;
    } else {
      if (!stat) return;
      startPos = firstRun && !this.options.fromStart ? stat.size : 0;
    }
    this.setPosition({ dev: stat.dev, ino: stat.ino, offset: startPos });

    const identity = { dev: stat.dev, ino: stat.ino };
    const tail = new TaggedTail(this.options.file, startPos, this.options.pollMs ?? 500, identity);
    this.tail = tail;
    tail.on('tail_error', (error: unknown) => this.options.onError?.(error));
    const ended = new Promise<void>((resolve) => tail.once('close', resolve).once('end', resolve));
    try {
      await tail.start();
      let file = 0;
      let pending: Buffer = Buffer.alloc(0);
      const chunks = tail.iterator({ destroyOnReturn: false }) as AsyncIterable<TaggedChunk>;
      for await (const chunk of this.stopped ? [] : chunks) {
        if (this.stopped) break;
        if (chunk.file !== file) {
          // Renamed or truncated: what is left of the old file's last line never ends.
          file = chunk.file;
          pending = Buffer.alloc(0);
          this.setPosition({ ...chunk.identity, offset: 0 }, true);
        }
        pending = await this.deliverWhole(Buffer.concat([pending, chunk.data]));
      }
    } finally {
      this.tail = null;
      if (!tail.destroyed) {
        void tail.quit().catch(() => undefined);
        tail.resume(); // let its last read finish, unread
        await Promise.race([ended, sleep(1_000)]);
      }
    }
  }

  /** Delivers the whole lines at the start of `buffer` in batches; returns the unfinished rest. */
  private async deliverWhole(buffer: Buffer): Promise<Buffer> {
    const max = this.options.maxLinesPerBatch ?? 1000;
    let start = 0;
    while (!this.stopped) {
      const lines: string[] = [];
      let end = start;
      while (lines.length < max) {
        const newline = buffer.indexOf(0x0a, end);
        if (newline < 0) break;
        lines.push(buffer.subarray(end, newline).toString('utf8'));
        end = newline + 1;
      }
      if (lines.length === 0) break;
      if (!(await this.deliver(lines))) break;
      this.setPosition({ ...this.current!, offset: this.current!.offset + (end - start) }, true);
      start = end;
    }
    return buffer.subarray(start);
  }

  /** Delivers until the portal takes the lines; false when stopped first. */
  private async deliver(lines: string[]): Promise<boolean> {
    while (!this.stopped) {
      try {
        await this.options.deliver(lines);
        return true;
      } catch (error) {
        this.options.onError?.(error);
        if (!this.stopped) await this.sleep(this.options.retryMs ?? 2_000);
      }
    }
    return false;
  }

  /** The rest of a rotated file, from the saved offset to its end (it no longer grows). */
  private async drainRotated(file: string, offset: number) {
    const stat = fs.statSync(file);
    this.setPosition({ dev: stat.dev, ino: stat.ino, offset: Math.min(offset, stat.size) });
    let pending: Buffer = Buffer.alloc(0);
    for await (const data of fs.createReadStream(file, { start: this.current!.offset })) {
      pending = await this.deliverWhole(Buffer.concat([pending, data as Buffer]));
      if (this.stopped) return;
    }
  }

  /** The rotated copy of the saved file beside it (same device and inode), if it is still there. */
  private findRotated(saved: FollowPosition): string | null {
    const dir = path.dirname(this.options.file);
    const base = path.basename(this.options.file);
    for (const name of fs.readdirSync(dir)) {
      if (!name.startsWith(base) || name === base) continue;
      const stat = statOrNull(path.join(dir, name));
      if (stat && sameFile(stat, saved)) return path.join(dir, name);
    }
    return null;
  }

  private setPosition(position: FollowPosition, save = false) {
    const changed =
      !this.current || !sameFile(this.current, position) || this.current.offset !== position.offset;
    this.current = position;
    if (save || changed) this.options.save(position);
  }

  private sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}

function sameFile(a: { dev: number; ino: number }, b: { dev: number; ino: number }) {
  return a.dev === b.dev && a.ino === b.ino;
}

function statOrNull(file: string) {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
