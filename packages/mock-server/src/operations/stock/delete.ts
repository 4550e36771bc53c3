/**
 * deleteInventory, deleteItems (records) and deleteFutureInventory (future records).
 *
 * Product patterns: a `upc` may use the basic regular-expression operators Kibo allows
 * (`.*+?^$[]`); it then matches whole UPCs the tenant holds records (or future records) for, in
 * time linear in each UPC (upc-pattern.ts: groups, alternation and nested quantifiers are 400
 * INVALID_PATTERN). A `upc` without operators is matched exactly. Granular fields narrow the records (omitted ones
 * match anything — so without granular values every record of the product goes, as with Kibo's
 * `deleteGranularRecord: true`). Not simulated, answered 501 NOT_IMPLEMENTED: matching by
 * `partNumber` or `sku` alone, and deleting one tag segment (`tags`). Records holding allocated or
 * pending units are kept: 409 CONFLICT, nothing deleted.
 *
 * Answers `DeleteItemResponse`: one DELETE job per affected location (`jobIDs`, none on `dryRun`),
 * totals, and with `explicit` one `itemsDeleted` entry per product.
 */
import {
  type DeleteFutureRequest,
  type DeleteItem,
  deleteFutureInventory,
  deleteItems,
  type FutureRecord,
  type InventoryState,
  inventoryIdsOfUpc,
  stockedUpcs,
} from "@kibo-inventory/engine";
import {
  type components,
  DeleteFutureItemRequestSchema,
  DeleteItemRequestSchema,
  DeleteItemsRequestSchema,
} from "@kibo-inventory/spec";
import { type KiboErrorItem, MockHttpError } from "../../http/errors.js";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { badRequest, type EngineErrorMapping } from "../../mapping/engine-errors.js";
import { wireDateToIso } from "../../mapping/dates.js";
import { granularFromWire } from "../../mapping/granular.js";
import { commit } from "../shared/context.js";
import { type Commit, wholeRequest } from "../shared/whole-request.js";
import { upcPattern } from "./upc-pattern.js";

type DeleteItemResponse = components["schemas"]["DeleteItemResponse"];
type DeletedItem = components["schemas"]["DeletedItem"];
type WireProduct = { upc?: string; partNumber?: string; sku?: string; tags?: Record<string, string> };

const PATTERN_OPERATORS = /[.*+?^$[\]]/;

/**
 * UPCs matching a Kibo product pattern among `known`; an exact UPC matches itself. Patterns run in
 * time linear in each UPC (upc-pattern.ts); one outside Kibo's basic operators is a 400 naming `field`.
 */
function expandUpcPattern(pattern: string, known: () => Iterable<string>, field: string, index?: number): string[] {
  if (!PATTERN_OPERATORS.test(pattern)) return [pattern];
  const parsed = upcPattern(pattern);
  if (!parsed.ok) throw badRequest(`${field} is not a valid pattern (${parsed.reason}): ${pattern}`, field, "INVALID_PATTERN", index);
  return [...known()].filter(parsed.test).sort();
}

/** 501 for the parts of a delete the reference server does not simulate (see the module doc). */
function refuseUnsimulated(products: readonly { product: WireProduct; field: string; index?: number }[], tags: unknown): void {
  const items: KiboErrorItem[] = [];
  for (const { product, field, index } of products) {
    if (product.upc === undefined && (product.partNumber !== undefined || product.sku !== undefined)) {
      const item: KiboErrorItem = { field: `${field}upc`, code: "NOT_IMPLEMENTED", message: "matching products by partNumber or sku alone is not simulated; give the upc" };
      if (index !== undefined) item.index = index;
      items.push(item);
    }
    if (product.tags !== undefined) {
      const item: KiboErrorItem = { field: `${field}tags`, code: "NOT_IMPLEMENTED", message: "deleting one tag segment is not simulated; records are deleted whole" };
      if (index !== undefined) item.index = index;
      items.push(item);
    }
  }
  if (tags !== undefined) items.push({ field: "tags", code: "NOT_IMPLEMENTED", message: "deleting one tag segment is not simulated; records are deleted whole" });
  if (items.length > 0) throw new MockHttpError("not_implemented", "Part of this delete is not simulated by the reference server.", { items });
}

/** inventoryId → upc of the records of `upcs` (for the per-product report). */
function recordOwners(state: InventoryState, upcs: Iterable<string>): Map<number, string> {
  const out = new Map<number, string>();
  for (const upc of upcs) for (const id of inventoryIdsOfUpc(state, upc)) out.set(id, upc);
  return out;
}

interface Scope {
  locationCodes?: string[];
  allLocations?: boolean;
  dryRun?: boolean;
  explicit?: boolean;
}

/** Runs the engine delete for expanded items and shapes `DeleteItemResponse`. */
function runDelete(ctx: TenantRouteContext, commit: Commit, items: DeleteItem[], scope: Scope, mapping: EngineErrorMapping = {}): DeleteItemResponse {
  const request = {
    items,
    ...(scope.locationCodes === undefined ? {} : { locationCodes: scope.locationCodes }),
    ...(scope.allLocations === undefined ? {} : { allLocations: scope.allLocations }),
    ...(scope.dryRun === undefined ? {} : { dryRun: scope.dryRun }),
  };
  const owners = recordOwners(ctx.tenant.inventory, new Set(items.map((i) => i.upc)));
  const { value } = commit((s, now) => deleteItems(s, request, now), mapping);
  const byUpc = new Map<string, number[]>();
  for (const id of value.deletedInventoryIds) {
    const upc = owners.get(id) ?? "";
    byUpc.set(upc, [...(byUpc.get(upc) ?? []), id]);
  }
  const response: DeleteItemResponse = {
    dryRun: value.dryRun,
    jobIDs: [...value.jobIds],
    totalAuditsDeleted: 0,
    totalInventoryEntriesDeleted: value.deletedInventoryIds.length,
    totalLocationsAffected: value.locationCodes.length,
    totalPickWavesDeleted: 0,
    totalProductsDeleted: byUpc.size,
  };
  if (scope.explicit === true) {
    response.itemsDeleted = [...byUpc.entries()].map(
      ([upc, ids]): DeletedItem => ({ itemIdentifier: { upc }, inventoryIDs: ids, locationCodes: [...value.locationCodes] }),
    );
  }
  return response;
}

function scopeOf(body: Scope): Scope {
  const out: Scope = {};
  if (body.locationCodes !== undefined) out.locationCodes = body.locationCodes;
  if (body.allLocations !== undefined) out.allLocations = body.allLocations;
  if (body.dryRun !== undefined) out.dryRun = body.dryRun;
  if (body.explicit !== undefined) out.explicit = body.explicit;
  return out;
}

/** `deleteInventory` — deletes the records of one product pattern (see the module doc). */
export const deleteInventory: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(DeleteItemRequestSchema);
  refuseUnsimulated([{ product: body, field: "" }], undefined);
  if (body.upc === undefined) throw badRequest("upc is required", "upc", "REQUIRED");
  const state = ctx.tenant.inventory;
  const upcs = expandUpcPattern(body.upc, () => stockedUpcs(state), "upc");
  const granular = granularFromWire(body);
  const items = upcs.map((upc): DeleteItem => ({ upc, ...granular }));
  if (items.length === 0) {
    return ctx.json({ dryRun: body.dryRun === true, jobIDs: [], totalAuditsDeleted: 0, totalInventoryEntriesDeleted: 0, totalLocationsAffected: 0, totalPickWavesDeleted: 0, totalProductsDeleted: 0 });
  }
  return ctx.json(runDelete(ctx, (command, mapping) => commit(ctx, command, mapping), items, scopeOf(body)));
};

/** `deleteItems` — deletes the records of up to 1,000 products (400 beyond; see the module doc). */
export const deleteItemsHandler: TenantRouteHandler = wholeRequest(DeleteItemsRequestSchema, (ctx, body, commit) => {
  const wireItems = body.items ?? [];
  refuseUnsimulated(
    wireItems.map((product, index) => ({ product, field: `items[${index}].`, index })),
    body.tags,
  );
  const state = ctx.tenant.inventory;
  // A pattern expands to several engine items: `indexes` maps each back to its request item.
  const indexes: number[] = [];
  const items = wireItems.flatMap((item, index) =>
    expandUpcPattern(item.upc ?? "", () => stockedUpcs(state), `items[${index}].upc`, index).map((upc): DeleteItem => {
      indexes.push(index);
      return { upc, ...granularFromWire(item) };
    }),
  );
  if (items.length === 0 && wireItems.length > 0) {
    return ctx.json({ dryRun: body.dryRun === true, jobIDs: [], totalAuditsDeleted: 0, totalInventoryEntriesDeleted: 0, totalLocationsAffected: 0, totalPickWavesDeleted: 0, totalProductsDeleted: 0 });
  }
  return ctx.json(runDelete(ctx, commit, items, scopeOf(body), { indexes }));
});

/**
 * `deleteFutureInventory` — deletes future records with a delivery date in
 * [futureStartDate, futureEndDate], narrowed by `externalIDs`, `locationCodes` and a `upc`
 * pattern. Future records never carry granular values, so a granular filter matches nothing.
 * Answers `DeleteFutureItemResponse` (no jobs: future records change at once).
 */
export const deleteFutureInventoryHandler: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(DeleteFutureItemRequestSchema);
  refuseUnsimulated([{ product: body, field: "" }], undefined);
  const start = wireDateToIso(body.futureStartDate);
  const end = wireDateToIso(body.futureEndDate);
  const bad: KiboErrorItem[] = [];
  if (start === undefined) bad.push({ field: "futureStartDate", code: "INVALID_DATE", message: "not a valid date-time" });
  if (end === undefined) bad.push({ field: "futureEndDate", code: "INVALID_DATE", message: "not a valid date-time" });
  if (start === undefined || end === undefined) throw new MockHttpError("validation_failed", "Invalid delivery-date window.", { items: bad });
  const granular = Object.keys(granularFromWire(body)).length > 0;
  const state = ctx.tenant.inventory;
  const upcs: (string | undefined)[] =
    body.upc === undefined ? [undefined] : expandUpcPattern(body.upc, () => state.futureIdsByUpc.keys(), "upc");
  const base: DeleteFutureRequest = {
    futureStartDate: start,
    futureEndDate: end,
    ...(body.externalIDs === undefined ? {} : { externalIds: body.externalIDs }),
    ...(body.locationCodes === undefined || body.allLocations === true ? {} : { locationCodes: body.locationCodes }),
    ...(body.dryRun === undefined ? {} : { dryRun: body.dryRun }),
  };
  const { value: removed } = granular
    ? { value: [] as FutureRecord[] }
    : commit(ctx, (s) => {
        let next = s;
        const all: FutureRecord[] = [];
        for (const upc of upcs) {
          const r = deleteFutureInventory(next, upc === undefined ? base : { ...base, upc });
          if (!r.ok) return r;
          next = r.state;
          all.push(...r.value);
        }
        return { ok: true, state: next, value: all };
      });
  const response: components["schemas"]["DeleteFutureItemResponse"] = {
    dryRun: body.dryRun === true,
    jobIDs: [],
    totalInventoryEntriesDeleted: removed.length,
    totalLocationsAffected: new Set(removed.map((f) => f.locationCode)).size,
    totalexternalIDsAffected: new Set(removed.flatMap((f) => (f.externalId === undefined ? [] : [f.externalId]))).size,
  };
  if (body.explicit === true) {
    const byUpc = new Map<string, FutureRecord[]>();
    for (const f of removed) byUpc.set(f.upc, [...(byUpc.get(f.upc) ?? []), f]);
    response.itemsDeleted = [...byUpc.entries()].map(([upc, fs]) => ({
      itemIdentifier: { upc },
      inventoryIDs: fs.map((f) => f.futureInventoryId),
      locationCodes: [...new Set(fs.map((f) => f.locationCode))],
    }));
  }
  return ctx.json(response);
};
