/** How many units an item could get now in its segment at its location (carts, D19). */
import { allocationCandidates } from "../allocation-strategy.js";
import { recordsAt } from "../record-reads.js";
import { getSegment, type GranularKey, segmentAvailable } from "../records.js";
import type { InventoryState } from "../state.js";
import { itemSegment } from "./item-tags.js";
import type { CartMessage, CommerceItem } from "./types.js";

/** The granular criteria of an item (D11): its condition and serial number. */
function itemCriteria(item: Pick<CommerceItem, "condition" | "serialNumber">): GranularKey {
  const out: { condition?: string; serialNumber?: string } = {};
  if (item.condition !== undefined) out.condition = item.condition;
  if (item.serialNumber !== undefined) out.serialNumber = item.serialNumber;
  return out;
}

/**
 * Units available to the item in its segment at `locationCode`, by the records allocate would use
 * (D11); `Infinity` when one of them has infinite inventory.
 */
export function availableToItem(state: InventoryState, item: CommerceItem, locationCode: string, now: number): number {
  const seg = itemSegment(state, item.inventoryTags);
  if (seg === undefined) return 0;
  let available = 0;
  for (const r of allocationCandidates(state, recordsAt(state, item.upc, locationCode), itemCriteria(item), now)) {
    if (r.details.hasInfiniteInventory) return Number.POSITIVE_INFINITY;
    available += Math.max(0, segmentAvailable(getSegment(r, seg.segmentKey)));
  }
  return available;
}

/** The cart message of an item that is short at its location (none without a location or when in stock). */
export function stockMessage(state: InventoryState, item: CommerceItem, now: number): CartMessage | undefined {
  if (item.locationCode === null || item.fulfillmentMethod === "Digital") return undefined;
  const available = availableToItem(state, item, item.locationCode, now);
  if (item.quantity <= available) return undefined;
  const code = item.allowsBackOrder ? "Backorder" : "OutOfStock";
  const what = available === 0 ? "out of stock" : `only ${available} of ${item.quantity} in stock`;
  return {
    code,
    cartItemId: item.id,
    upc: item.upc,
    locationCode: item.locationCode,
    quantity: item.quantity,
    available,
    message: `${item.upc} is ${what} at ${item.locationCode}${item.allowsBackOrder ? "; the rest is backordered" : ""}`,
  };
}
