import { defineConfig } from "tsup";

export default defineConfig({
  // `rules` is the zod-free entry `@kibo-inventory/spec/rules` (limits and granular field rules).
  entry: { index: "src/index.ts", rules: "src/rules/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
});
