/**
 * refresh, adjust, smartRefreshInventory, smartAdjustInventory (D7–D10, D18): wire items become
 * engine refresh/adjust items; refresh and adjust run as jobs (`jobs: "sync"` applies at once and
 * the job reads SUCCESS; `"queued"` leaves it PENDING until the clock ticks or `flushJobs()`), the
 * smart variants apply at once without a job.
 */
import { adjust, type AdjustItem, type RefreshItem, refresh, submitAdjust, submitRefresh } from "@kibo-inventory/engine";
import { AdjustRequestSchema, type components, RefreshRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../../http/route.js";
import type { FieldTable } from "../../mapping/field-table.js";
import { copyGranularFields } from "../../mapping/granular.js";
import type { Mutable } from "../../mapping/mutable.js";
import { nullAsAbsent } from "../../mapping/null-as-absent.js";
import { jobMode } from "../shared/context.js";
import { wholeRequest } from "../shared/whole-request.js";

type WireRefreshItem = components["schemas"]["RefreshItem"];
type WireAdjustItem = components["schemas"]["AdjustItem"];

/**
 * Each wire refresh item field and the engine's (`lTD` → `ltd`, `currencyID` → `currencyId`,
 * `externalID` → `externalId`); `binID` is not modelled and dropped. `refreshItemFromWire` follows
 * this table (item-mapping.test.ts checks it field by field).
 */
export const REFRESH_ITEM_FIELDS = {
  upc: "upc",
  partNumber: "partNumber",
  sku: "sku",
  quantity: "quantity",
  lTD: "ltd",
  floor: "floor",
  safetyStock: "safetyStock",
  retailPrice: "retailPrice",
  currencyID: "currencyId", // an integer on the wire, a string in the engine
  binID: null, // not modelled: accepted and dropped
  inventoryLocatorName: "inventoryLocatorName",
  attributes: "attributes",
  tags: "tags",
  deliveryDate: "deliveryDate",
  externalID: "externalId",
  lotCode: "lotCode",
  date: "date",
  condition: "condition",
  serialNumber: "serialNumber",
  includeItemsWithInfiniteInventoryFlag: "hasInfiniteInventory",
} as const satisfies FieldTable<WireRefreshItem, RefreshItem>;

/** Each wire adjust item field and the engine's; `binID` is dropped as for refresh. */
export const ADJUST_ITEM_FIELDS = {
  upc: "upc",
  partNumber: null, // not taken by adjust: the record is found by UPC (and granular fields)
  sku: "sku",
  quantity: "quantity",
  binID: null, // not modelled: accepted and dropped
  tags: "tags",
  deliveryDate: "deliveryDate",
  externalID: "externalId",
  lotCode: "lotCode",
  date: "date",
  condition: "condition",
  serialNumber: "serialNumber",
  includeItemsWithInfiniteInventoryFlag: "hasInfiniteInventory",
} as const satisfies FieldTable<WireAdjustItem, AdjustItem>;

/**
 * Copies the present fields both item kinds share onto `out` — granular fields (named as on the
 * wire), tags, deliveryDate, `externalID` → `externalId`, `includeItemsWithInfiniteInventoryFlag` →
 * `hasInfiniteInventory` — in one pass, without an intermediate
 * object per item (a refresh maps up to 12,000). The tag map is handed on as it is, not copied: the
 * body is fresh and accepted by the schema (a `__proto__` key, which the schema's parse drops, never
 * reaches here: such a body is parsed, see http/as-is.ts) and the engine only reads tags.
 */
function copyCommonFields(item: WireRefreshItem | WireAdjustItem, out: Mutable<AdjustItem> | Mutable<RefreshItem>): void {
  copyGranularFields(item, out);
  if (item.tags !== undefined) out.tags = item.tags;
  if (item.deliveryDate !== undefined) out.deliveryDate = item.deliveryDate;
  if (item.externalID !== undefined) out.externalId = item.externalID;
  if (item.includeItemsWithInfiniteInventoryFlag !== undefined) out.hasInfiniteInventory = item.includeItemsWithInfiniteInventoryFlag;
}

/**
 * A wire refresh item as the engine's, by {@link REFRESH_ITEM_FIELDS}: present fields only (exact
 * optional properties). A missing `upc` reaches the engine as `""`, which it lists as
 * `items[i].upc: required` with every other bad item (the reference server keys stock by UPC).
 */
export function refreshItemFromWire(item: WireRefreshItem): RefreshItem {
  const out: Mutable<RefreshItem> = { upc: item.upc ?? "" };
  if (item.quantity !== undefined) out.quantity = item.quantity;
  copyCommonFields(item, out);
  if (item.safetyStock !== undefined) out.safetyStock = item.safetyStock;
  if (item.floor !== undefined) out.floor = item.floor;
  if (item.lTD !== undefined) out.ltd = item.lTD;
  if (item.retailPrice !== undefined) out.retailPrice = item.retailPrice;
  if (item.currencyID !== undefined) out.currencyId = String(item.currencyID);
  if (item.inventoryLocatorName !== undefined) out.inventoryLocatorName = item.inventoryLocatorName;
  if (item.attributes !== undefined) out.attributes = item.attributes;
  if (item.partNumber !== undefined) out.partNumber = item.partNumber;
  return out;
}

/** A wire adjust item as the engine's, by {@link ADJUST_ITEM_FIELDS} (a missing `upc` as for refresh). */
export function adjustItemFromWire(item: WireAdjustItem): AdjustItem {
  const out: Mutable<AdjustItem> = { upc: item.upc ?? "", quantity: item.quantity };
  copyCommonFields(item, out);
  return out;
}

/**
 * `refresh` — sets onHand absolutely at one location, as a REFRESH job; answers `{jobID}`.
 * More than 12,000 items, or any bad item, is 400 listing every problem (schema and engine
 * together, see `wholeRequest`), nothing applied.
 */
export const refreshHandler: TenantRouteHandler = wholeRequest(RefreshRequestSchema, (ctx, body, commit) => {
  const request = { locationCode: body.locationCode, items: body.items.map(refreshItemFromWire) };
  const mode = jobMode(ctx);
  const { value: job } = commit((state, now) => submitRefresh(state, request, now, mode));
  return ctx.json({ jobID: job.jobId });
}, nullAsAbsent);

/** `adjust` — adds signed deltas at one location, as an ADJUST job; answers `{jobID}`. At most 1,000 items. */
export const adjustHandler: TenantRouteHandler = wholeRequest(AdjustRequestSchema, (ctx, body, commit) => {
  const request = { locationCode: body.locationCode, items: body.items.map(adjustItemFromWire) };
  const mode = jobMode(ctx);
  const { value: job } = commit((state, now) => submitAdjust(state, request, now, mode));
  return ctx.json({ jobID: job.jobId });
}, nullAsAbsent);

/** `smartRefreshInventory` — a refresh applied at once, whatever the job mode: `{jobID: null, method: "sync"}`. */
export const smartRefreshInventory: TenantRouteHandler = wholeRequest(RefreshRequestSchema, (ctx, body, commit) => {
  const request = { locationCode: body.locationCode, items: body.items.map(refreshItemFromWire) };
  commit((state, now) => refresh(state, request, now));
  return ctx.json({ jobID: null, method: "sync" });
}, nullAsAbsent);

/** `smartAdjustInventory` — an adjust applied at once: `{jobID: null, method: "sync"}`. */
export const smartAdjustInventory: TenantRouteHandler = wholeRequest(AdjustRequestSchema, (ctx, body, commit) => {
  const request = { locationCode: body.locationCode, items: body.items.map(adjustItemFromWire) };
  commit((state, now) => adjust(state, request, now));
  return ctx.json({ jobID: null, method: "sync" });
}, nullAsAbsent);
