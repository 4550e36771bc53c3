import { defineConfig } from "tsup";

export default defineConfig({
  // bin.ts is the `kibo-inventory-mock` executable (its shebang is kept); index.ts the library.
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm", "cjs"],
  dts: { entry: ["src/index.ts"] },
  sourcemap: true,
  clean: true,
  target: "node20",
});
