/**
 * Engine rows → the wire rows of the inventory queries. Kibo's casing quirks live here: `tenantID`,
 * `ltd`, `inventoryID`, `futureInventoryID`, and `onhand` (lower-case h) on future rows.
 *
 * - Regular rows (`InventoryResponse`) carry the granular fields and `inventoryID` only on rows of
 *   granular records (D1), where they are what tells two rows apart.
 * - Real-time rows (`RealtimeInventoryResponse`) always carry `inventoryID`, `active` and
 *   `hasInfiniteInventory`, and their future rows carry `externalID`.
 */
import type { FutureRow, InventoryRow, SegmentRow } from "@kibo-inventory/engine";
import type { Schemas } from "@kibo-inventory/spec";
import { jsonFrozenRecord, jsonProperty } from "../../http/json-text.js";
import type { FieldTable } from "../../mapping/field-table.js";

type InventoryResponse = Schemas["InventoryResponse"];
type RealtimeInventoryResponse = Schemas["RealtimeInventoryResponse"];
type TagQuantity = Schemas["TagQuantity"];
type RealtimeTagQuantity = Schemas["RealtimeTagQuantity"];
type RealtimeFutureInventory = Schemas["RealtimeFutureInventory"];

/** How a row is written. */
export interface RowOptions {
  readonly tenantId: number;
  /** The real-time twin's fields (see the module comment). */
  readonly realtime: boolean;
  /** Attach `attributes` (`includeAttributes`). */
  readonly includeAttributes: boolean;
  /** Write `hasInfiniteInventory` on every row (`includeItemsWithInfiniteInventoryFlag`). @default false */
  readonly includeInfinite?: boolean;
}

/**
 * Each field of a query's wire row (`InventoryResponse` and its real-time twin) and the engine
 * `InventoryRow` field it is written from; `null`: not from the row (see the line's comment).
 * Shown only on rows of granular records or real-time rows: `inventoryID` and the granular fields;
 * only on real-time rows: `active`; on real-time rows and when the query asked
 * `includeItemsWithInfiniteInventoryFlag`: `hasInfiniteInventory`; only with `includeAttributes`:
 * `attributes`.
 */
export const INVENTORY_ROW_FIELDS = {
  tenantID: null, // the caller's tenant (RowOptions.tenantId)
  locationCode: "locationCode",
  locationName: "locationName",
  upc: "upc",
  partNumber: "partNumber",
  inventoryID: "inventoryId",
  sku: "sku",
  lotCode: "lotCode",
  date: "date",
  condition: "condition",
  serialNumber: "serialNumber",
  active: "active",
  hasInfiniteInventory: "hasInfiniteInventory",
  onHand: "onHand",
  available: "available",
  allocated: "allocated",
  pending: "pending",
  floor: "floor",
  safetyStock: "safetyStock",
  ltd: "ltd",
  directShip: "directShip",
  pickup: "pickup",
  transferEnabled: "transferEnabled",
  countryCode: "countryCode",
  retailPrice: "retailPrice",
  currencyID: "currencyId", // an integer on the wire; a non-numeric engine currency id is left out
  inventoryLocatorName: "inventoryLocatorName",
  attributes: "attributes",
  taggedInventory: "taggedInventory", // SEGMENT_ROW_FIELDS
  futureInventory: "futureInventory", // FUTURE_ROW_FIELDS
  distance: null, // not modelled (no geography)
  blockAssignment: null, // not modelled on rows
  externalID: null, // on future rows only
  success: null, // BaseResponse: not on rows
  messages: null,
  numResults: null,
} as const satisfies FieldTable<InventoryResponse & RealtimeInventoryResponse, InventoryRow>;

/** Each field of a wire segment row (`TagQuantity` and its real-time twin) and the engine's. */
export const SEGMENT_ROW_FIELDS = {
  tags: "tags",
  onHand: "onHand",
  available: "available",
  allocated: "allocated",
  pending: "pending",
  futureInventory: "futureInventory", // FUTURE_ROW_FIELDS
} as const satisfies FieldTable<TagQuantity & RealtimeTagQuantity, SegmentRow>;

/** Each field of a wire future row (`FutureInventory`, `RealtimeFutureInventory`) and the engine's. */
export const FUTURE_ROW_FIELDS = {
  futureInventoryID: "futureInventoryId",
  onhand: "onHand", // lower-case h on the wire
  available: "available",
  allocated: "allocated",
  pending: "pending",
  type: "type",
  deliveryDate: "deliveryDate",
  createDate: "createDate",
  externalID: "externalId", // real-time rows only
  bopisProcessingTimeHours: null, // not modelled
  sthProcessingTimeHours: null, // not modelled
  receiveProcessingTimeHours: null, // not modelled
} as const satisfies FieldTable<RealtimeFutureInventory, FutureRow>;

const isGranular = (r: InventoryRow): boolean =>
  r.sku !== undefined || r.lotCode !== undefined || r.condition !== undefined || r.serialNumber !== undefined || r.date !== undefined;

/** `currencyID` is an integer on the wire; a non-numeric currency id is left out. */
function currencyId(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

// ---- The rows written directly as JSON text (the query's hot path)
// Every property goes through `jsonProperty` (which leaves out what JSON.stringify leaves out).
// inventory-rows.test.ts checks the writers against the field tables above, field by field.

function futureRowJson(f: FutureRow, realtime: boolean): string {
  const out =
    jsonProperty(',"futureInventoryID":', f.futureInventoryId) +
    jsonProperty(',"onhand":', f.onHand) +
    jsonProperty(',"available":', f.available) +
    jsonProperty(',"allocated":', f.allocated) +
    jsonProperty(',"pending":', f.pending) +
    jsonProperty(',"type":', f.type) +
    jsonProperty(',"deliveryDate":', f.deliveryDate) +
    jsonProperty(',"createDate":', f.createDate) +
    (realtime ? jsonProperty(',"externalID":', f.externalId) : "");
  return `{${out.slice(1)}}`;
}

function futureRowsJson(rows: readonly FutureRow[], realtime: boolean): string {
  let out = "[";
  for (let i = 0; i < rows.length; i++) out += (i === 0 ? "" : ",") + futureRowJson(rows[i] as FutureRow, realtime);
  return `${out}]`;
}

function segmentRowJson(s: SegmentRow, realtime: boolean): string {
  return (
    `{"tags":${jsonFrozenRecord(s.tags)}` +
    jsonProperty(',"onHand":', s.onHand) +
    jsonProperty(',"available":', s.available) +
    jsonProperty(',"allocated":', s.allocated) +
    jsonProperty(',"pending":', s.pending) +
    (s.futureInventory === undefined ? "}" : `,"futureInventory":${futureRowsJson(s.futureInventory, realtime)}}`)
  );
}

/** One engine row as a wire row of the regular or the real-time query, as JSON text. */
function wireRowJson(r: InventoryRow, options: RowOptions): string {
  let out =
    jsonProperty('{"tenantID":', options.tenantId) +
    jsonProperty(',"locationCode":', r.locationCode) +
    jsonProperty(',"locationName":', r.locationName) +
    jsonProperty(',"upc":', r.upc) +
    jsonProperty(',"partNumber":', r.partNumber);
  if (options.realtime || isGranular(r)) {
    out +=
      jsonProperty(',"inventoryID":', r.inventoryId) +
      jsonProperty(',"sku":', r.sku) +
      jsonProperty(',"lotCode":', r.lotCode) +
      jsonProperty(',"date":', r.date) +
      jsonProperty(',"condition":', r.condition) +
      jsonProperty(',"serialNumber":', r.serialNumber);
  }
  if (options.realtime) out += jsonProperty(',"active":', r.active);
  if (options.realtime || options.includeInfinite === true) out += jsonProperty(',"hasInfiniteInventory":', r.hasInfiniteInventory);
  out +=
    jsonProperty(',"onHand":', r.onHand) +
    jsonProperty(',"available":', r.available) +
    jsonProperty(',"allocated":', r.allocated) +
    jsonProperty(',"pending":', r.pending) +
    jsonProperty(',"floor":', r.floor) +
    jsonProperty(',"safetyStock":', r.safetyStock) +
    jsonProperty(',"ltd":', r.ltd) +
    jsonProperty(',"directShip":', r.directShip) +
    jsonProperty(',"pickup":', r.pickup) +
    jsonProperty(',"transferEnabled":', r.transferEnabled) +
    jsonProperty(',"countryCode":', r.countryCode) +
    jsonProperty(',"retailPrice":', r.retailPrice) +
    jsonProperty(',"currencyID":', currencyId(r.currencyId)) +
    jsonProperty(',"inventoryLocatorName":', r.inventoryLocatorName) +
    (options.includeAttributes && r.attributes ? jsonProperty(',"attributes":', r.attributes) : "") +
    ',"taggedInventory":[';
  const segments = r.taggedInventory;
  for (let i = 0; i < segments.length; i++) out += (i === 0 ? "" : ",") + segmentRowJson(segments[i] as SegmentRow, options.realtime);
  out += r.futureInventory === undefined ? "]}" : `],"futureInventory":${futureRowsJson(r.futureInventory, options.realtime)}}`;
  return out;
}

/** Engine rows as the JSON array of wire rows. */
export function wireRowsJson(rows: readonly InventoryRow[], options: RowOptions): string {
  let out = "[";
  for (let i = 0; i < rows.length; i++) out += (i === 0 ? "" : ",") + wireRowJson(rows[i] as InventoryRow, options);
  return `${out}]`;
}
