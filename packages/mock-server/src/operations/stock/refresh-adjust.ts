/**
 * refresh, adjust, smartRefreshInventory, smartAdjustInventory (D7–D10, D18): wire items become
 * engine refresh/adjust items; refresh and adjust run as jobs (`jobs: "sync"` applies at once and
 * the job reads SUCCESS; `"queued"` leaves it PENDING until the clock ticks or `flushJobs()`), the
 * smart variants apply at once without a job.
 */
import { adjust, type AdjustItem, type RefreshItem, refresh, submitAdjust, submitRefresh } from "@kibo-inventory/engine";
import { AdjustRequestSchema, type components, RefreshRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../../http/route.js";
import { copyGranularFields } from "../../mapping/granular.js";
import type { Mutable } from "../../mapping/mutable.js";
import { jobMode } from "../shared/context.js";
import { wholeRequest } from "../shared/whole-request.js";

type WireRefreshItem = components["schemas"]["RefreshItem"];
type WireAdjustItem = components["schemas"]["AdjustItem"];

/**
 * Copies the present fields both item kinds share onto `out` — granular fields (named as on the
 * wire), tags, deliveryDate, `externalID` → `externalId` — in one pass, without an intermediate
 * object per item (a refresh maps up to 12,000). The tag map is handed on as it is, not copied: the
 * body is fresh and accepted by the schema (a `__proto__` key, which the schema's parse drops, never
 * reaches here: such a body is parsed, see http/as-is.ts) and the engine only reads tags.
 */
function copyCommonFields(item: WireRefreshItem | WireAdjustItem, out: Mutable<AdjustItem> | Mutable<RefreshItem>): void {
  copyGranularFields(item, out);
  if (item.tags !== undefined) out.tags = item.tags;
  if (item.deliveryDate !== undefined) out.deliveryDate = item.deliveryDate;
  if (item.externalID !== undefined) out.externalId = item.externalID;
}

/** Wire refresh fields the engine names differently (`lTD`, `currencyID`, `externalID`) or does not take (`binID`). */
type NotEngineNamed = "lTD" | "currencyID" | "externalID" | "binID";

/**
 * Every other wire refresh field has the engine's name and type: a parsed item with none of
 * {@link NotEngineNamed} and a `upc` already is an engine item (checked by the compiler here).
 */
const engineNamed = (item: Omit<WireRefreshItem, NotEngineNamed> & { upc: string }): RefreshItem => item;

/**
 * A wire refresh item as the engine's (`lTD` → `ltd`, `currencyID` → `currencyId`, `externalID` →
 * `externalId`). A missing `upc` reaches the engine as `""`, which it lists as `items[i].upc:
 * required` with every other bad item (the reference server keys stock by UPC).
 *
 * `item` is the body as the schema accepted it (a fresh object holding only the schema's keys,
 * either parsed or taken as it is, see `wholeRequest`), so one whose
 * fields all carry the engine's names — the usual item, `{upc, quantity, tags}` — is handed on as
 * it is rather than copied: a refresh maps up to 12,000 items, and every copy is one more object
 * for the young-generation GC to move while the engine runs.
 */
export function refreshItemFromWire(item: WireRefreshItem): RefreshItem {
  if (
    item.upc !== undefined &&
    item.lTD === undefined &&
    item.currencyID === undefined &&
    item.externalID === undefined &&
    item.binID === undefined
  )
    return engineNamed(item as Omit<WireRefreshItem, NotEngineNamed> & { upc: string });
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

/** A wire adjust item as the engine's (see {@link refreshItemFromWire} for a missing `upc`). */
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
