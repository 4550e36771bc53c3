// @kibo-inventory/mock-server — environment-neutral entry: the reference server, its MSW handlers
// and its Fetch-API core. Node helpers are in "./node", the service worker in "./browser".
// Only what a user of the server needs is exported; the routing, error and validation machinery
// is internal (see README.md#adding-an-operation to extend the server itself).

// ---- The reference server: createInventoryMock(options) → handlers, fetch, controls
export { createInventoryMock } from "./create-inventory-mock.js";
export type { EngineAccess, InventoryMock } from "./create-inventory-mock.js";
export type { InventoryMockOptions, ResolvedOptions } from "./options.js";
export type { AuthMode } from "./auth/authenticate.js";
export type { RequestHandler, ResponseEvent } from "./http/pipeline.js";
/** The simulated operations: [method, path under `/api`, operationId]. */
export { COMMERCE_OPERATIONS } from "./routes/commerce-routes.js";
export { KIBO_OPERATIONS } from "./routes/kibo-routes.js";

// ---- Clock and faults (mock.clock, mock.faults)
export type { ClockInput, MockClock } from "./core/clock.js";
export type { ActiveFault, FaultController, FaultSpec } from "./core/faults.js";

// ---- Snapshots and persisted state (mock.snapshot / restore / exportState / importState)
export type { PersistedState, SerializedServerState, ServerState } from "./core/server-state.js";

// ---- Durable stores (onCommit option, mock.replayWrite): docs/decisions/0010-durable-state-journal.md
export type { CommittedWrite, RequestWrite, SessionChange, SessionsWrite, SnapshotWrite } from "./core/committed-write.js";

// ---- Seed data (docs/seed-format.md)
export type { SeedApp, SeedData, SeedTenant } from "./core/seed.js";
export type {
  InventorySeed,
  SeedConditionRule,
  SeedExportSettings,
  SeedFetchFileConfig,
  SeedFutureRecord,
  SeedInventoryRecord,
  SeedLocation,
  SeedOrder,
  SeedOrderItem,
  SeedSettings,
  SeedTagCategory,
  SeedTagValue,
  TenantInventorySeed,
  TenantSeedSummary,
} from "./seed/types.js";
export { formatSeedIssues, validateInventorySeed } from "./seed/validate-seed.js";
export type { SeedIssue } from "./seed/validate-seed.js";
export { applyTenantInventorySeed } from "./seed/apply-inventory-seed.js";

// ---- Demo data
export { demoSeed, demoTenantInventory } from "./demo/demo-seed.js";
export type { DemoSeedOptions } from "./demo/demo-seed.js";

// ---- CSV import (docs/seed-format.md)
export { formatCsvIssues, inventoryRowsToItems, parseInventoryCsv } from "./seed/csv.js";
export type { CsvInventoryItem, CsvIssue, CsvParseOptions, CsvParseResult } from "./seed/csv.js";
