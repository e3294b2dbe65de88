// The one Chromium every browser run here uses (tests, screenshots, benchmark): Debian's, or CHROMIUM_PATH.
// Playwright's own browser downloads are not used (this machine cannot fetch them).

import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** Flags that keep Chromium quiet: without the networking ones it floods a closed network with requests. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The binary to launch, or an error that says what to do. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${CANDIDATES.join(", ")}). Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
        "or point CHROMIUM_PATH at a Chrome or Chromium binary, then run again.",
    );
  }
  return found;
}
