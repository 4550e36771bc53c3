import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Generous: CI runs several packages' suites at once on 2 cores; the default 5 s is for hangs.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
  },
});
