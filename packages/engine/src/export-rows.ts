/**
 * The rows of an inventory export, in the terms of the import file (one row sets onHand of one
 * record's segment), so that importing an export gives the same stock back. Percentage categories
 * (D7) are written pooled: the category is left out and the row holds the sum of its values, which
 * the import splits again by the same percentages.
 */
import { keyToTags } from "./segment.js";
import { stockedSlots } from "./record-reads.js";
import type { InventoryRecord } from "./records.js";
import type { InventoryState } from "./state.js";
import { activeCategories, isPercentageCategory } from "./tags.js";

/** How several locations' values of one field become one (aggregate exports). */
export type AggregateMode = "MAX" | "MIN" | "AVG" | "SUM";

/** What goes into an export. */
export interface ExportRowOptions {
  /** LOCATION: a row per record and segment, with its location; AGGREGATE: summed over locations, no location. */
  readonly exportType: "LOCATION" | "AGGREGATE";
  /** Only active locations. @default false */
  readonly onlyActiveLocations?: boolean;
  /** Only locations with Direct Ship / pickup / transfer enabled. @default false */
  readonly directShip?: boolean;
  readonly pickup?: boolean;
  readonly transfer?: boolean;
  /** Aggregate exports: how safetyStock, floor and ltd combine. @default "SUM" each */
  readonly safetyStock?: AggregateMode;
  readonly floor?: AggregateMode;
  readonly ltd?: AggregateMode;
}

/** One row of an export, in the import file's terms (`quantity` is onHand). */
export interface ExportRow {
  readonly locationCode?: string;
  readonly upc: string;
  readonly partNumber?: string;
  readonly sku?: string;
  readonly quantity: number;
  readonly safetyStock: number;
  readonly floor: number;
  readonly ltd: number;
  readonly lotCode?: string;
  readonly date?: string;
  readonly condition?: string;
  readonly serialNumber?: string;
  readonly hasInfiniteInventory: boolean;
  /** Discrete categories only, by name. */
  readonly tags: Readonly<Record<string, string>>;
}

/** A row before its location fields are combined (aggregate) or kept (location). */
type Row = { -readonly [K in keyof ExportRow]: ExportRow[K] };

function combine(mode: AggregateMode, values: readonly number[]): number {
  if (mode === "MAX") return Math.max(...values);
  if (mode === "MIN") return Math.min(...values);
  const sum = values.reduce((a, v) => a + v, 0);
  return mode === "SUM" ? sum : Math.round(sum / values.length);
}

function recordRows(state: InventoryState, locationCode: string, upc: string, record: InventoryRecord, pooled: ReadonlySet<string>): Row[] {
  const d = record.details;
  const base: Row = { locationCode, upc, quantity: 0, safetyStock: d.safetyStock, floor: d.floor, ltd: d.ltd, hasInfiniteInventory: d.hasInfiniteInventory, tags: {} };
  if (d.partNumber !== undefined) base.partNumber = d.partNumber;
  const g = record.granular;
  if (g?.sku !== undefined) base.sku = g.sku;
  if (g?.lotCode !== undefined) base.lotCode = g.lotCode;
  if (g?.date !== undefined) base.date = g.date;
  if (g?.condition !== undefined) base.condition = g.condition;
  if (g?.serialNumber !== undefined) base.serialNumber = g.serialNumber;
  if (record.segments.length === 0) return [base];
  const bySegment = new Map<string, Row>();
  for (const segment of record.segments) {
    const tags: Record<string, string> = {};
    for (const [name, value] of Object.entries(keyToTags(state.tagCategories, segment.key)))
      if (!pooled.has(name)) Object.defineProperty(tags, name, { value, enumerable: true, writable: true, configurable: true });
    const id = JSON.stringify(Object.entries(tags));
    const row = bySegment.get(id);
    if (row) row.quantity += segment.onHand;
    else bySegment.set(id, { ...base, quantity: segment.onHand, tags });
  }
  return [...bySegment.values()];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The tenant's inventory as export rows, sorted by location, product and record. Records made only
 * by an allocation (`implicit`) are left out; so are locations the options or the location's own
 * `includeInLocationExport` / `includeInAggregate` flag exclude.
 * @example exportRows(state, { exportType: "LOCATION" }) // [{ locationCode: "WH1", upc: "A-1", quantity: 5, tags: { Channel: "Web" }, … }]
 */
export function exportRows(state: InventoryState, options: ExportRowOptions): ExportRow[] {
  const pooled = new Set(activeCategories(state.tagCategories).filter(isPercentageCategory).map((c) => c.name));
  const rows: Row[] = [];
  const slots = stockedSlots(state).sort((a, b) => byText(a.locationCode, b.locationCode) || byText(a.upc, b.upc));
  for (const slot of slots) {
    const location = state.locations.get(slot.locationCode);
    if (!location) continue;
    if (options.exportType === "LOCATION" ? !location.includeInLocationExport : !location.includeInAggregate) continue;
    if (options.onlyActiveLocations === true && !location.active) continue;
    if ((options.directShip === true && !location.directShip) || (options.pickup === true && !location.pickup) || (options.transfer === true && !location.transferEnabled)) continue;
    for (const record of [...slot.records].sort((a, b) => a.inventoryId - b.inventoryId))
      if (!record.details.implicit) rows.push(...recordRows(state, slot.locationCode, slot.upc, record, pooled));
  }
  return options.exportType === "LOCATION" ? rows : aggregate(rows, options);
}

/** Sums rows over locations per (product, granular key, segment); other fields combine by mode. */
function aggregate(rows: readonly Row[], options: ExportRowOptions): ExportRow[] {
  const groups = new Map<string, Row[]>();
  for (const { locationCode: _l, ...row } of rows) {
    const key = JSON.stringify([row.upc, row.partNumber, row.sku, row.lotCode, row.date, row.condition, row.serialNumber, Object.entries(row.tags)]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()]
    .map((group) => {
      const first = group[0] as Row;
      return {
        ...first,
        quantity: group.reduce((a, r) => a + r.quantity, 0),
        safetyStock: combine(options.safetyStock ?? "SUM", group.map((r) => r.safetyStock)),
        floor: combine(options.floor ?? "SUM", group.map((r) => r.floor)),
        ltd: combine(options.ltd ?? "SUM", group.map((r) => r.ltd)),
        hasInfiniteInventory: group.some((r) => r.hasInfiniteInventory),
      };
    })
    .sort((a, b) => byText(a.upc, b.upc));
}
