/**
 * `npm run mail-events:follow -- --postfix FILE --dovecot FILE [--url URL] [--state FILE] [--from-start]`
 * Follows the mail servers' logs and posts their lines to the portal's POST /api/mail-events/postfix
 * and /dovecot (docs/mail-events.md). Survives log rotation and restarts without losing or doubling
 * lines: each file's position is saved in --state only after the portal accepted the lines before it
 * (the events' keys make a line sent twice count once anyway). The token is MAIL_EVENTS_TOKEN.
 */
import fs from 'node:fs';
import path from 'node:path';
import { failUsage, parseCli } from './lib/cli.mjs';
import { LogFollower, type FollowPosition } from '../lib/mail-events/follow-log';

const NAME = 'mail-events:follow';
const USAGE = `
Usage: npm run mail-events:follow -- [--postfix FILE] [--dovecot FILE] [--url URL] [--state FILE] [--from-start]

Follows Postfix's and Dovecot's logs and posts their lines to the portal (POST /api/mail-events/…).

  --postfix FILE   Postfix's log (maillog_file, or the syslog file with its lines)
  --dovecot FILE   Dovecot's log (log_path, or the syslog file with its lines)
  --url URL        the portal (default MAIL_EVENTS_URL, else http://127.0.0.1:3000)
  --state FILE     where the positions are kept (default data/mail-events-follow.json)
  --from-start     read a file seen for the first time from its start (default: from its end)
  --help           this text

The token is MAIL_EVENTS_TOKEN (the portal's). Exit codes: 2 bad arguments or setup.`;

const { values } = parseCli({
  name: NAME,
  usage: USAGE,
  options: {
    postfix: { type: 'string' },
    dovecot: { type: 'string' },
    url: { type: 'string' },
    state: { type: 'string' },
    'from-start': { type: 'boolean', default: false },
  },
});

const token = process.env.MAIL_EVENTS_TOKEN?.trim();
if (!values.postfix && !values.dovecot) failUsage(NAME, 'give --postfix FILE, --dovecot FILE or both');
if (!token) failUsage(NAME, 'MAIL_EVENTS_TOKEN is not set');
const base = (values.url ?? process.env.MAIL_EVENTS_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
if (!/^https?:\/\/[^/]+/.test(base))
  failUsage(NAME, `--url must be an http(s) URL, not ${JSON.stringify(base)}`);
for (const file of [values.postfix, values.dovecot]) {
  if (file && !fs.existsSync(path.dirname(path.resolve(file)))) failUsage(NAME, `no folder for ${file}`);
}
const stateFile = path.resolve(values.state ?? 'data/mail-events-follow.json');

type Source = 'postfix' | 'dovecot';
let state: Partial<Record<Source, FollowPosition>> = {};
try {
  state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') failUsage(NAME, `cannot read --state ${stateFile}`);
}

function save(source: Source, position: FollowPosition) {
  state = { ...state, [source]: position };
  const tmp = `${stateFile}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(stateFile), { recursive: true });
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, stateFile);
}

class DeliveryError extends Error {}

async function deliver(source: Source, lines: string[]) {
  const response = await fetch(`${base}/api/mail-events/${source}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=utf-8' },
    body: `${lines.join('\n')}\n`,
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status !== 202)
    throw new DeliveryError(`the portal answered ${response.status} for ${source}`);
}

const followers: LogFollower[] = [];
for (const source of ['postfix', 'dovecot'] as const) {
  const file = values[source];
  if (!file) continue;
  let lastComplaint = 0;
  const follower = new LogFollower({
    file: path.resolve(file),
    position: state[source] ?? null,
    fromStart: values['from-start'],
    deliver: (lines) => deliver(source, lines),
    save: (position) => save(source, position),
    onError: (error) => {
      // One line, at most every half minute: the portal may be restarting.
      if (Date.now() - lastComplaint < 30_000) return;
      lastComplaint = Date.now();
      const what = error instanceof DeliveryError ? error.message : `${(error as Error).name ?? 'error'}`;
      console.error(`${NAME}: ${what}; retrying (nothing is lost)`);
    },
  });
  followers.push(follower);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => followers.forEach((f) => f.stop()));
Promise.all(followers.map((f) => f.run())).catch((error: unknown) => {
  console.error(`${NAME}: stopped (${error instanceof Error ? error.name : typeof error})`);
  process.exit(1);
});
