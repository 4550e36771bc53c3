// @kibo-inventory/mock-server — environment-neutral entry: the reference server, its MSW handlers
// and its Fetch-API core. Node helpers are in "./node", the service worker in "./browser".

// ---- The reference server
export { createInventoryMock } from "./create-inventory-mock.js";
export type { EngineAccess, InventoryMock } from "./create-inventory-mock.js";
export type { InventoryMockOptions, ResolvedOptions } from "./options.js";

// ---- State, seed, clock, faults
export type {
  AppRecord,
  MasterCatalogRecord,
  PersistedState,
  SerializedServerState,
  ServerState,
  SessionState,
  SiteRecord,
  TenantRecord,
  TokenRecord,
} from "./core/server-state.js";
export type { SeedApp, SeedData, SeedTenant } from "./core/seed.js";
export { createClock } from "./core/clock.js";
export type { ClockInput, MockClock } from "./core/clock.js";
export type { ActiveFault, FaultController, FaultSpec } from "./core/faults.js";
export type { AuthMode } from "./auth/authenticate.js";
export type { OAuthTicket } from "./auth/tokens.js";

// ---- Routing and errors (for writing operations)
export { createRouter } from "./http/router.js";
export type { Router, RouteLookup, RouteMatch } from "./http/router.js";
export type {
  HttpMethod,
  RouteAccess,
  RouteContext,
  RouteDefinition,
  RouteHandler,
  ServerRuntime,
  TenantRouteContext,
  TenantRouteHandler,
  TenantScope,
} from "./http/route.js";
export type { RequestHandler, ResponseEvent } from "./http/pipeline.js";
export { ERROR_TABLE, MockHttpError, describeError, kiboErrorBody } from "./http/errors.js";
export type { ErrorCode, ErrorMapping, KiboErrorBody, KiboErrorData, KiboErrorItem } from "./http/errors.js";
export { formatPath, issuesToItems, validate } from "./http/validation.js";
export type { SchemaIssue, SchemaLike } from "./http/validation.js";
export { DEFAULT_MAX_BODY_BYTES } from "./http/body.js";
export { KIBO_OPERATIONS, isKiboPath } from "./routes/kibo-routes.js";

// ---- Seed format, CSV import and demo data (docs/seed-format.md)
export { demoSeed, demoTenantInventory } from "./demo/demo-seed.js";
export type { DemoSeedOptions } from "./demo/demo-seed.js";
export { DEMO_UPCS, HOMEBASE } from "./demo/docs-examples.js";
export { applyTenantInventorySeed } from "./seed/apply-inventory-seed.js";
export { formatSeedIssues, validateInventorySeed, validateTenantInventorySeed } from "./seed/validate-seed.js";
export type { SeedIssue } from "./seed/validate-seed.js";
export { CSV_COLUMNS, csvItemsToSeedRecords, formatCsvIssues, inventoryRowsToItems, parseCsvDate, parseInventoryCsv } from "./seed/csv.js";
export type { CsvInventoryItem, CsvIssue, CsvParseOptions, CsvParseResult } from "./seed/csv.js";
export type {
  InventorySeed,
  SeedConditionRule,
  SeedFutureRecord,
  SeedInventoryRecord,
  SeedLocation,
  SeedSettings,
  SeedTagCategory,
  SeedTagValue,
  TenantInventorySeed,
  TenantSeedSummary,
} from "./seed/types.js";
