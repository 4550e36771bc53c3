import { getLocation, type Location, listLocations, saveAdminLocation } from "@kibo-inventory/engine";
import { AdminLocationSchema } from "@kibo-inventory/spec";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { unwrapResult } from "../../mapping/engine-errors.js";
import { fromAdminLocation, toAdminLocation } from "./location-wire.js";
import { tenantInventory } from "../shared/tenant-inventory.js";

const ADMIN_FIELD_NAMES = { locationCode: "code" };
const DEFAULT_PAGE_SIZE = 20;

function badQuery(field: string, message: string): MockHttpError {
  return new MockHttpError("validation_failed", `Invalid query parameter ${field}.`, {
    items: [{ field: `query.${field}`, code: "INVALID", message }],
  });
}

function intParam(ctx: TenantRouteContext, name: string, min: number, fallback: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) throw badQuery(name, `${name} must be an integer ≥ ${min}`);
  return value;
}

/** The admin fields `filter` and `sortBy` understand, read from a location. */
const FIELDS: Readonly<Record<string, (l: Location) => string | boolean>> = {
  code: (l) => l.code,
  name: (l) => l.name,
  supportsInventory: (l) => l.supportsInventory,
  allowFulfillmentWithNoStock: (l) => l.allowFulfillmentWithNoStock,
  isDisabled: (l) => !l.active,
  express: (l) => l.express,
  transferEnabled: (l) => l.transferEnabled,
};

/** `filter`: clauses `field eq value` joined by `and` (Kibo's filter syntax, the subset simulated). */
function parseFilter(raw: string | null): (l: Location) => boolean {
  if (raw === null || raw.trim() === "") return () => true;
  const clauses = raw.trim().split(/\s+and\s+/i).map((clause) => {
    const match = /^(\w+)\s+eq\s+(?:'([^']*)'|"([^"]*)"|(\S+))$/i.exec(clause.trim());
    const read = match?.[1] === undefined ? undefined : FIELDS[match[1]];
    if (!match || !read) throw badQuery("filter", `unsupported filter clause "${clause}": use "<field> eq <value>" on ${Object.keys(FIELDS).join(", ")}`);
    const wanted = match[2] ?? match[3] ?? match[4] ?? "";
    return (l: Location) => String(read(l)) === wanted;
  });
  return (l) => clauses.every((c) => c(l));
}

/** `sortBy`: a field of {@link FIELDS}, optionally followed by `asc` or `desc`. Default: by code. */
function parseSort(raw: string | null): (a: Location, b: Location) => number {
  const [field = "code", direction = "asc"] = (raw ?? "").trim().split(/\s+/).filter((s) => s !== "");
  const read = FIELDS[field];
  if (!read || !/^(asc|desc)$/i.test(direction)) throw badQuery("sortBy", `sortBy must be one of ${Object.keys(FIELDS).join(", ")}, optionally followed by asc or desc`);
  const sign = direction.toLowerCase() === "desc" ? -1 : 1;
  return (a, b) => {
    const x = String(read(a));
    const y = String(read(b));
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  };
}

/**
 * operationId `getAdminLocations` — `GET /commerce/admin/locations`: a page of locations
 * (`startIndex`, `pageSize` default 20, `sortBy`, `filter` with `field eq value [and …]`).
 */
export const getAdminLocations: TenantRouteHandler = (ctx) => {
  const startIndex = intParam(ctx, "startIndex", 0, 0);
  const pageSize = intParam(ctx, "pageSize", 1, DEFAULT_PAGE_SIZE);
  const keep = parseFilter(ctx.query.get("filter"));
  const order = parseSort(ctx.query.get("sortBy"));
  const all = listLocations(tenantInventory(ctx)).filter(keep).sort(order);
  return ctx.json({
    startIndex,
    pageSize,
    pageCount: Math.ceil(all.length / pageSize),
    totalCount: all.length,
    items: all.slice(startIndex, startIndex + pageSize).map(toAdminLocation),
  });
};

/** operationId `getAdminLocation` — `GET /commerce/admin/locations/{locationCode}` (404 when unknown). */
export const getAdminLocation: TenantRouteHandler = (ctx) => {
  const code = ctx.params.locationCode ?? "";
  const location = getLocation(tenantInventory(ctx), code);
  if (!location) throw new MockHttpError("location_not_found", `Location ${code} not found.`);
  return ctx.json(toAdminLocation(location));
};

/**
 * operationId `addAdminLocation` — `POST /commerce/admin/locations`: creates a location (409 when the
 * code exists). It supports inventory only when `supportsInventory` says so (D1).
 */
export const addAdminLocation: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(AdminLocationSchema);
  const state = tenantInventory(ctx);
  if (getLocation(state, body.code)) throw new MockHttpError("conflict", `Location ${body.code} already exists.`);
  const result = unwrapResult(saveAdminLocation(state, fromAdminLocation(body)), { fieldNames: ADMIN_FIELD_NAMES });
  ctx.tenant.setInventory(result.state);
  return ctx.json(toAdminLocation(result.value));
};

/**
 * operationId `updateAdminLocation` — `PUT /commerce/admin/locations/{locationCode}`: updates a
 * location; this is how `supportsInventory`, `allowFulfillmentWithNoStock` and `isDisabled`
 * (→ not active) are switched. Inventory-relevant fields left out keep their value. 404 when
 * unknown; the body's `code` must be the path's.
 */
export const updateAdminLocation: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(AdminLocationSchema);
  const code = ctx.params.locationCode ?? "";
  if (body.code !== code) {
    throw new MockHttpError("validation_failed", "The body's code differs from the path's location code.", {
      items: [{ field: "code", code: "MISMATCH", message: `code must be ${code}` }],
    });
  }
  const state = tenantInventory(ctx);
  if (!getLocation(state, code)) throw new MockHttpError("location_not_found", `Location ${code} not found.`);
  const result = unwrapResult(saveAdminLocation(state, fromAdminLocation(body)), { fieldNames: ADMIN_FIELD_NAMES });
  ctx.tenant.setInventory(result.state);
  return ctx.json(toAdminLocation(result.value));
};
