/**
 * Refresh metadata of a record (safety stock, floor, price, …): applying an item's fields to a
 * record's details, and deciding whether that changes anything (so unchanged records keep their
 * shared details object). Every function here works from one field table, {@link METADATA_FIELDS}.
 */
import type { Mutable } from "./internal/mutable.js";
import type { RecordDetails } from "./records.js";
import type { RefreshItem } from "./write-request.js";

/** The record details a refresh item sets, each under the same name in the item. */
const METADATA_FIELDS = [
  "safetyStock",
  "floor",
  "ltd",
  "retailPrice",
  "currencyId",
  "inventoryLocatorName",
  "attributes",
  "partNumber",
  "hasInfiniteInventory",
] as const satisfies readonly (keyof RecordDetails & keyof RefreshItem)[];

type MetadataField = (typeof METADATA_FIELDS)[number];

/** Every details field but `implicit` is in the table: leaving one out fails to compile here. */
const tableIsComplete: Exclude<keyof RecordDetails, "implicit"> extends MetadataField ? true : never = true;
void tableIsComplete;

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

/** Whether two values of one field serialise alike. */
function sameField(field: MetadataField, x: unknown, y: unknown): boolean {
  return field === "attributes" ? sameAttributes(x as readonly string[] | undefined, y as readonly string[] | undefined) : sameValue(x, y);
}

/** The details with the metadata fields an item gives. */
export function withMetadata(details: RecordDetails, item: RefreshItem): RecordDetails {
  const d: Mutable<RecordDetails> = { ...details, implicit: false };
  const out = d as Record<MetadataField, unknown>;
  for (const field of METADATA_FIELDS) {
    const value = item[field];
    if (value !== undefined) out[field] = field === "attributes" ? [...(value as readonly string[])] : value;
  }
  return d;
}

/** Field-by-field equality of record details (what a JSON comparison of the two would say). */
export function sameDetails(a: RecordDetails, b: RecordDetails): boolean {
  if (a === b) return true;
  for (const field of METADATA_FIELDS) if (!sameField(field, a[field], b[field])) return false;
  return sameValue(a.implicit, b.implicit);
}

/**
 * Whether `withMetadata(details, item)` would equal `details` (see {@link sameDetails}), answered
 * without building it. False when unsure (then the caller builds and compares).
 */
export function metadataUnchanged(details: RecordDetails, item: RefreshItem): boolean {
  if (!sameValue(details.implicit, false)) return false;
  for (const field of METADATA_FIELDS) {
    const given = item[field];
    if (given === undefined) continue;
    if (field === "attributes" && !Array.isArray(given)) return false;
    if (!sameField(field, given, details[field])) return false;
  }
  return true;
}
