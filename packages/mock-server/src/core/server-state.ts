import {
  type ExportedState,
  exportState as exportInventory,
  importState as importInventory,
  type InventoryState,
} from "@kibo-inventory/engine";

/**
 * Everything the reference server knows.
 *
 * `ServerState` is the value that `snapshot()` copies and `restore()` swaps as a whole. Tenants
 * and apps are small plain data, copied on snapshot; each tenant's inventory is an engine
 * `InventoryState` — immutable and structurally shared — so a snapshot keeps the reference (O(1)
 * whatever the store's size). `SerializedServerState` is the same as plain JSON, the inventory
 * going through the engine's `exportState`/`importState`; it is what crosses HTTP
 * (`GET /__mock/snapshot`) and files (`--state`).
 * Issued tokens live apart, in `SessionState`: `reset()` and `restore()` leave them alone, so a
 * client that caches its ticket process-wide (as Kibo's official SDK does) keeps working between
 * tests. `PersistedState` (what `exportState()`/`importState()` and `--state FILE` use) holds both.
 */
export interface ServerState {
  readonly version: 1;
  /** Tenants by id (as a string key). */
  tenants: Record<string, TenantRecord>;
  /** OAuth applications by client id. */
  apps: Record<string, AppRecord>;
  /**
   * The per-tenant inventory slot, keyed by tenant id: the engine state (stock, tags, locations,
   * allocations, jobs). Never mutated in place: a write replaces the tenant's entry.
   */
  inventory: Record<string, InventoryState>;
}

/** A `ServerState` as plain JSON data: each inventory slot exported by the engine. */
export interface SerializedServerState {
  readonly version: 1;
  tenants: Record<string, TenantRecord>;
  apps: Record<string, AppRecord>;
  inventory: Record<string, ExportedState>;
}

export interface TenantRecord {
  id: number;
  name: string;
  sites: SiteRecord[];
  masterCatalogs: MasterCatalogRecord[];
}

interface SiteRecord {
  id: number;
  name: string;
  catalogId: number;
  masterCatalogId: number;
}

interface MasterCatalogRecord {
  id: number;
  name: string;
  catalogs: { id: number; name: string }[];
}

export interface AppRecord {
  clientId: string;
  clientSecret: string;
  /** Tenant ids the app is installed on: its tokens work only there (403 elsewhere). */
  tenants: number[];
}

/** Issued OAuth tickets. */
export interface SessionState {
  tokens: Record<string, TokenRecord>;
  /** Refresh token → client id. */
  refreshTokens: Record<string, string>;
  /** How many tickets were issued (tokens themselves are random). */
  issued: number;
}

interface TokenRecord {
  clientId: string;
  /** Epoch ms on the server clock. */
  issuedAt: number;
  /** Epoch ms on the server clock; the token is refused from this instant on. */
  expiresAt: number;
}

/** The whole server as one JSON document (`exportState()`, `--state FILE`). */
export interface PersistedState {
  format: "kibo-inventory-mock-state";
  version: 1;
  /** Server clock at export time (ISO 8601). */
  clock: string;
  state: SerializedServerState;
  sessions: SessionState;
}

export function emptySessions(): SessionState {
  return { tokens: {}, refreshTokens: {}, issued: 0 };
}

/** Deep copy of plain data (tenants, apps, sessions). */
export function cloneState<T>(value: T): T {
  return structuredClone(value);
}

/**
 * A copy of the server state that later writes cannot reach: tenants and apps are deep-copied
 * (small), the inventory map is copied but its engine states are shared (immutable). O(tenants).
 */
export function copyState(state: ServerState): ServerState {
  return {
    version: 1,
    tenants: structuredClone(state.tenants),
    apps: structuredClone(state.apps),
    inventory: { ...state.inventory },
  };
}

/** The state as plain JSON data. Cost: O(inventory) (the engine exports every record). */
export function serializeState(state: ServerState): SerializedServerState {
  const inventory: Record<string, ExportedState> = {};
  for (const [tenantId, slot] of Object.entries(state.inventory)) inventory[tenantId] = exportInventory(slot);
  return { version: 1, tenants: structuredClone(state.tenants), apps: structuredClone(state.apps), inventory };
}

/** Whether a slot value is an engine state (as opposed to its exported JSON form). */
function isLiveInventory(value: unknown): value is InventoryState {
  return isRecord(value) && isRecord(value.settings) && isRecord(value.counters) && !Array.isArray(value.slots) && "records" in value && typeof (value.records as { get?: unknown }).get === "function";
}

/**
 * Rebuilds a `ServerState` from a snapshot: either a live one (`snapshot()`, inventory shared) or a
 * serialized one (`GET /__mock/snapshot`, a state file; inventory imported through the engine).
 * Throws `StateFormatError` for anything else.
 */
export function deserializeState(value: unknown): ServerState {
  assertServerState(value);
  const inventory: Record<string, InventoryState> = {};
  for (const [tenantId, slot] of Object.entries(value.inventory as Record<string, unknown>)) {
    if (isLiveInventory(slot)) {
      inventory[tenantId] = slot;
      continue;
    }
    if (!isRecord(slot) || slot.version !== 1 || !Array.isArray(slot.slots) || !isRecord(slot.settings) || !isRecord(slot.counters)) {
      throw new StateFormatError(`state.inventory.${tenantId} is not an exported inventory state (version 1)`);
    }
    let imported: ReturnType<typeof importInventory>;
    try {
      imported = importInventory(slot as unknown as ExportedState);
    } catch {
      throw new StateFormatError(`state.inventory.${tenantId} could not be imported`);
    }
    if (!imported.ok) throw new StateFormatError(`state.inventory.${tenantId}: ${imported.error.message}`);
    inventory[tenantId] = imported.value;
  }
  return {
    version: 1,
    tenants: structuredClone(value.tenants),
    apps: structuredClone(value.apps),
    inventory,
  };
}

class StateFormatError extends Error {
  readonly code = "validation_failed";
  override readonly name = "StateFormatError";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Checks the outline of a (live or serialized) server state received from outside (restore, state file). */
function assertServerState(value: unknown): asserts value is { version: 1; tenants: Record<string, TenantRecord>; apps: Record<string, AppRecord>; inventory: Record<string, unknown> } {
  if (!isRecord(value) || value.version !== 1) throw new StateFormatError("state.version must be 1");
  for (const key of ["tenants", "apps", "inventory"] as const) {
    if (!isRecord(value[key])) throw new StateFormatError(`state.${key} must be an object`);
  }
}

/** Checks the outline of a `PersistedState` received from outside. */
export function assertPersistedState(value: unknown): asserts value is PersistedState {
  if (!isRecord(value) || value.format !== "kibo-inventory-mock-state" || value.version !== 1) {
    throw new StateFormatError('not a kibo-inventory-mock state document (format/version)');
  }
  assertServerState(value.state);
  const sessions = value.sessions;
  if (!isRecord(sessions) || !isRecord(sessions.tokens) || !isRecord(sessions.refreshTokens)) {
    throw new StateFormatError("sessions must hold tokens and refreshTokens");
  }
  if (typeof value.clock !== "string") throw new StateFormatError("clock must be an ISO 8601 string");
}
