import { packageBuild } from "../../tsup.preset.js";

// `rules` is the zod-free entry `@kibo-inventory/spec/rules` (limits and granular field rules).
export default packageBuild({ entry: { index: "src/index.ts", rules: "src/rules/index.ts" } });
