/**
 * Domain errors: plain data with a string code, never an HTTP status. The mock server owns the one
 * table that maps codes to statuses and Kibo error bodies (DESIGN.md §3).
 */

/** Every code a command can fail with. */
export type InventoryErrorCode =
  /** The request or one of its items is invalid (400). */
  | "validation_failed"
  /** A write names a location that does not exist (404). */
  | "location_not_found"
  /** A write names a location that does not support inventory (400). */
  | "location_not_inventory_enabled"
  /** A named resource (tag category, tag value, job, rule, future record, allocation) is missing (404). */
  | "not_found"
  /** The write conflicts with current state, e.g. deleting a tag that holds allocations (409). */
  | "conflict"
  /** A name that must be unique is taken, e.g. export settings of that name exist (409 JOB_ALREADY_EXISTS). */
  | "name_taken"
  /** A tenant or request limit would be exceeded (400). */
  | "limit_exceeded";

/** One problem with one field, optionally of one item of the request (`index` is 0-based). */
export interface ErrorDetail {
  readonly index?: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The error every failed command returns. */
export interface InventoryDomainError {
  readonly code: InventoryErrorCode;
  readonly message: string;
  readonly details: readonly ErrorDetail[];
}

/** Builds a domain error. */
export function domainError(
  code: InventoryErrorCode,
  message: string,
  details: readonly ErrorDetail[] = [],
): InventoryDomainError {
  return { code, message, details };
}

/** Builds one error detail; `index` is omitted when undefined. */
export function detail(field: string, code: string, message: string, index?: number): ErrorDetail {
  return index === undefined ? { field, code, message } : { index, field, code, message };
}

/** Type guard for an engine error value (e.g. after a round-trip through JSON). */
export function isInventoryDomainError(value: unknown): value is InventoryDomainError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && typeof v.message === "string" && Array.isArray(v.details);
}

/**
 * Thrown by a command's final step when its result would store a quantity outside the 32-bit range
 * (`QUANTITY_MAX`): the command's new state is never built, so the state it started from stands.
 * Refresh and adjust report such items as ordinary error details first; this catches every other
 * sum (allocations, pending, returns, arrivals). Its `code` is `validation_failed` (400 over HTTP).
 */
export class QuantityRangeError extends Error {
  readonly code = "validation_failed" as const;
  override readonly name = "QuantityRangeError";
  readonly details: readonly ErrorDetail[];

  constructor(upc: string, locationCode: string) {
    const message = `The change would take a quantity of ${upc} at ${locationCode} past the 32-bit range (−2147483648 to 2147483647)`;
    super(message);
    this.details = [detail("quantity", "quantity_out_of_range", message)];
  }
}
