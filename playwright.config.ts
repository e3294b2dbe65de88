// End-to-end tests in Debian's Chromium against the built sites (run `npm run build` and
// `npm run build:fixtures` first; `npm test` does). Playwright's own browser downloads are not used.

import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

/**
 * site: dist/; fixtures: dist-fixtures/; base: dist-base/ served under /explainer/; host and evil are pages
 * the embed tests route themselves. E2E_PORT moves them all (two checkouts can test side by side).
 */
const first = Number(process.env.E2E_PORT ?? 4321);
export const PORTS = { site: first, fixtures: first + 1, base: first + 2, host: first + 3, evil: first + 4 } as const;
export const ORIGINS = {
  site: `http://127.0.0.1:${PORTS.site}`,
  fixtures: `http://127.0.0.1:${PORTS.fixtures}`,
  base: `http://127.0.0.1:${PORTS.base}`,
  host: `http://127.0.0.1:${PORTS.host}`,
  evil: `http://127.0.0.1:${PORTS.evil}`,
} as const;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A cap for a hang, not a measure: axe with every rule set over the Syria article, or opening each of a
  // timeline's 41 events, outlasts the 30 s default on a busy 2-core runner. No assertion is about time.
  timeout: 90_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: ORIGINS.site,
    browserName: "chromium",
    launchOptions: {
      executablePath: findChromium(),
      args: [
        ...CHROMIUM_ARGS,
        "--disable-quic",
        // Host pages in the embed tests are fulfilled by Playwright (no IP address, so "public" to Chromium)
        // and frame the loopback site, which Local Network Access would block; real hosts are public too.
        "--disable-features=LocalNetworkAccessChecks",
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${PORTS.site}`,
      port: PORTS.site,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --dir dist-fixtures --port ${PORTS.fixtures}`,
      port: PORTS.fixtures,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --dir dist-base --port ${PORTS.base} --base /explainer/`,
      port: PORTS.base,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
