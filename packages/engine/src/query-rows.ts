/** The rows a query answers (Kibo's inventory response, in domain terms) and how they are built. */
import type { FutureRecord } from "./future-record.js";
import type { Mutable } from "./internal/mutable.js";
import type { Location } from "./location.js";
import type { InventoryRecord, Quantities } from "./records.js";
import { segmentTags } from "./segment.js";
import type { InventoryState } from "./state.js";
import { type StockStatus, stockStatus } from "./stock-status.js";

export interface FutureRow {
  readonly futureInventoryId: number;
  readonly externalId?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly deliveryDate: string;
  readonly createDate: string;
  readonly onHand: number;
  readonly available: number;
  readonly allocated: number;
  readonly pending: number;
  readonly type: "REFRESH" | "ADJUST";
}

export interface SegmentRow {
  readonly tags: Readonly<Record<string, string>>;
  readonly onHand: number;
  readonly available: number;
  readonly allocated: number;
  readonly pending: number;
  readonly stockStatus: StockStatus;
  readonly futureInventory?: readonly FutureRow[];
}

export interface InventoryRow {
  readonly inventoryId: number;
  readonly locationCode: string;
  readonly locationName: string;
  readonly upc: string;
  readonly partNumber?: string;
  readonly sku?: string;
  readonly lotCode?: string;
  readonly condition?: string;
  readonly serialNumber?: string;
  readonly date?: string;
  readonly onHand: number;
  readonly available: number;
  readonly allocated: number;
  readonly pending: number;
  readonly safetyStock: number;
  readonly floor: number;
  readonly ltd: number;
  readonly retailPrice?: number;
  readonly currencyId?: string;
  readonly inventoryLocatorName?: string;
  readonly attributes?: readonly string[];
  readonly hasInfiniteInventory: boolean;
  readonly stockStatus: StockStatus;
  readonly active: boolean;
  readonly directShip: boolean;
  readonly pickup: boolean;
  readonly transferEnabled: boolean;
  readonly countryCode?: string;
  readonly taggedInventory: readonly SegmentRow[];
  readonly futureInventory?: readonly FutureRow[];
}

/** A future record as a row. */
export function futureRow(state: InventoryState, f: FutureRecord): FutureRow {
  return {
    futureInventoryId: f.futureInventoryId,
    ...(f.externalId === undefined ? {} : { externalId: f.externalId }),
    tags: segmentTags(state.tagIndex, f.segmentKey),
    deliveryDate: f.deliveryDate,
    createDate: f.createDate,
    onHand: f.onHand,
    available: f.onHand,
    allocated: 0,
    pending: 0,
    type: f.type,
  };
}

/** One result row. Optional fields appear only when defined; key order is the wire order (it shows in JSON). */
export function inventoryRow(
  location: Location,
  upc: string,
  record: InventoryRecord,
  totals: Quantities,
  taggedInventory: readonly SegmentRow[],
): Mutable<InventoryRow> {
  const d = record.details;
  const infinite = d.hasInfiniteInventory;
  const status = infinite ? "IN_STOCK" : stockStatus(totals.available, d.safetyStock);
  const row = {
    inventoryId: record.inventoryId,
    locationCode: location.code,
    locationName: location.name,
    upc,
  } as Mutable<InventoryRow>;
  if (d.partNumber !== undefined) row.partNumber = d.partNumber;
  if (record.granular !== null) Object.assign(row, record.granular);
  row.onHand = totals.onHand;
  row.available = totals.available;
  row.allocated = totals.allocated;
  row.pending = totals.pending;
  row.safetyStock = d.safetyStock;
  row.floor = d.floor;
  row.ltd = d.ltd;
  if (d.retailPrice !== undefined) row.retailPrice = d.retailPrice;
  if (d.currencyId !== undefined) row.currencyId = d.currencyId;
  if (d.inventoryLocatorName !== undefined) row.inventoryLocatorName = d.inventoryLocatorName;
  if (d.attributes !== undefined) row.attributes = d.attributes;
  row.hasInfiniteInventory = infinite;
  row.stockStatus = status;
  row.active = location.active;
  row.directShip = location.directShip;
  row.pickup = location.pickup;
  row.transferEnabled = location.transferEnabled;
  if (location.countryCode !== undefined) row.countryCode = location.countryCode;
  row.taggedInventory = taggedInventory;
  return row;
}
