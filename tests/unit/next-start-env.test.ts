import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { nextStartEnv, PEER_PRELOAD } from '../../scripts/lib/tasks.mjs';

describe('nextStartEnv (the Node options of every `next start`)', () => {
  it('adds the young-generation size after what NODE_OPTIONS already holds, then the extra options', () => {
    const env = { NODE_OPTIONS: '--enable-source-maps', PORT: '3000' };
    const result = nextStartEnv(env, '--max-old-space-size=192');
    expect(result.NODE_OPTIONS).toBe(
      `--enable-source-maps --max-semi-space-size=32 ${PEER_PRELOAD} --max-old-space-size=192`,
    );
    expect(result.PORT).toBe('3000');
    // The caller's environment is left as it was (the build and the seed run with it).
    expect(env.NODE_OPTIONS).toBe('--enable-source-maps');
  });

  it('works without NODE_OPTIONS or extras', () => {
    expect(nextStartEnv({}).NODE_OPTIONS).toBe(`--max-semi-space-size=32 ${PEER_PRELOAD}`);
  });

  it('gives options that Node accepts in NODE_OPTIONS (it refuses to start otherwise)', () => {
    const { NODE_OPTIONS } = nextStartEnv({});
    const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(globalThis.__portalPeerHeader)'], {
      env: { ...process.env, NODE_OPTIONS },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    // The peer-address preload ran.
    expect(run.stdout).toBe('x-portal-peer');
  });
});
