import { defineConfig, devices } from '@playwright/test';
import base from './playwright.config';

const port = Number(process.env.EDGE_PORT || 3300);

/** Debian's nginx with the shipped edge configuration in front of two instances (scripts/e2e-edge-server.mjs). */
export default defineConfig({
  ...base,
  testDir: 'tests/e2e-edge',
  workers: 1,
  fullyParallel: false,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  projects: [{ name: 'chromium, nginx', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node scripts/e2e-edge-server.mjs',
    url: `http://127.0.0.1:${port}/en`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { EDGE_PORT: String(port) },
  },
});
