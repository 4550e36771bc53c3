// @kibo-inventory/cli — the pieces behind `kibo-inventory-mock`, for programmatic use.

// ---- serve
export { loadDemoSeed, readSeedFile, runServe } from "./serve.js";
export type { RunningServe, ServeIo, ServeOptions } from "./serve.js";

// ---- --state FILE: snapshot + journal (docs/decisions/0010-durable-state-journal.md)
export { openDurableState } from "./durable-state.js";
export type { DurableState, DurableStateOptions } from "./durable-state.js";
export { createStateFile } from "./state-file.js";
export type { StateDocument, StateFile } from "./state-file.js";
export { readJournal } from "./state-journal.js";
export type { JournalContents, JournalEntry } from "./state-journal.js";

// ---- import FILE.csv
export { runImport } from "./import-csv.js";
export type { ImportFailure, ImportIo, ImportOptions, ImportSummary } from "./import-csv.js";
