// @kibo-inventory/cli — the pieces behind `kibo-inventory-mock`, for programmatic use.

// ---- serve
export { loadDemoSeed, readSeedFile, runServe } from "./serve.js";
export type { RunningServe, ServeIo, ServeOptions } from "./serve.js";

// ---- --state FILE
export { createStateFile } from "./state-file.js";
export type { StateFile } from "./state-file.js";

// ---- import FILE.csv
export { runImport } from "./import-csv.js";
export type { ImportFailure, ImportIo, ImportOptions, ImportSummary } from "./import-csv.js";
