/**
 * The build every published package shares: ESM + CJS for Node 20, with type declarations and
 * source maps. A package's tsup.config.ts names its entries and anything it adds.
 */
import { defineConfig, type Options } from "tsup";

export function packageBuild(overrides: Options = {}): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    ...overrides,
  });
}
