// End-to-end tests in Debian's Chromium against the built sites (run `npm run build` and
// `npm run build:fixtures` first; `npm test` does). Playwright's own browser downloads are not used.

import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

function chromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${CANDIDATES.join(", ")}). Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
        "or point CHROMIUM_PATH at a Chrome or Chromium binary, then run the tests again.",
    );
  }
  return found;
}

export const PORTS = { site: 4321, fixtures: 4322, sub: 4323, host: 4324 } as const;

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
      executablePath: chromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    { command: `node scripts/serve.mjs --dir dist --port ${PORTS.site}`, port: PORTS.site, reuseExistingServer: false },
    {
      command: `node scripts/serve.mjs --dir dist-fixtures --port ${PORTS.fixtures}`,
      port: PORTS.fixtures,
      reuseExistingServer: false,
    },
  ],
});
