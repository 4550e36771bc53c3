/**
 * The one test configuration: a vitest project per workspace (and `repo` for the root's own
 * tests under test/). `npm test` builds with turbo, then runs every project in one vitest process;
 * `npm test -- --project sdk` runs one.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Generous: the suites share the CI machine's 2 cores; the default 5 s is for hangs.
const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

/** A workspace whose tests live in src/ (unit, beside the code) and test/ (against the build). */
function workspace(name: string, root: string, extra: TestProjectInlineConfiguration["test"] = {}): TestProjectInlineConfiguration {
  return {
    test: {
      name,
      root,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
      ...timeouts,
      ...extra,
    },
  };
}

export default defineConfig({
  test: {
    // vitest's default (cores - 1) is one worker on a 2-core CI machine; the suites wait on I/O enough for two.
    maxWorkers: Math.max(availableParallelism() - 1, 2),
    projects: [
      workspace("spec", "packages/spec"),
      workspace("engine", "packages/engine"),
      workspace("sdk", "packages/sdk"),
      workspace("mock-server", "packages/mock-server"),
      workspace("console", "packages/console"),
      workspace("cli", "packages/cli"),
      workspace("examples", "examples", { include: ["*.test.ts"], typecheck: { enabled: false } }),
      // Its own config (React plugin, jsdom per file): examples/storefront/vitest.config.ts.
      "examples/storefront",
      // The browser suites skip without Chromium, fail without it under CI (test/browser/find-browser.ts).
      workspace("integration", "integration", { globalSetup: [fileURLToPath(new URL("integration/test/browser/find-browser.ts", import.meta.url))] }),
      workspace("repo", "test", { include: ["**/*.test.ts"], typecheck: { enabled: false } }),
    ],
  },
});
