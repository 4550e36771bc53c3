// @ts-check
/**
 * Mutation testing of the engine's rule files (issue 12 §3; docs/testing.md says what and why).
 * Run from the root with `npm run test:mutation`; one file: `npm run test:mutation -- --mutate src/allocation-strategy.ts`.
 * Not part of CI: a full run takes minutes.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts" },
  // Later patterns override earlier ones: every source file under src/, then out go tests, test
  // kits, the barrel and the engine's internal machinery (trie, write staging), then back in come
  // the two internal files that hold rules (D9 validation, dates).
  mutate: [
    "src/**/*.ts",
    "!src/**/*.test.ts",
    "!src/**/*.test-d.ts",
    "!src/testing/**",
    "!src/**/index.ts",
    "!src/internal/**",
    "!src/persistent-map.ts",
    "!src/transient-map.ts",
    "src/internal/validate.ts",
    "src/internal/dates.ts",
  ],
  // The engine's tests, less the trie's own (the trie is not mutated; its tests cannot pin a rule).
  testFiles: ["src/!(persistent-map|transient-map).test.ts", "src/internal/*.test.ts"],
  coverageAnalysis: "perTest",
  // A "static" mutant is one the test files reach while they are collected (a `given(...)` at
  // describe level), so Stryker must run every test for it: 70% of the engine's mutants, 90% of the
  // time. Ignored by default to keep a run in minutes; `-- --ignoreStatic false` counts them too.
  // docs/testing.md reports both.
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
