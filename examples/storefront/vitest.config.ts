/**
 * The storefront's tests, run as the `storefront` project of the root `npm test`: component tests
 * (jsdom, per file) and end-to-end tests in headless Chromium (skipped with one line without it,
 * failing under CI; the root integration suite's find-browser.ts decides).
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

export default defineProject({
  plugins: [react()],
  test: {
    name: "storefront",
    include: ["test/**/*.test.{ts,tsx}"],
    globalSetup: [fileURLToPath(new URL("../../integration/test/browser/find-browser.ts", import.meta.url))],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
