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
import { compact } from "../shared/compact.js";

type InventoryResponse = Schemas["InventoryResponse"];
type RealtimeInventoryResponse = Schemas["RealtimeInventoryResponse"];
type FutureInventory = Schemas["FutureInventory"];
type RealtimeFutureInventory = Schemas["RealtimeFutureInventory"];

/** How a row is written. */
export interface RowOptions {
  readonly tenantId: number;
  /** The real-time twin's fields (see the module comment). */
  readonly realtime: boolean;
  /** Attach `attributes` (`includeAttributes`). */
  readonly includeAttributes: boolean;
}

function futureRow(f: FutureRow, realtime: boolean): RealtimeFutureInventory {
  const row: FutureInventory = {
    futureInventoryID: f.futureInventoryId,
    onhand: f.onHand,
    available: f.available,
    allocated: f.allocated,
    pending: f.pending,
    type: f.type,
    deliveryDate: f.deliveryDate,
    createDate: f.createDate,
  };
  return realtime && f.externalId !== undefined ? { ...row, externalID: f.externalId } : row;
}

function segmentRow(s: SegmentRow, realtime: boolean): NonNullable<InventoryResponse["taggedInventory"]>[number] {
  return {
    tags: { ...s.tags },
    onHand: s.onHand,
    available: s.available,
    allocated: s.allocated,
    pending: s.pending,
    ...(s.futureInventory === undefined ? {} : { futureInventory: s.futureInventory.map((f) => futureRow(f, realtime)) }),
  };
}

const isGranular = (r: InventoryRow): boolean =>
  r.sku !== undefined || r.lotCode !== undefined || r.condition !== undefined || r.serialNumber !== undefined || r.date !== undefined;

/** `currencyID` is an integer on the wire; a non-numeric currency id is left out. */
function currencyId(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** One engine row as a wire row of the regular or the real-time query. */
export function toWireRow(r: InventoryRow, options: RowOptions): InventoryResponse & RealtimeInventoryResponse {
  const showGranular = options.realtime || isGranular(r);
  const granular = showGranular
    ? compact({ inventoryID: r.inventoryId, sku: r.sku, lotCode: r.lotCode, date: r.date, condition: r.condition, serialNumber: r.serialNumber })
    : {};
  return {
    tenantID: options.tenantId,
    locationCode: r.locationCode,
    locationName: r.locationName,
    upc: r.upc,
    ...compact({ partNumber: r.partNumber }),
    ...granular,
    ...(options.realtime ? { active: r.active, hasInfiniteInventory: r.hasInfiniteInventory } : {}),
    onHand: r.onHand,
    available: r.available,
    allocated: r.allocated,
    pending: r.pending,
    floor: r.floor,
    safetyStock: r.safetyStock,
    ltd: r.ltd,
    directShip: r.directShip,
    pickup: r.pickup,
    transferEnabled: r.transferEnabled,
    ...compact({
      countryCode: r.countryCode,
      retailPrice: r.retailPrice,
      currencyID: currencyId(r.currencyId),
      inventoryLocatorName: r.inventoryLocatorName,
      attributes: options.includeAttributes && r.attributes ? [...r.attributes] : undefined,
    }),
    taggedInventory: r.taggedInventory.map((s) => segmentRow(s, options.realtime)),
    ...(r.futureInventory === undefined ? {} : { futureInventory: r.futureInventory.map((f) => futureRow(f, options.realtime)) }),
  };
}

// ---- The same rows written directly as JSON text (the query's hot path)
// Every property goes through `jsonProperty` (which leaves out what JSON.stringify leaves out), in
// the order `toWireRow` builds it; a test compares the two on every kind of row.

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

/** `JSON.stringify(toWireRow(r, options))`, written directly (same properties, same order). */
export function wireRowJson(r: InventoryRow, options: RowOptions): string {
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
  if (options.realtime) {
    out += jsonProperty(',"active":', r.active) + jsonProperty(',"hasInfiniteInventory":', r.hasInfiniteInventory);
  }
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

/** `JSON.stringify(rows.map((r) => toWireRow(r, options)))`, written directly. */
export function wireRowsJson(rows: readonly InventoryRow[], options: RowOptions): string {
  let out = "[";
  for (let i = 0; i < rows.length; i++) out += (i === 0 ? "" : ",") + wireRowJson(rows[i] as InventoryRow, options);
  return `${out}]`;
}
