import type { InventoryState } from "@kibo-inventory/engine";
import { ClockRequestSchema, FaultRequestSchema } from "@kibo-inventory/spec";
import { z } from "zod";
import type { ActiveFault, FaultSpec } from "../core/faults.js";
import type { SeedData } from "../core/seed.js";
import { assertJsonDepth } from "../http/json-depth.js";
import { MockHttpError } from "../http/errors.js";
import type { RouteContext, RouteDefinition } from "../http/route.js";
import { type SchemaLike, validate } from "../http/validation.js";
import { createInventoryBrowser, readBrowseQuery } from "./inventory-browse.js";

/** What the `/__mock/*` routes drive: the same controls the in-process mock exposes. */
export interface MockControls {
  readonly jobs: "sync" | "queued";
  /** Largest body `seed` and `restore` take (a snapshot of any size the server can produce). */
  readonly maxBodyBytes: number;
  reset(): void;
  /** Validates the whole seed document (400 naming each bad field) before changing anything. */
  seed(data: unknown): void;
  /** The state as plain JSON (`SerializedServerState`). */
  snapshot(): unknown;
  /** Loads a document from `snapshot()`, validated whole first (400 naming each bad field). */
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

/** Controls that take no parameters accept no body, or an empty object. */
const NoParametersSchema = z.strictObject({});

/** The body of a control, checked by `schema` (a closed shape: no depth to bound). */
async function controlBody<T>(ctx: RouteContext, schema: SchemaLike<T>): Promise<T> {
  return validate(schema, await ctx.body());
}

/** A JSON object body no deeper than `MAX_CONTROL_BODY_DEPTH`; the control checks the rest. */
async function documentBody(ctx: RouteContext): Promise<unknown> {
  const body = await ctx.body();
  assertJsonDepth(body);
  return body;
}

/** Controls without parameters: no body, or `{}`. */
async function noParameters(ctx: RouteContext): Promise<void> {
  const body = await ctx.optionalBody();
  if (body !== undefined) validate(NoParametersSchema, body);
}

const ok = (ctx: RouteContext): Response => ctx.json({ ok: true });

/**
 * The controls over HTTP, under `/__mock/` (openapi/mock-controls.yaml; not part of Kibo's API).
 * Every body is validated whole with a schema (400 in Kibo's error shape, naming each bad field)
 * before anything changes. Every route here is in that contract, and it lists nothing else
 * (control-routes.test.ts).
 */
export function controlRoutes(controls: MockControls): RouteDefinition[] {
  const route = (
    method: RouteDefinition["method"],
    path: string,
    operationId: string,
    handler: (ctx: RouteContext) => Response | Promise<Response>,
    extra: { replayable?: boolean; maxBodyBytes?: number } = {},
  ): RouteDefinition => ({
    method,
    path: `/__mock/${path}`,
    operationId,
    access: "control",
    handler,
    replayable: extra.replayable ?? true,
    ...(extra.maxBodyBytes === undefined ? {} : { maxBodyBytes: extra.maxBodyBytes }),
  });
  const documents = { maxBodyBytes: controls.maxBodyBytes };
  const browser = createInventoryBrowser();

  return [
    route("GET", "health", "getHealth", (ctx) => ctx.json({ status: "ok", now: controls.clockNow(), jobs: controls.jobs })),
    // Not replayable: a reset goes back to this process's seed and start time.
    route(
      "POST",
      "reset",
      "resetState",
      async (ctx) => {
        await noParameters(ctx);
        controls.reset();
        return ok(ctx);
      },
      { replayable: false },
    ),
    route(
      "POST",
      "seed",
      "seedState",
      async (ctx) => {
        controls.seed((await documentBody(ctx)) as SeedData);
        return ok(ctx);
      },
      documents,
    ),
    route("GET", "snapshot", "getSnapshot", (ctx) => ctx.json(controls.snapshot())),
    route(
      "POST",
      "restore",
      "restoreState",
      async (ctx) => {
        controls.restore(await documentBody(ctx));
        return ok(ctx);
      },
      // Not replayed: a restored document is kept as a snapshot of its own, not as a journal line.
      { ...documents, replayable: false },
    ),
    route("GET", "clock", "getClock", (ctx) => ctx.json({ now: controls.clockNow() })),
    route("PUT", "clock", "setClock", async (ctx) => {
      const change = await controlBody(ctx, ClockRequestSchema);
      controls.setClock(change);
      return ctx.json({ now: controls.clockNow() });
    }),
    route("GET", "faults", "listFaults", (ctx) => ctx.json(controls.listFaults())),
    route(
      "POST",
      "faults",
      "injectFault",
      async (ctx) => {
        controls.addFault(await controlBody(ctx, FaultRequestSchema));
        return ok(ctx);
      },
    ),
    route(
      "DELETE",
      "faults",
      "clearFaults",
      async (ctx) => {
        await noParameters(ctx);
        controls.clearFaults();
        return ok(ctx);
      },
    ),
    route("POST", "jobs/flush", "flushJobs", async (ctx) => {
      await noParameters(ctx);
      return ctx.json({ flushed: controls.flushJobs() });
    }),
    route("GET", "inventory", "browseInventory", (ctx) => {
      const query = readBrowseQuery(ctx.query);
      const tenant = ctx.query.get("tenantId");
      if (tenant !== null && !/^[1-9][0-9]{0,9}$/.test(tenant)) {
        throw new MockHttpError("validation_failed", `tenantId must be a positive integer; got "${tenant}".`, {
          items: [{ field: "tenantId", code: "INVALID_VALUE", message: "tenantId must be a positive integer" }],
        });
      }
      const tenantId = tenant === null ? undefined : Number(tenant);
      return ctx.json(browser.browse(tenantId, controls.inventory(tenantId), query));
    }),
  ];
}
