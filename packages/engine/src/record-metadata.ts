/**
 * Refresh metadata of a record (safety stock, floor, price, …): applying an item's fields to a
 * record's details, and deciding whether that changes anything (so unchanged records keep their
 * shared details object).
 */
import type { RecordDetails } from "./records.js";
import type { RefreshItem } from "./write-request.js";

/** The details with the metadata fields an item gives. */
export function withMetadata(details: RecordDetails, item: RefreshItem): RecordDetails {
  const d: { -readonly [K in keyof RecordDetails]: RecordDetails[K] } = { ...details, implicit: false };
  if (item.safetyStock !== undefined) d.safetyStock = item.safetyStock;
  if (item.floor !== undefined) d.floor = item.floor;
  if (item.ltd !== undefined) d.ltd = item.ltd;
  if (item.retailPrice !== undefined) d.retailPrice = item.retailPrice;
  if (item.currencyId !== undefined) d.currencyId = item.currencyId;
  if (item.inventoryLocatorName !== undefined) d.inventoryLocatorName = item.inventoryLocatorName;
  if (item.attributes !== undefined) d.attributes = [...item.attributes];
  if (item.partNumber !== undefined) d.partNumber = item.partNumber;
  if (item.hasInfiniteInventory !== undefined) d.hasInfiniteInventory = item.hasInfiniteInventory;
  return d;
}

/**
 * Whether two field values serialise alike. Equal values do; two distinct strings never do; anything
 * else (numbers such as NaN vs null, arrays, unvalidated input) falls back to JSON.
 */
function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x === "string" && typeof y === "string") return false;
  return JSON.stringify(x) === JSON.stringify(y);
}

function sameAttributes(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  if (x === y) return true;
  if (!Array.isArray(x) || !Array.isArray(y)) return sameValue(x, y);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameValue(x[i], y[i])) return sameValue(x, y);
  return true;
}

/** Field-by-field equality of record details (what a JSON comparison of the two would say). */
export function sameDetails(a: RecordDetails, b: RecordDetails): boolean {
  return (
    a === b ||
    (sameValue(a.safetyStock, b.safetyStock) &&
      sameValue(a.floor, b.floor) &&
      sameValue(a.ltd, b.ltd) &&
      sameValue(a.retailPrice, b.retailPrice) &&
      sameValue(a.currencyId, b.currencyId) &&
      sameValue(a.inventoryLocatorName, b.inventoryLocatorName) &&
      sameAttributes(a.attributes, b.attributes) &&
      sameValue(a.partNumber, b.partNumber) &&
      sameValue(a.hasInfiniteInventory, b.hasInfiniteInventory) &&
      sameValue(a.implicit, b.implicit))
  );
}

/**
 * Whether `withMetadata(details, item)` would equal `details` (see {@link sameDetails}), answered
 * without building it. False when unsure (then the caller builds and compares).
 */
export function metadataUnchanged(details: RecordDetails, item: RefreshItem): boolean {
  return (
    sameValue(details.implicit, false) &&
    (item.safetyStock === undefined || sameValue(item.safetyStock, details.safetyStock)) &&
    (item.floor === undefined || sameValue(item.floor, details.floor)) &&
    (item.ltd === undefined || sameValue(item.ltd, details.ltd)) &&
    (item.retailPrice === undefined || sameValue(item.retailPrice, details.retailPrice)) &&
    (item.currencyId === undefined || sameValue(item.currencyId, details.currencyId)) &&
    (item.inventoryLocatorName === undefined || sameValue(item.inventoryLocatorName, details.inventoryLocatorName)) &&
    (item.attributes === undefined ||
      (Array.isArray(item.attributes) && sameAttributes(item.attributes, details.attributes))) &&
    (item.partNumber === undefined || sameValue(item.partNumber, details.partNumber)) &&
    (item.hasInfiniteInventory === undefined || sameValue(item.hasInfiniteInventory, details.hasInfiniteInventory))
  );
}
