import { detail, type ErrorDetail } from "../errors.js";
import { granularOrNull, type GranularKey } from "../records.js";
import type { GranularFields } from "../write-request.js";
import { normalizeDate } from "./dates.js";

/** Checks a required non-empty string. */
export function requireString(value: unknown, field: string, details: ErrorDetail[], index?: number): void {
  if (typeof value === "string" && value.trim() !== "") return;
  details.push(detail(field, "required", `${field} is required`, index));
}

/** Checks an integer, optionally with a lower bound. */
export function checkInteger(
  value: unknown,
  field: string,
  details: ErrorDetail[],
  index: number | undefined,
  min?: number,
): void {
  if (typeof value !== "number" || !Number.isInteger(value))
    details.push(detail(field, "not_integer", `${field} must be an integer`, index));
  else if (min !== undefined && value < min)
    details.push(detail(field, "out_of_range", `${field} must be at least ${min}`, index));
}

function maxLength(value: string | undefined, max: number, field: string, details: ErrorDetail[], index?: number) {
  if (value !== undefined && (typeof value !== "string" || value.length > max))
    details.push(detail(field, "too_long", `${field} must be a string of at most ${max} characters`, index));
}

/** Validates granular fields (D9) and returns the normalised granular key (date → ISO-8601 UTC). */
export function readGranular(
  item: GranularFields,
  details: ErrorDetail[],
  index?: number,
): GranularKey | null {
  if (
    item.lotCode === undefined &&
    item.condition === undefined &&
    item.serialNumber === undefined &&
    item.sku === undefined &&
    item.date === undefined
  )
    return null;
  maxLength(item.lotCode, 50, "lotCode", details, index);
  maxLength(item.condition, 50, "condition", details, index);
  maxLength(item.serialNumber, 30, "serialNumber", details, index);
  maxLength(item.sku, 100, "sku", details, index);
  let date: string | undefined;
  if (item.date !== undefined) {
    date = typeof item.date === "string" ? normalizeDate(item.date) : undefined;
    if (date === undefined)
      details.push(detail("date", "invalid_date", "date must be an ISO-8601 date or date-time, or MM/DD/YYYY", index));
  }
  const key: { -readonly [K in keyof GranularKey]: GranularKey[K] } = {};
  if (item.sku !== undefined && item.sku !== "") key.sku = item.sku;
  if (item.lotCode !== undefined && item.lotCode !== "") key.lotCode = item.lotCode;
  if (item.condition !== undefined && item.condition !== "") key.condition = item.condition;
  if (item.serialNumber !== undefined && item.serialNumber !== "") key.serialNumber = item.serialNumber;
  if (date !== undefined) key.date = date;
  return granularOrNull(key);
}
