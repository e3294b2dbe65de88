#!/usr/bin/env node
// Screenshots of built pages at 320, 768, 1280 and 1600 px, light and dark, for looking at what we build.
//   node scripts/screenshots.mjs [outDir] [path ...]   (serves dist/ itself on a free port)
// DIST=dist-fixtures serves another build; SELECTOR=css shoots one element; VIEWPORT_ONLY=1 the first
// screen; NOJS=1 without JavaScript; SPACING=1 with the WCAG 1.4.12 text-spacing override; WAIT=css waits for
// that element first (a search's results: WAIT='[data-searched]'); PORT serves on that port (else a free one);
// DIR=rtl sets <html dir="rtl"> once the page has loaded, to look at the right-to-left layout of any page;
// FORCED=1 emulates forced colours (Windows high contrast), in the light or dark scheme. A path may name an
// event to open (/articles/<slug>/#event-<id>).

import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";
import { startServer } from "./serve.mjs";
import { TEXT_SPACING } from "./text-spacing.mjs";

const [outDir = "/tmp/shots", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/articles/syria-strike-g7-sanctions/"];
mkdirSync(outDir, { recursive: true });
const server = await startServer({ dir: process.env.DIST ?? "dist", port: Number(process.env.PORT ?? 0) });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const path of pages) {
  for (const width of [320, 768, 1280, 1600]) {
    for (const colorScheme of ["light", "dark"]) {
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        colorScheme,
        javaScriptEnabled: !process.env.NOJS,
        bypassCSP: !!process.env.SPACING,
      });
      if (process.env.FORCED) await page.emulateMedia({ forcedColors: "active" });
      await page.goto(origin + path);
      if (process.env.SPACING) {
        await page.addStyleTag({ content: TEXT_SPACING });
      }
      if (process.env.WAIT) await page.locator(process.env.WAIT).first().waitFor();
      if (process.env.DIR && !process.env.NOJS) {
        await page.evaluate((dir) => {
          document.documentElement.dir = dir;
        }, process.env.DIR);
      }
      // Loaded (goto waits for it), and two frames painted since: no clock, so a busy machine takes the same pictures.
      // (Without JavaScript there is no script to wait for, and evaluate() cannot run.)
      if (!process.env.NOJS) {
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      }
      const mode = `${process.env.NOJS ? "-nojs" : ""}${process.env.SPACING ? "-spacing" : ""}${process.env.DIR ? `-${process.env.DIR}` : ""}${process.env.FORCED ? "-forced" : ""}`;
      const name = `${path.replace(/[^a-z0-9]+/gi, "_")}${width}-${colorScheme}${mode}.png`;
      const target = process.env.SELECTOR ? page.locator(process.env.SELECTOR).first() : page;
      await target.screenshot({
        path: `${outDir}/${name}`,
        ...(process.env.SELECTOR ? {} : { fullPage: !process.env.VIEWPORT_ONLY }),
      });
      await page.close();
    }
  }
}
await browser.close();
server.close();
console.log(`Screenshots in ${outDir}`);
