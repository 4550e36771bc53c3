import type { InventoryState } from "@kibo-inventory/engine";
import type { RequestHandler as MswRequestHandler } from "msw";
import { createMockFetch } from "./adapters/mock-fetch.js";
import { createMswHandlers } from "./adapters/msw-handlers.js";
import { type MockClock, createClock, toEpochMs } from "./core/clock.js";
import { createCorrelationIds } from "./core/correlation.js";
import { type FaultController, createFaults } from "./core/faults.js";
import { type SeedContext, type SeedData, applySeed, initialState } from "./core/seed.js";
import {
  type PersistedState,
  type SerializedServerState,
  type ServerState,
  type SessionState,
  assertPersistedState,
  cloneState,
  copyState,
  deserializeState,
  emptySessions,
  serializeState,
} from "./core/server-state.js";
import { type RequestHandler, createPipeline, createReplay } from "./http/pipeline.js";
import { takeCheckpoint } from "./core/checkpoint.js";
import { applySessionChange, type CommittedWrite, ReplayError } from "./core/committed-write.js";
import type { RouteDefinition, ServerRuntime } from "./http/route.js";
import { createRouter } from "./http/router.js";
import { advanceInventoryClock, flushInventoryJobs, tenantSlot } from "./core/inventory-slot.js";
import { type InventoryMockOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { controlRoutes } from "./routes/control-routes.js";
import { exportFileRoutes } from "./routes/export-file-route.js";
import { type SettingsControls, settingsRoutes } from "./routes/settings-routes.js";
import { commerceRoutes } from "./routes/commerce-routes.js";
import { kiboRoutes } from "./routes/kibo-routes.js";
import { platformRoutes } from "./routes/platform-routes.js";

/** Direct access to the per-tenant inventory slots (engine state). */
export interface EngineAccess {
  /** The inventory slot of a tenant (an empty state for a tenant without one). @default the default tenant */
  get(tenantId?: number): InventoryState;
  /** Replaces the inventory slot of a tenant. */
  set(tenantId: number, value: InventoryState): void;
}

/** A reference server instance: one state, one clock, one router, several ways in. */
export interface InventoryMock {
  /** MSW 2 request handlers for `setupServer(...)` / `setupWorker(...)`. */
  readonly handlers: MswRequestHandler[];
  /** A `fetch` that calls the router directly (no interception); give it to a client. */
  readonly fetch: typeof fetch;
  /** The Fetch-API core: every adapter ends here. */
  readonly handle: RequestHandler;
  readonly clock: MockClock;
  readonly faults: FaultController;
  readonly engine: EngineAccess;
  readonly options: Readonly<ResolvedOptions>;
  readonly routes: readonly RouteDefinition[];
  /** Back to the initial state (defaults + `seed` option); clears faults, rewinds clock and ids. Tokens stay valid. */
  reset(): void;
  /** Adds seed data (upsert by id). */
  seed(data: SeedData): void;
  /**
   * The current state, kept safe from later writes: tenants and apps copied, inventory shared
   * (engine states are immutable), so it costs the same for 1,000 records as for 1,000,000.
   */
  snapshot(): ServerState;
  /**
   * Swaps in a snapshot as the whole state — one from `snapshot()`, or its JSON form from
   * `GET /__mock/snapshot` (`SerializedServerState`). Tokens stay valid.
   */
  restore(snapshot: ServerState | SerializedServerState): void;
  /** Runs due queued jobs; returns how many ran. */
  flushJobs(): number;
  /** Everything (state, tokens, clock) as one JSON document, for persistence. */
  exportState(): PersistedState;
  /** Loads a document from `exportState()`. */
  importState(document: PersistedState): void;
  /**
   * Applies again a write that `onCommit` reported (a store replaying its journal on start).
   * Throws `ReplayError` for a `snapshot` write, or when the write no longer applies.
   */
  replayWrite(write: CommittedWrite): Promise<void>;
}

/**
 * Creates an in-memory reference server for Kibo's Inventory API.
 * @example
 * const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
 * const res = await mock.fetch("https://t1000.sandbox.mozu.com/api/platform/tenants/1000");
 * @see ../README.md
 */
export function createInventoryMock(options: InventoryMockOptions = {}): InventoryMock {
  const resolved = resolveOptions(options);
  const clock = createClock(options.startTime);
  const correlation = createCorrelationIds();
  const slotSettings = { all: resolved.inventorySettings, byTenant: resolved.tenantInventorySettings };
  const seedContext = (): SeedContext => ({ now: clock.nowMs(), settings: slotSettings });
  let state = initialState(resolved, resolved.seed, seedContext());
  let sessions: SessionState = emptySessions();

  const runtime: ServerRuntime = {
    get state() {
      return state;
    },
    get sessions() {
      return sessions;
    },
    clock,
    jobs: resolved.jobs,
  };

  const flushJobs = (): number => flushInventoryJobs(state, clock.now());
  // When the clock moves: due future inventory becomes stock (D18), then queued jobs run (D10).
  clock.subscribe((now) => {
    advanceInventoryClock(state, now);
    if (resolved.jobs === "queued") flushJobs();
  });

  const controls = {
    reset() {
      clock.reset();
      state = initialState(resolved, resolved.seed, seedContext());
      faults.clear();
      correlation.reset();
    },
    seed(data: SeedData) {
      // Checked whole (SeedDataSchema) before the copy is changed; a refusal keeps the state.
      const next = copyState(state);
      applySeed(next, data, seedContext());
      state = next;
    },
    snapshot: () => copyState(state),
    restore(snapshot: ServerState | SerializedServerState) {
      state = deserializeState(snapshot);
    },
  };

  const routes: RouteDefinition[] = [...platformRoutes(resolved), ...kiboRoutes(), ...commerceRoutes()];
  if (resolved.admin) {
    const tenantControls: SettingsControls = {
      defaultTenantId: resolved.tenantId,
      hasTenant: (tenantId) => String(tenantId) in state.tenants,
      inventory: (tenantId) => tenantSlot(state, tenantId, slotSettings),
      setInventory(tenantId, value) {
        state.inventory[String(tenantId)] = value;
      },
    };
    routes.push(
      ...controlRoutes({
        ...controls,
        // Over HTTP a snapshot is JSON: the inventory goes through the engine's export/import.
        snapshot: () => serializeState(state),
        seed: (data) => controls.seed(data as SeedData),
        restore: (document) => controls.restore(document as SerializedServerState),
        jobs: resolved.jobs,
        maxBodyBytes: resolved.maxControlBodyBytes,
        clockNow: () => clock.toISOString(),
        setClock(change) {
          // Both parts are checked before the clock moves: a refused change leaves it where it was.
          const target = (change.now === undefined ? clock.nowMs() : toEpochMs(change.now)) + (change.advanceMs ?? 0);
          toEpochMs(target);
          if (change.now !== undefined) clock.set(change.now);
          if (change.advanceMs !== undefined) clock.advance(change.advanceMs);
        },
        addFault: (spec) => faults.add(spec),
        listFaults: () => faults.list(),
        clearFaults: () => faults.clear(),
        flushJobs,
        inventory: (tenantId = resolved.tenantId) => tenantSlot(state, tenantId, slotSettings),
      }),
      ...settingsRoutes(tenantControls),
      ...exportFileRoutes(tenantControls),
    );
  }
  const router = createRouter(routes);
  const faults = createFaults((operationId) => router.hasOperation(operationId));

  const handle = createPipeline({
    router,
    runtime,
    faults,
    correlation,
    auth: { mode: resolved.auth, staticTokens: resolved.staticTokens, defaultTenantId: resolved.tenantId },
    inventorySettings: slotSettings,
    maxBodyBytes: resolved.maxBodyBytes,
    jobHistory: resolved.jobHistory,
    commit: options.onCommit
      ? {
          onCommit: options.onCommit,
          checkpoint: () =>
            takeCheckpoint({
              getState: () => state,
              setState: (next) => {
                state = next;
              },
              getSessions: () => sessions,
              setSessions: (next) => {
                sessions = next;
              },
              clock,
            }),
        }
      : undefined,
    adminToken: resolved.adminToken,
    onResponse: options.onResponse,
    onUnhandledError: options.onUnhandledError,
  });

  const replay = createReplay({ router, runtime, inventorySettings: slotSettings, jobHistory: resolved.jobHistory });

  return {
    handlers: createMswHandlers(handle),
    fetch: createMockFetch(handle),
    handle,
    clock,
    faults,
    options: resolved,
    routes,
    engine: {
      get: (tenantId = resolved.tenantId) => tenantSlot(state, tenantId, slotSettings),
      set(tenantId, value) {
        state.inventory[String(tenantId)] = value;
      },
    },
    ...controls,
    flushJobs,
    exportState: () => ({
      format: "kibo-inventory-mock-state",
      version: 1,
      clock: clock.toISOString(),
      state: serializeState(state),
      sessions: cloneState(sessions),
    }),
    importState(document) {
      assertPersistedState(document);
      toEpochMs(document.clock);
      const next = deserializeState(document.state);
      state = next;
      sessions = cloneState(document.sessions);
      clock.set(document.clock);
    },
    async replayWrite(write) {
      if (write.kind === "request") return replay(write);
      if (write.kind === "sessions") {
        if (clock.nowMs() !== write.at) clock.set(write.at);
        applySessionChange(sessions, write.change);
        return;
      }
      throw new ReplayError(`${write.operationId}: a snapshot write is kept by saving the state, not replayed`);
    },
  };
}
