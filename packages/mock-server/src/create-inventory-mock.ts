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
import { type RequestHandler, createPipeline } from "./http/pipeline.js";
import type { RouteDefinition, ServerRuntime } from "./http/route.js";
import { createRouter } from "./http/router.js";
import { advanceInventoryClock, flushInventoryJobs, tenantSlot } from "./core/inventory-slot.js";
import { type InventoryMockOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { controlRoutes } from "./routes/control-routes.js";
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
    routes.push(
      ...controlRoutes({
        ...controls,
        // Over HTTP a snapshot is JSON: the inventory goes through the engine's export/import.
        snapshot: () => serializeState(state),
        restore: (document) => controls.restore(document as SerializedServerState),
        jobs: resolved.jobs,
        clockNow: () => clock.toISOString(),
        setClock(change) {
          if (change.now !== undefined) clock.set(change.now);
          if (change.advanceMs !== undefined) clock.advance(change.advanceMs);
        },
        addFault: (spec) => faults.add(spec),
        listFaults: () => faults.list(),
        clearFaults: () => faults.clear(),
        flushJobs,
      }),
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
    adminToken: resolved.adminToken,
    onStateChange: options.onStateChange,
    onResponse: options.onResponse,
    onUnhandledError: options.onUnhandledError,
  });

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
  };
}
