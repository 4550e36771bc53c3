/**
 * Everything the reference server knows, as plain JSON-compatible data.
 *
 * `ServerState` is the data that `snapshot()` copies and `restore()` swaps as a whole value.
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
   * The per-tenant inventory slot, keyed by tenant id. Its content belongs to the inventory
   * operations (engine state, jobs); it must stay plain JSON data so snapshots and `--state` work.
   */
  inventory: Record<string, unknown>;
}

export interface TenantRecord {
  id: number;
  name: string;
  sites: SiteRecord[];
  masterCatalogs: MasterCatalogRecord[];
}

export interface SiteRecord {
  id: number;
  name: string;
  catalogId: number;
  masterCatalogId: number;
}

export interface MasterCatalogRecord {
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
  /** Counter behind deterministic token strings. */
  issued: number;
}

export interface TokenRecord {
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
  state: ServerState;
  sessions: SessionState;
}

export function emptySessions(): SessionState {
  return { tokens: {}, refreshTokens: {}, issued: 0 };
}

/** Deep copy of plain data; the state is JSON by contract, so structuredClone is enough. */
export function cloneState<T>(value: T): T {
  return structuredClone(value);
}

export class StateFormatError extends Error {
  readonly code = "validation_failed";
  override readonly name = "StateFormatError";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Checks the outline of a `ServerState` received from outside (restore, state file). */
export function assertServerState(value: unknown): asserts value is ServerState {
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
