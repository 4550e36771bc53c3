import { checkDocument, SNAPSHOT_FORMAT, SnapshotSchema } from "./state-schemas.js";
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

/**
 * A `ServerState` as plain JSON data (a snapshot): each inventory slot exported by the engine.
 * `format` and `version` say what it is; `POST /__mock/restore` checks the whole document against
 * `SnapshotSchema` (core/state-schemas.ts) before using it.
 */
export interface SerializedServerState {
  /** Absent in snapshots written before issue 14; restore reads those as this format. */
  readonly format?: typeof SNAPSHOT_FORMAT;
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

/**
 * An object for names as keys (tenant ids, client ids, tokens): no prototype, so every name —
 * `constructor`, `__proto__`, `toString` — is an ordinary key, absent until set.
 */
export function dictionary<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (entries) for (const [key, value] of entries) out[key] = value;
  return out;
}

/** `record[key]` when it is the record's own entry (never something inherited). */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A deep copy of plain data kept in a dictionary, itself a dictionary again. */
function copyDictionary<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return dictionary(Object.entries(record).map(([key, value]) => [key, structuredClone(value)] as const));
}

export function emptySessions(): SessionState {
  return { tokens: dictionary(), refreshTokens: dictionary(), issued: 0 };
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
    tenants: copyDictionary(state.tenants),
    apps: copyDictionary(state.apps),
    inventory: dictionary(Object.entries(state.inventory)),
  };
}

/** The state as plain JSON data. Cost: O(inventory) (the engine exports every record). */
export function serializeState(state: ServerState): SerializedServerState {
  const inventory = dictionary<ExportedState>();
  for (const [tenantId, slot] of Object.entries(state.inventory)) inventory[tenantId] = exportInventory(slot);
  return { format: SNAPSHOT_FORMAT, version: 1, tenants: copyDictionary(state.tenants), apps: copyDictionary(state.apps), inventory };
}

/**
 * Rebuilds a `ServerState` from a snapshot: either a live one (`snapshot()`, inventory shared) or a
 * serialized one (`GET /__mock/snapshot`, a state file), which is checked whole against
 * `SnapshotSchema` and its inventory imported through the engine. Throws a validation error
 * (400 over HTTP, every bad field named) for anything else; nothing is half-loaded.
 */
export function deserializeState(value: unknown): ServerState {
  if (isLiveState(value)) return copyState(value);
  const snapshot = checkDocument(SnapshotSchema, value, "snapshot") as unknown as SerializedServerState;
  const inventory = dictionary<InventoryState>();
  for (const [tenantId, slot] of Object.entries(snapshot.inventory)) {
    let imported: ReturnType<typeof importInventory>;
    try {
      imported = importInventory(slot);
    } catch {
      throw new StateFormatError(`state.inventory.${tenantId} could not be imported`);
    }
    if (!imported.ok) throw new StateFormatError(`state.inventory.${tenantId}: ${imported.error.message}`);
    inventory[tenantId] = imported.value;
  }
  return { version: 1, tenants: copyDictionary(snapshot.tenants), apps: copyDictionary(snapshot.apps), inventory };
}

class StateFormatError extends Error {
  readonly code = "validation_failed";
  override readonly name = "StateFormatError";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a slot value is an engine state (as opposed to its exported JSON form). */
function isLiveInventory(value: unknown): value is InventoryState {
  return isRecord(value) && isRecord(value.settings) && isRecord(value.counters) && !Array.isArray(value.slots) && "records" in value && typeof (value.records as { get?: unknown }).get === "function";
}

/** Whether a value is a live `ServerState` from `snapshot()` (its inventory engine states, which JSON cannot carry). */
function isLiveState(value: unknown): value is ServerState {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.tenants) || !isRecord(value.apps) || !isRecord(value.inventory)) return false;
  const slots = Object.values(value.inventory);
  return slots.length > 0 && slots.every(isLiveInventory);
}

/** Checks the outline of a `PersistedState` received from outside. */
export function assertPersistedState(value: unknown): asserts value is PersistedState {
  if (!isRecord(value) || value.format !== "kibo-inventory-mock-state" || value.version !== 1) {
    throw new StateFormatError('not a kibo-inventory-mock state document (format/version)');
  }
  if (!isRecord(value.state)) throw new StateFormatError("state must be an object");
  const sessions = value.sessions;
  if (!isRecord(sessions) || !isRecord(sessions.tokens) || !isRecord(sessions.refreshTokens)) {
    throw new StateFormatError("sessions must hold tokens and refreshTokens");
  }
  if (typeof value.clock !== "string") throw new StateFormatError("clock must be an ISO 8601 string");
}
