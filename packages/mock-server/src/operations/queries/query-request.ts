/**
 * Wire → engine for the inventory queries (postQueryInventory, postQueryRealtimeInventory).
 * The engine's `InventoryQuery` already speaks Kibo's filter names; this maps the few that differ
 * and decides the by-location mode (a `locationCode` at the top level or in `requestLocation`).
 */
import type { InventoryQuery, QueryItem } from "@kibo-inventory/engine";
import type { Schemas } from "@kibo-inventory/spec";
import { copyGranularFields } from "../../mapping/granular.js";
import type { Mutable } from "../../mapping/mutable.js";
import { compact } from "../shared/compact.js";

type InventoryRequest = Schemas["InventoryRequest"];
type ItemQuantity = Schemas["ItemQuantity"];

/**
 * One requested product. The engine keys records by `upc`; an item without one is refused by the
 * engine (400 `items[i].upc`). `sku` is part of the granular key (D1), so it narrows like `lotCode`.
 */
function toQueryItem(item: ItemQuantity): QueryItem {
  // Field by field rather than `{ upc, ...compact({ … }) }`: this runs for every requested item.
  const out: Mutable<QueryItem> = { upc: item.upc ?? "" };
  copyGranularFields(item, out);
  if (item.tags !== undefined) out.tags = item.tags;
  return out;
}

/**
 * The engine query for a request body. `type` (ALL/PARTIAL/ANY/ALL_STORES), `requestLocation`
 * geography, `excludeBlockedAssignment` and `includeNegativeFutureInventory` are accepted and not
 * simulated (see docs/semantics.md).
 */
export function toInventoryQuery(body: InventoryRequest): InventoryQuery {
  const locationCode = body.locationCode ?? body.requestLocation?.locationCode;
  return {
    items: body.items.map(toQueryItem),
    ...compact({
      locationCode: locationCode === "" ? undefined : locationCode,
      locationWhitelist: body.locationWhitelist,
      locationBlacklist: body.locationBlacklist,
      locationPriorityList: body.locationPriorityList,
      includeNegativeInventory: body.includeNegativeInventory,
      ignoreSafetyStock: body.ignoreSafetyStock,
      includeFutureInventory: body.includeFutureInventory,
      deliveryDateAfter: body.deliveryDateAfter,
      deliveryDateBefore: body.deliveryDateBefore,
      includeItemsWithInfiniteInventoryFlag: body.includeItemsWithInfiniteInventoryFlag,
      directShip: body.directShip,
      pickup: body.pickup,
      transferEnabled: body.transferEnabled,
      includeInAggregateExport: body.includeInAggregateExport,
      includeInLocationExport: body.includeInLocationExport,
      sortByEnum: body.sortByEnum,
      sortDescending: body.sortDescending,
      limit: body.limit,
      tags: body.tags,
      forceDefaultsForUnspecifiedTagCategories: body.forceDefaultsForUnspecifiedTagCategories,
    }),
  };
}
