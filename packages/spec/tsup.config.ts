import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { packageBuild } from "../../tsup.preset.js";

/** The public entries: `.` and the zod-free `@kibo-inventory/spec/rules` (limits and granular field rules). */
const publicEntries = { index: "src/index.ts", rules: "src/rules/index.ts" };

/**
 * The ESM build also makes every schema module an entry of its own (code splitting), so `dist/index.js`
 * only re-exports modules: with `"sideEffects": false` a bundler then keeps the schema modules a
 * program imports and drops the rest (an SDK bundle with the refresh builder carries the refresh
 * schemas, not the orders, exports or mock controls). They are build chunks, not entry points: the
 * package's `exports` names only `.` and `./rules`.
 */
const schemaModules = Object.fromEntries(
  readdirSync(fileURLToPath(new URL("src/schemas", import.meta.url)))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => [`schemas/${file.slice(0, -3)}`, `src/schemas/${file}`]),
);

export default [
  packageBuild({ entry: { ...publicEntries, ...schemaModules }, format: ["esm"], splitting: true, dts: { entry: publicEntries } }),
  packageBuild({ entry: publicEntries, format: ["cjs"], clean: false }),
];
