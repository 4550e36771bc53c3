/** Errors the order side answers with (plain domain errors; codes from errors.ts). */
import { detail, domainError, type InventoryDomainError } from "../errors.js";
import { type Err, fail } from "../result.js";

/** 404: no such cart, checkout, order, item, shipment or return. */
export function notFound(what: string, id: string | number, field: string): Err {
  return fail(domainError("not_found", `${what} ${id} not found`, [detail(field, "not_found", `${what} ${id} not found`)]));
}

/** 409: the object's state does not allow the command (nothing changed). */
export function conflict(message: string, field = "status"): Err {
  return fail(domainError("conflict", message, [detail(field, "conflict", message)]));
}

/** 400 with the collected details. */
export function invalid(message: string, details: InventoryDomainError["details"]): Err {
  return fail(domainError("validation_failed", message, details));
}
