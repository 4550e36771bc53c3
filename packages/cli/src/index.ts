// @kibo-inventory/cli — the pieces behind `kibo-inventory-mock`, for programmatic use.

// ---- serve
export { loadDemoSeed, runServe } from "./serve.js";
export type { RunningServe, ServeIo, ServeOptions } from "./serve.js";

// ---- --state FILE
export { createStateFile } from "./state-file.js";
export type { StateFile } from "./state-file.js";
