// @ts-check
/**
 * Mutation testing of the engine's rule files (issue 12 §3; docs/testing.md says what and why).
 * Run from the root with `npm run test:mutation`; one file: `npm run test:mutation -- --mutate src/allocation-strategy.ts`.
 * Not part of CI: a full run takes minutes.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  // A config of its own (vitest.mutation.config.ts), not the root vitest.config.ts: Stryker runs in
  // a sandbox copy of packages/engine, where the root config's project roots do not exist, and its
  // vitest runner cannot select one project ("engine") of a multi-project config.
  vitest: { configFile: "vitest.mutation.config.ts" },
  // Every source file under src/, less tests, the test kit, the barrel and the engine's machinery:
  // the trie (internal/trie/), write staging (internal/draft/, internal/stored-slot.ts) and the
  // memoising tag lookup (internal/tag-index.ts), plus the type-only internal/mutable.ts.
  // internal/validate.ts (D9) and internal/dates.ts (date forms, D16's day) hold rules: mutated.
  mutate: [
    "src/**/*.ts",
    "!src/**/*.test.ts",
    "!src/**/*.test-d.ts",
    "!src/testing/**",
    "!src/index.ts",
    "!src/internal/trie/**",
    "!src/internal/draft/**",
    "!src/internal/stored-slot.ts",
    "!src/internal/tag-index.ts",
    "!src/internal/mutable.ts",
  ],
  // The engine's tests, less the trie's own (the trie is not mutated; its tests cannot pin a rule).
  testFiles: ["src/*.test.ts", "src/internal/*.test.ts", "src/orders/*.test.ts"],
  coverageAnalysis: "perTest",
  // A "static" mutant runs while the modules load, before any test, so Stryker must run every test
  // for it. Test states are built in beforeEach (not at describe level), so what stays static is the
  // engine's module-level code: 100 of 6,673 mutants. Ignored to keep a run's time down;
  // `-- --ignoreStatic false` counts them too (docs/testing.md).
  ignoreStatic: true,
  concurrency: 2,
  // Generous: a loaded machine must not turn a slow test run into a "timed out" (counted as killed).
  timeoutMS: 15_000,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
