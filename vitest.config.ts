/// <reference types="vitest/config" />
// Vitest with Astro's own Vite configuration, so a test can render a real component with Astro's Container
// API (src/components/*.test.ts) as a build does.
import { getViteConfig } from "astro/config";

export default getViteConfig(
  {
    test: {
      include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
      environment: "node",
      // The fixture stories' generated image, which the stories loaded by unit tests refer to.
      globalSetup: ["scripts/fixture-media.mjs"],
      // No test is about time: the first test of a file loads every fixture story (images checked, media
      // read), which a busy 2-core runner can stretch past Vitest's 5 s default. A minute only catches a hang.
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  },
  // Without the dev toolbar, Astro does not annotate markup with its source files: what a test renders is what a build writes.
  { devToolbar: { enabled: false } },
);
