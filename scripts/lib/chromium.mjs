// The browser for the end-to-end tests and the benchmarks: one definition for Playwright's config,
// the soak (Playwright) and Lighthouse (chrome-launcher).

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH; never a browser Playwright downloads. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * The flags it runs with here: as root in a container (no sandbox), without a GPU, and with nothing
 * that reaches the network on its own (only the registry is reachable). Headless mode is each
 * launcher's own option, so it is not in this list.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
