#!/usr/bin/env node
// The fixture stories' one generated image: a 5 MB PNG of noise (e2e/fixtures/seeds/media/huge.png), which a
// hostile timeline shows, to prove an editor's oversized upload never reaches a reader as it is. Generated
// rather than kept in the repository (it would be 5 MB of history); the same bytes every time (a seeded
// generator), and only written when missing. `npm run build:fixtures` runs it first, and Vitest before any test
// (vitest.config.ts: globalSetup), since the unit tests load the fixture stories too.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const target = new URL("../e2e/fixtures/seeds/media/huge.png", import.meta.url).pathname;

export default async function fixtureMedia() {
  if (existsSync(target)) return;
  const [width, height] = [1700, 1100];
  const pixels = Buffer.alloc(width * height * 3);
  let a = 7;
  for (let i = 0; i < pixels.length; i++) {
    // Mulberry32: noise that does not compress, so the file is as large as a careless upload.
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    pixels[i] = (t ^ (t >>> 14)) & 0xff;
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toFile(target);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await fixtureMedia();
