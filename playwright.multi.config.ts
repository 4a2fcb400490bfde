import { defineConfig, devices } from '@playwright/test';
import base from './playwright.config';

const port = Number(process.env.MULTI_PORT || 3200);
/** `sqlite` (the embedded default) or `postgresql` (needs PG_TEST_URL); names the report's project. */
const database = process.env.MULTI_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';

/** Two app instances over one database behind a round-robin proxy (scripts/e2e-multi-server.mjs). */
export default defineConfig({
  ...base,
  testDir: 'tests/e2e-multi',
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  projects: [{ name: `chromium, ${database}`, use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node scripts/e2e-multi-server.mjs',
    url: `http://127.0.0.1:${port}/en`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { MULTI_PORT: String(port), MULTI_DATABASE: database },
  },
});
