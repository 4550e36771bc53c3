import { aggregateInventory, queryInventory } from "@kibo-inventory/engine";
import { AggregateRequestSchema, InventoryRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { unwrapAnswer } from "../../mapping/engine-errors.js";
import { compact } from "../shared/compact.js";
import { JsonText } from "../../http/json-text.js";
import { wireRowsJson } from "./inventory-rows.js";
import { toInventoryQuery } from "./query-request.js";
import { nowMs } from "../shared/context.js";
import { tenantInventory } from "../shared/tenant-inventory.js";

async function runQuery(ctx: TenantRouteContext, realtime: boolean): Promise<Response> {
  const body = await ctx.body(InventoryRequestSchema);
  const rows = unwrapAnswer(queryInventory(tenantInventory(ctx), toInventoryQuery(body), nowMs(ctx)), { itemsField: "items" });
  const options = {
    tenantId: ctx.tenant.id,
    realtime,
    includeAttributes: body.includeAttributes === true,
    includeInfinite: body.includeItemsWithInfiniteInventoryFlag === true,
  };
  // The wire rows, written straight to JSON text (no intermediate wire objects).
  return ctx.json(new JsonText(wireRowsJson(rows, options)));
}

/**
 * operationId `postQueryInventory` — `POST /commerce/inventory/v5/inventory`: inventory rows of the
 * requested products (or of one location), as a bare array.
 * @see ../../../../../docs/semantics.md
 */
export const postQueryInventory: TenantRouteHandler = (ctx) => runQuery(ctx, false);

/**
 * operationId `postQueryRealtimeInventory` — `POST /commerce/realtime-inventory/v5/inventory`
 * (modelled): the same query, answered with the real-time row fields.
 */
export const postQueryRealtimeInventory: TenantRouteHandler = (ctx) => runQuery(ctx, true);

/**
 * operationId `aggregate` — `POST /commerce/inventory/v5/inventory/aggregate`: each product summed
 * over the locations included in aggregates.
 */
export const aggregate: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(AggregateRequestSchema);
  const request = {
    items: body.items.map((item) => ({ upc: item.upc ?? "", ...compact({ tags: item.tags }) })),
    ...compact({
      tags: body.tags,
      forceDefaultsForUnspecifiedTagCategories: body.forceDefaultsForUnspecifiedTagCategories,
      ignoreSafetyStock: body.ignoreSafetyStock,
      includeNegativeInventory: body.includeNegativeInventory,
      directShip: body.directShip,
      pickup: body.pickup,
      transferEnabled: body.transferEnabled,
      includeFutureInventory: body.includeFutureInventory,
      futureStartDate: body.futureStartDate,
      futureEndDate: body.futureEndDate,
    }),
  };
  const rows = unwrapAnswer(aggregateInventory(tenantInventory(ctx), request), { itemsField: "items" });
  return ctx.json(
    rows.map((row, i) => ({
      tenantID: ctx.tenant.id,
      upc: row.upc,
      ...compact({ partNumber: body.items[i]?.partNumber, sku: body.items[i]?.sku }),
      onHand: row.onHand,
      available: row.available,
      floor: row.floor,
      tags: { ...row.tags },
    })),
  );
};
