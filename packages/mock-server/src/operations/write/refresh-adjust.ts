/**
 * refresh, adjust, smartRefreshInventory, smartAdjustInventory (D7–D10, D18): wire items become
 * engine refresh/adjust items; refresh and adjust run as jobs (`jobs: "sync"` applies at once and
 * the job reads SUCCESS; `"queued"` leaves it PENDING until the clock ticks or `flushJobs()`), the
 * smart variants apply at once without a job.
 */
import { adjust, type AdjustItem, type RefreshItem, refresh, submitAdjust, submitRefresh } from "@kibo-inventory/engine";
import { AdjustRequestSchema, type components, RefreshRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../../http/route.js";
import { granularFromWire } from "../../mapping/granular.js";
import { tagsFromWire } from "../../mapping/tags.js";
import { jobMode } from "./context.js";
import { wholeRequest } from "./whole-request.js";

type WireRefreshItem = components["schemas"]["RefreshItem"];
type WireAdjustItem = components["schemas"]["AdjustItem"];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Fields both item kinds share. A missing `upc` reaches the engine as `""`, which it lists as
 * `items[i].upc: required` with every other bad item (the reference server keys stock by UPC).
 */
function commonFields(item: WireRefreshItem | WireAdjustItem): Mutable<AdjustItem> {
  const out: Mutable<AdjustItem> = { upc: item.upc ?? "", quantity: 0, ...granularFromWire(item) };
  const tags = tagsFromWire(item.tags);
  if (tags !== undefined) out.tags = tags;
  if (item.deliveryDate !== undefined) out.deliveryDate = item.deliveryDate;
  if (item.externalID !== undefined) out.externalId = item.externalID;
  return out;
}

/** A wire refresh item as the engine's (`lTD` → `ltd`, `currencyID` → `currencyId`, `externalID` → `externalId`). */
export function refreshItemFromWire(item: WireRefreshItem): RefreshItem {
  const { quantity: _q, ...common } = commonFields(item);
  const out: Mutable<RefreshItem> = common;
  if (item.quantity !== undefined) out.quantity = item.quantity;
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

/** A wire adjust item as the engine's. */
export function adjustItemFromWire(item: WireAdjustItem): AdjustItem {
  return { ...commonFields(item), quantity: item.quantity };
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
});

/** `adjust` — adds signed deltas at one location, as an ADJUST job; answers `{jobID}`. At most 1,000 items. */
export const adjustHandler: TenantRouteHandler = wholeRequest(AdjustRequestSchema, (ctx, body, commit) => {
  const request = { locationCode: body.locationCode, items: body.items.map(adjustItemFromWire) };
  const mode = jobMode(ctx);
  const { value: job } = commit((state, now) => submitAdjust(state, request, now, mode));
  return ctx.json({ jobID: job.jobId });
});

/** `smartRefreshInventory` — a refresh applied at once, whatever the job mode: `{jobID: null, method: "sync"}`. */
export const smartRefreshInventory: TenantRouteHandler = wholeRequest(RefreshRequestSchema, (ctx, body, commit) => {
  const request = { locationCode: body.locationCode, items: body.items.map(refreshItemFromWire) };
  commit((state, now) => refresh(state, request, now));
  return ctx.json({ jobID: null, method: "sync" });
});

/** `smartAdjustInventory` — an adjust applied at once: `{jobID: null, method: "sync"}`. */
export const smartAdjustInventory: TenantRouteHandler = wholeRequest(AdjustRequestSchema, (ctx, body, commit) => {
  const request = { locationCode: body.locationCode, items: body.items.map(adjustItemFromWire) };
  commit((state, now) => adjust(state, request, now));
  return ctx.json({ jobID: null, method: "sync" });
});
