/**
 * The engine's tests, for mutation runs only (stryker.config.mjs). `npm test` uses the root
 * vitest.config.ts (project "engine"); Stryker cannot use that one: it runs in a sandbox copy of
 * packages/engine (the root config's project roots are outside it) and its vitest runner has no
 * option to pick one project. Same include as the root's engine project, without the type tests.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
