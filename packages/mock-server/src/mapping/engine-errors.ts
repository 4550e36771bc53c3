/**
 * The one place engine errors become HTTP errors. Engine codes (`validation_failed`, `not_found`,
 * `location_not_found`, `conflict`, …) are looked up in `http/errors.ts`'s `ERROR_TABLE` by the
 * pipeline; here each engine `detail` becomes one Kibo `items` entry with the wire field path
 * (`items[3].orderID`), so clients see Kibo's casing, not the engine's.
 */
import type { Answer, ErrorDetail, InventoryDomainError, Result } from "@kibo-inventory/engine";
import { type ErrorCode, type KiboErrorItem, MockHttpError, errorMappingFor } from "../http/errors.js";

/** Engine field names whose wire spelling differs (Kibo's `ID` casing, refresh's `lTD`). */
const WIRE_FIELD_NAMES: Readonly<Record<string, string>> = {
  orderId: "orderID",
  orderItemId: "orderItemID",
  shipmentId: "shipmentID",
  cartId: "cartID",
  cartItemId: "cartItemID",
  inventoryId: "inventoryID",
  externalId: "externalID",
  externalIds: "externalIDs",
  futureInventoryId: "futureInventoryID",
  currencyId: "currencyID",
  jobId: "jobID",
  ltd: "lTD",
};

/** How engine field names become wire paths for one operation. */
export interface EngineErrorMapping {
  /** The request's item array that a detail's `index` points into. @default "items" */
  readonly itemsField?: string;
  /** Extra engine → wire field names for this operation (e.g. `value` → `tagValue`), over the shared ones. */
  readonly fieldNames?: Readonly<Record<string, string>>;
  /**
   * The request index of each engine item, when the handler expanded the request's items (a
   * deleteItems pattern naming several products); a detail's `index` is looked up here.
   */
  readonly indexes?: readonly number[];
  /**
   * What the engine's `not_found` becomes: `item_not_found` (404 `ITEM_NOT_FOUND`) where the
   * operation names one inventory item that does not exist (docs/semantics.md › Errors per
   * operation). @default "not_found"
   */
  readonly notFound?: "item_not_found";
}

/** The wire spelling of an engine field name (`orderId` → `orderID`); other names pass through. */
function wireFieldName(field: string, fieldNames?: Readonly<Record<string, string>>): string {
  const [head = field, ...rest] = field.split(".");
  return [fieldNames?.[head] ?? WIRE_FIELD_NAMES[head] ?? head, ...rest].join(".");
}

/**
 * The wire path of an engine detail: `items[3].orderID` when it names an item, else the field
 * (`locationCode`).
 */
function wireFieldPath(detail: Pick<ErrorDetail, "field" | "index">, mapping: EngineErrorMapping = {}): string {
  const itemsField = mapping.itemsField ?? "items";
  const field = wireFieldName(detail.field, mapping.fieldNames);
  if (detail.index === undefined) return field;
  return field === itemsField ? `${itemsField}[${detail.index}]` : `${itemsField}[${detail.index}].${field}`;
}

/** Engine details as Kibo error items (`code` upper-cased, as for schema issues). */
export function detailsToItems(details: readonly ErrorDetail[], mapping: EngineErrorMapping = {}): KiboErrorItem[] {
  return details.map((engineDetail) => {
    const index = engineDetail.index === undefined ? undefined : (mapping.indexes?.[engineDetail.index] ?? engineDetail.index);
    const d = index === undefined ? engineDetail : { ...engineDetail, index };
    const item: KiboErrorItem = { field: wireFieldPath(d, mapping), code: d.code.toUpperCase(), message: d.message };
    if (index !== undefined) item.index = index;
    return item;
  });
}

/**
 * Converts an engine error to the `MockHttpError` the pipeline answers with (status and
 * `errorCode` from `ERROR_TABLE`). A code the table does not know stays a 400 rather than a 500:
 * every engine error is about the request or the state it met, never a server fault.
 */
function engineErrorToHttp(error: InventoryDomainError, mapping: EngineErrorMapping = {}): MockHttpError {
  const known: ErrorCode = errorMappingFor(error.code) ? (error.code as ErrorCode) : "validation_failed";
  const code: ErrorCode = known === "not_found" && mapping.notFound !== undefined ? mapping.notFound : known;
  return new MockHttpError(code, error.message, { items: detailsToItems(error.details, mapping) });
}

/**
 * The state and value of a successful engine command; throws the mapped HTTP error otherwise.
 * @example const { state, value } = unwrapResult(allocate(slot, request, now));
 */
export function unwrapResult<S, V>(result: Result<S, V>, mapping: EngineErrorMapping = {}): { state: S; value: V } {
  if (!result.ok) throw engineErrorToHttp(result.error, mapping);
  return { state: result.state, value: result.value };
}

/** The value of a successful engine read (`Answer`); throws the mapped HTTP error otherwise. */
export function unwrapAnswer<V>(answer: Answer<V>, mapping: EngineErrorMapping = {}): V {
  if (!answer.ok) throw engineErrorToHttp(answer.error, mapping);
  return answer.value;
}

/** A 404 for a missing resource, in the same shape. */
export function notFound(message: string, field?: string): MockHttpError {
  return new MockHttpError("not_found", message, field === undefined ? {} : { items: [{ field, code: "NOT_FOUND", message }] });
}

/** A 400 about one field of the request. */
export function badRequest(message: string, field: string, code = "INVALID", index?: number): MockHttpError {
  const item: KiboErrorItem = { field, code, message };
  if (index !== undefined) item.index = index;
  return new MockHttpError("validation_failed", message, { items: [item] });
}
