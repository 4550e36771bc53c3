import type { RequestHandler as MswRequestHandler } from "msw";
import { createMockFetch } from "./adapters/mock-fetch.js";
import { createMswHandlers } from "./adapters/msw-handlers.js";
import { type MockClock, createClock, toEpochMs } from "./core/clock.js";
import { createCorrelationIds } from "./core/correlation.js";
import { type FaultController, createFaults } from "./core/faults.js";
import { type SeedData, applySeed, initialState } from "./core/seed.js";
import {
  type PersistedState,
  type ServerState,
  type SessionState,
  assertPersistedState,
  assertServerState,
  cloneState,
  emptySessions,
} from "./core/server-state.js";
import { type RequestHandler, createPipeline } from "./http/pipeline.js";
import type { RouteDefinition, ServerRuntime } from "./http/route.js";
import { createRouter } from "./http/router.js";
import { flushInventoryJobs } from "./operations/inventory-slot.js";
import { type InventoryMockOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { controlRoutes } from "./routes/control-routes.js";
import { kiboRoutes } from "./routes/kibo-routes.js";
import { platformRoutes } from "./routes/platform-routes.js";

/** Direct access to the per-tenant inventory slots (engine state). */
export interface EngineAccess {
  /** The inventory slot of a tenant. @default the default tenant */
  get(tenantId?: number): unknown;
  /** Replaces the inventory slot of a tenant. */
  set(tenantId: number, value: unknown): void;
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
  /** A deep copy of the current state. */
  snapshot(): ServerState;
  /** Swaps in a copy of a snapshot as the whole state. Tokens stay valid. */
  restore(snapshot: ServerState): void;
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
  let state = initialState(resolved, resolved.seed);
  let sessions: SessionState = emptySessions();

  const runtime: ServerRuntime = {
    get state() {
      return state;
    },
    get sessions() {
      return sessions;
    },
    clock,
  };

  const flushJobs = (): number => flushInventoryJobs(state, clock.now());
  if (resolved.jobs === "queued") clock.subscribe(() => flushJobs());

  const controls = {
    reset() {
      state = initialState(resolved, resolved.seed);
      faults.clear();
      correlation.reset();
      clock.reset();
    },
    seed(data: SeedData) {
      const next = cloneState(state);
      applySeed(next, data);
      state = next;
    },
    snapshot: () => cloneState(state),
    restore(snapshot: ServerState) {
      assertServerState(snapshot);
      state = cloneState(snapshot);
    },
  };

  const routes: RouteDefinition[] = [...platformRoutes(resolved), ...kiboRoutes()];
  if (resolved.admin) {
    routes.push(
      ...controlRoutes({
        ...controls,
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
    maxBodyBytes: resolved.maxBodyBytes,
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
      get: (tenantId = resolved.tenantId) => state.inventory[String(tenantId)],
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
      state: cloneState(state),
      sessions: cloneState(sessions),
    }),
    importState(document) {
      assertPersistedState(document);
      toEpochMs(document.clock);
      state = cloneState(document.state);
      sessions = cloneState(document.sessions);
      clock.set(document.clock);
    },
  };
}
