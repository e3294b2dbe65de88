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
    },
  },
  // Without the dev toolbar, Astro does not annotate markup with its source files: what a test renders is what a build writes.
  { devToolbar: { enabled: false } },
);
