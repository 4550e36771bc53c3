import type { InventoryState } from "@kibo-inventory/engine";
import type { ActiveFault, FaultSpec } from "../core/faults.js";
import type { SeedData } from "../core/seed.js";
import { MockHttpError } from "../http/errors.js";
import type { RouteContext, RouteDefinition } from "../http/route.js";
import { browseInventory, readBrowseQuery } from "./inventory-browse.js";

/** What the `/__mock/*` routes drive: the same controls the in-process mock exposes. */
export interface MockControls {
  readonly jobs: "sync" | "queued";
  reset(): void;
  seed(data: SeedData): void;
  /** The state as plain JSON (`SerializedServerState`). */
  snapshot(): unknown;
  /** Loads a document from `snapshot()`. */
  restore(state: unknown): void;
  clockNow(): string;
  setClock(change: { now?: string; advanceMs?: number }): void;
  addFault(spec: FaultSpec): ActiveFault;
  listFaults(): ActiveFault[];
  clearFaults(): void;
  flushJobs(): number;
  /** A tenant's inventory (engine state); the default tenant when none is named. */
  inventory(tenantId?: number): InventoryState;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

async function objectBody(ctx: RouteContext): Promise<Record<string, unknown>> {
  const body = await ctx.body();
  if (!isRecord(body)) {
    throw new MockHttpError("validation_failed", "The body must be a JSON object.", {
      items: [{ field: "body", code: "INVALID_TYPE", message: "expected an object" }],
    });
  }
  return body;
}

const ok = (ctx: RouteContext): Response => ctx.json({ ok: true });

/**
 * The controls over HTTP, under `/__mock/` (openapi/mock-controls.yaml; not part of Kibo's API).
 * `getClock`, `listFaults`, `clearFaults` and `browseInventory` (the console's paging) are extras
 * beyond that contract.
 */
export function controlRoutes(controls: MockControls): RouteDefinition[] {
  const route = (
    method: RouteDefinition["method"],
    path: string,
    operationId: string,
    handler: (ctx: RouteContext) => Response | Promise<Response>,
    replayable = true,
  ): RouteDefinition => ({ method, path: `/__mock/${path}`, operationId, access: "control", handler, replayable });

  return [
    route("GET", "health", "getHealth", (ctx) => ctx.json({ status: "ok", now: controls.clockNow(), jobs: controls.jobs })),
    // Not replayable: a reset goes back to this process's seed and start time.
    route(
      "POST",
      "reset",
      "resetState",
      (ctx) => {
        controls.reset();
        return ok(ctx);
      },
      false,
    ),
    route("POST", "seed", "seedState", async (ctx) => {
      controls.seed((await objectBody(ctx)) as SeedData);
      return ok(ctx);
    }),
    route("GET", "snapshot", "getSnapshot", (ctx) => ctx.json(controls.snapshot())),
    // Not replayed: a restored document is kept as a snapshot of its own, not as a journal line.
    route(
      "POST",
      "restore",
      "restoreState",
      async (ctx) => {
        controls.restore(await objectBody(ctx));
        return ok(ctx);
      },
      false,
    ),
    route("GET", "clock", "getClock", (ctx) => ctx.json({ now: controls.clockNow() })),
    route("PUT", "clock", "setClock", async (ctx) => {
      const body = await objectBody(ctx);
      const change: { now?: string; advanceMs?: number } = {};
      if (typeof body.now === "string") change.now = body.now;
      if (typeof body.advanceMs === "number") change.advanceMs = body.advanceMs;
      if (change.now === undefined && change.advanceMs === undefined) {
        throw new MockHttpError("validation_failed", "Send `now` (ISO 8601) and/or `advanceMs` (number).", {
          items: [{ field: "now", code: "REQUIRED", message: "now or advanceMs is required" }],
        });
      }
      controls.setClock(change);
      return ctx.json({ now: controls.clockNow() });
    }),
    route("GET", "faults", "listFaults", (ctx) => ctx.json(controls.listFaults())),
    route(
      "POST",
      "faults",
      "injectFault",
      async (ctx) => {
        controls.addFault((await objectBody(ctx)) as unknown as FaultSpec);
        return ok(ctx);
      },
    ),
    route(
      "DELETE",
      "faults",
      "clearFaults",
      (ctx) => {
        controls.clearFaults();
        return ok(ctx);
      },
    ),
    route("POST", "jobs/flush", "flushJobs", (ctx) => ctx.json({ flushed: controls.flushJobs() })),
    route("GET", "inventory", "browseInventory", (ctx) => {
      const query = readBrowseQuery(ctx.query);
      const tenant = ctx.query.get("tenantId");
      if (tenant !== null && !/^[1-9][0-9]{0,9}$/.test(tenant)) {
        throw new MockHttpError("validation_failed", `tenantId must be a positive integer; got "${tenant}".`, {
          items: [{ field: "tenantId", code: "INVALID_VALUE", message: "tenantId must be a positive integer" }],
        });
      }
      return ctx.json(browseInventory(controls.inventory(tenant === null ? undefined : Number(tenant)), query));
    }),
  ];
}
