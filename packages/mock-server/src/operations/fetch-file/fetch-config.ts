/**
 * The fetch-file configuration (modelled, the developer guide's workflow 5): one per tenant, saved
 * whole (checked first, 400 naming each bad field), read, deleted by id, and tested without any
 * network I/O. Nothing is ever fetched.
 */
import { deleteFetchConfig, fetchConfigById, getFetchConfig, saveFetchConfig } from "@kibo-inventory/engine";
import { FetchFileConfigRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { badRequest, unwrapAnswer, unwrapResult } from "../../mapping/engine-errors.js";
import { tenantInventory } from "../shared/tenant-inventory.js";
import { checkFetchConfig, connectionTest, fetchConfigToWire } from "./fetch-file-wire.js";

const PATH = { fieldNames: { fetchFileConfigID: "path.fetchFileConfigID" } } as const;

/** The `{fetchFileConfigID}` path parameter; 400 unless a positive integer. */
function configId(ctx: TenantRouteContext): number {
  const raw = ctx.params.fetchFileConfigID ?? "";
  if (!/^\d{1,15}$/.test(raw)) throw badRequest(`fetchFileConfigID must be a positive integer, got ${JSON.stringify(raw)}`, "path.fetchFileConfigID", "INVALID_TYPE");
  return Number(raw);
}

/** operationId `getFetchConfig` — `GET /commerce/inventory/v1/config/fetchfile`: the one configuration (404 when none). */
export const getFetchConfigHandler: TenantRouteHandler = (ctx) => ctx.json(fetchConfigToWire(unwrapAnswer(getFetchConfig(tenantInventory(ctx))), ctx.tenant.id));

/** operationId `saveFetchConfig` — `POST /commerce/inventory/v1/config/fetchfile`: creates or replaces it (id kept). */
export const saveFetchConfigHandler: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(FetchFileConfigRequestSchema);
  checkFetchConfig(body);
  const { fetchFileConfigID, ...fields } = body;
  const { state, value } = unwrapResult(saveFetchConfig(tenantInventory(ctx), { ...(fetchFileConfigID === undefined ? {} : { id: fetchFileConfigID }), fields }, ctx.server.clock.nowMs()));
  ctx.tenant.setInventory(state);
  return ctx.json({ success: true, messages: [`fetch-file configuration ${value.id} saved (modelled: nothing is fetched)`], numResults: 1 });
};

/** operationId `deleteFetchConfig` — `DELETE /commerce/inventory/v1/config/fetchfile/{fetchFileConfigID}`: `{deleted: true}`. */
export const deleteFetchConfigHandler: TenantRouteHandler = (ctx) => {
  const { state } = unwrapResult(deleteFetchConfig(tenantInventory(ctx), configId(ctx)), PATH);
  ctx.tenant.setInventory(state);
  return ctx.json({ deleted: true });
};

/** operationId `testConnection` — `GET /commerce/inventory/v1/config/fetchfile/testConnection/{fetchFileConfigID}`: no I/O; says what it would check. */
export const testConnection: TenantRouteHandler = (ctx) => ctx.json(connectionTest(unwrapAnswer(fetchConfigById(tenantInventory(ctx), configId(ctx)), PATH)));
