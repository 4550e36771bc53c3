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
import { compact } from "./compact.js";

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
