/** Reading cart, checkout and order items from caller input (D19), validated whole. */
import { detail, type ErrorDetail } from "../errors.js";
import { checkInteger, readGranular, requireString } from "../internal/validate.js";
import type { TagCategory } from "../tags.js";
import type { CommerceDraft } from "./commerce-state.js";
import { checkInventoryTags, copyTags } from "./item-tags.js";
import type { CommerceItem, CommerceItemInput, FulfillmentMethod } from "./types.js";

const METHODS: readonly FulfillmentMethod[] = ["Ship", "Pickup", "Digital"];

/** Checks one item input, pushing every problem (index = the item's index). */
export function checkItemInput(
  categories: readonly TagCategory[],
  item: CommerceItemInput,
  details: ErrorDetail[],
  index?: number,
): boolean {
  const before = details.length;
  if (typeof item !== "object" || item === null) {
    details.push(detail("items", "invalid", "An item must be an object", index));
    return false;
  }
  requireString(item.upc, "upc", details, index);
  checkInteger(item.quantity, "quantity", details, index, 1);
  if (item.locationCode !== undefined && item.locationCode !== null && (typeof item.locationCode !== "string" || item.locationCode === ""))
    details.push(detail("locationCode", "invalid", "locationCode must be a non-empty string or null", index));
  if (item.fulfillmentMethod !== undefined && !METHODS.includes(item.fulfillmentMethod))
    details.push(detail("fulfillmentMethod", "invalid", `fulfillmentMethod must be one of ${METHODS.join(", ")}`, index));
  if (item.allowsBackOrder !== undefined && typeof item.allowsBackOrder !== "boolean")
    details.push(detail("allowsBackOrder", "invalid", "allowsBackOrder must be a boolean", index));
  readGranular(item, details, index);
  if (item.serialNumber !== undefined && item.quantity !== 1)
    details.push(detail("quantity", "serial_quantity", "A serial number allocates exactly 1 unit", index));
  checkInventoryTags(categories, item.inventoryTags, details, index);
  return details.length === before;
}

/** A stored item from a checked input, with a new id. */
export function newItem(
  draft: CommerceDraft,
  item: CommerceItemInput,
  lineId: number,
  originalCartItemId: string | null = null,
): CommerceItem {
  const out: { -readonly [K in keyof CommerceItem]: CommerceItem[K] } = {
    id: draft.nextId("item"),
    lineId,
    upc: item.upc,
    quantity: item.quantity,
    locationCode: item.locationCode ?? null,
    fulfillmentMethod: item.fulfillmentMethod ?? "Ship",
    inventoryTags: copyTags(item.inventoryTags),
    allowsBackOrder: item.allowsBackOrder ?? false,
    originalCartItemId,
  };
  if (item.condition !== undefined && item.condition !== "") out.condition = item.condition;
  if (item.serialNumber !== undefined && item.serialNumber !== "") out.serialNumber = item.serialNumber;
  if (item.extra !== undefined) out.extra = item.extra;
  return out;
}

/** A copy of a stored item under a new id and line (its tags copied, still editable). */
export function copyItem(draft: CommerceDraft, item: CommerceItem, lineId: number, originalCartItemId: string | null): CommerceItem {
  const { allocationResult: _dropped, ...rest } = item as CommerceItem & { allocationResult?: unknown };
  return { ...rest, id: draft.nextId("item"), lineId, inventoryTags: copyTags(item.inventoryTags), originalCartItemId };
}

/** The next line number after `items`. */
export function nextLineId(items: readonly CommerceItem[]): number {
  let max = 0;
  for (const i of items) if (i.lineId > max) max = i.lineId;
  return max + 1;
}

/** An ISO timestamp of the command clock. */
export function isoOf(now: number): string {
  return new Date(now).toISOString();
}
