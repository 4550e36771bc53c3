/**
 * The engine's tests, for mutation runs only (stryker.config.mjs). `npm test` uses the root
 * vitest.config.ts (project "engine"); Stryker cannot use that one: it runs in a sandbox copy of
 * packages/engine (the root config's project roots are outside it) and its vitest runner has no
 * option to pick one project. Same include as the root's engine project, without the type tests.
 * The property tests (properties.test.ts, orders/properties.test.ts, refresh-batch.test.ts) run 50
 * random sequences instead of 1000 / 200 / 400 (FC_RUNS): every surviving mutant of the write path
 * runs them, and the full counts made a run take several times as long. A mutant only a later
 * sequence would catch counts as survived: the score can only be understated.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { FC_RUNS: "50" },
  },
});
