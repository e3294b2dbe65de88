// End-to-end tests in Debian's Chromium against the built sites (run `npm run build` and
// `npm run build:fixtures` first; `npm test` does). Playwright's own browser downloads are not used.

import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

/** site: dist/; fixtures: dist-fixtures/; base: dist-base/ served under /explainer/. 4324-4325 are host pages routed by the tests. */
export const PORTS = { site: 4321, fixtures: 4322, base: 4323 } as const;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORTS.site}`,
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
