import { getLocation, listLocations, saveLocation as saveEngineLocation } from "@kibo-inventory/engine";
import { LocationRequestSchema } from "@kibo-inventory/spec";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteHandler } from "../../http/route.js";
import { unwrapResult } from "../../mapping/engine-errors.js";
import { fromLocationRequest, toLocationResponse } from "./location-wire.js";
import { tenantInventory } from "../shared/tenant-inventory.js";

const LOCATION_FIELD_NAMES = { locationCode: "locationCode", name: "locationName" };

/** operationId `getLocationsAll` — `GET /commerce/inventory/v1/location`: every location, by code. */
export const getLocationsAll: TenantRouteHandler = (ctx) =>
  ctx.json(listLocations(tenantInventory(ctx)).map((l) => toLocationResponse(l, ctx.tenant.id)));

/**
 * operationId `getLocations` — `GET /commerce/inventory/v1/location/{locationCode}`: the location as
 * a one-element array. Kibo answers a location-group code on the same URL with the group; the
 * reference server has no location groups (see `getLocationGroups`), so any other code is 404.
 */
export const getLocations: TenantRouteHandler = (ctx) => {
  const code = ctx.params.locationCode ?? "";
  const location = getLocation(tenantInventory(ctx), code);
  if (!location) throw new MockHttpError("location_not_found", `Location ${code} not found.`);
  return ctx.json([toLocationResponse(location, ctx.tenant.id)]);
};

/**
 * operationId `saveLocation` — `POST /commerce/inventory/v1/location`: creates or updates a location;
 * a location saved here supports inventory (D1). Answers the saved location as a one-element array.
 */
export const saveLocation: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(LocationRequestSchema);
  const result = unwrapResult(saveEngineLocation(tenantInventory(ctx), fromLocationRequest(body)), { fieldNames: LOCATION_FIELD_NAMES });
  ctx.tenant.setInventory(result.state);
  return ctx.json([toLocationResponse(result.value, ctx.tenant.id)]);
};

/**
 * operationId `getLocationGroups` — `GET /commerce/inventory/v1/locationGroup`. Location groups are
 * not part of the reference server's state (neither the engine nor the seed format has them), so
 * the list is always empty.
 */
export const getLocationGroups: TenantRouteHandler = (ctx) => ctx.json([]);
