/**
 * Inline edits of the grid, sent as Kibo refreshes through the SDK: onHand of a record (or of one
 * of its segments) and the record's safety stock. A refresh sets quantities absolutely, so every
 * edit names the record's granular fields and the segment's tags. A percentage category (D6) can't
 * be addressed: the edit leaves it out and sets the total of the segments it splits.
 */
import { unwrap } from "@kibo-inventory/sdk";
import type { ConsoleApi } from "../api.js";
import type { InventoryRow, SegmentRow } from "./inventory-rows.js";

/** The segments one refresh item sets: their shared tags (percentage categories left out), their total onHand. */
export interface SegmentGroup {
  readonly tags: Readonly<Record<string, string>>;
  readonly onHand: number;
  /** The percentage categories that split the total, empty when the group is one segment. */
  readonly splitBy: readonly string[];
}

/** The group `segment` belongs to (the whole record when it has no segments). */
export function segmentGroup(row: InventoryRow, segment: SegmentRow | undefined, percentCategories: ReadonlySet<string>): SegmentGroup {
  if (segment === undefined) return { tags: {}, onHand: row.onHand, splitBy: [] };
  const all = segment.tags ?? {};
  const tags = Object.fromEntries(Object.entries(all).filter(([name]) => !percentCategories.has(name)));
  const splitBy = Object.keys(all).filter((name) => percentCategories.has(name));
  const same = (other: SegmentRow): boolean => Object.entries(tags).every(([name, value]) => other.tags?.[name] === value);
  const onHand = splitBy.length === 0 ? segment.onHand : (row.taggedInventory ?? []).filter(same).reduce((sum, s) => sum + s.onHand, 0);
  return { tags, onHand, splitBy };
}

function granularOf(row: InventoryRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of ["sku", "lotCode", "condition", "serialNumber", "date"] as const) {
    const value = row[field];
    if (value !== undefined && value !== null && value !== "") out[field] = value;
  }
  return out;
}

async function refreshOne(api: ConsoleApi, row: InventoryRow, group: SegmentGroup, quantity: number, safetyStock?: number): Promise<void> {
  const tags = Object.keys(group.tags).length > 0 ? { tags: { ...group.tags } } : {};
  const safety = safetyStock === undefined ? {} : { safetyStock };
  await unwrap(
    api.inventory.POST("/commerce/inventory/v5/inventory/refresh", {
      body: { locationCode: row.locationCode, items: [{ upc: row.upc, quantity, ...safety, ...granularOf(row), ...tags }] },
    }),
  );
}

/** Sets onHand of a segment group (or of the whole untagged record). */
export function setOnHand(api: ConsoleApi, row: InventoryRow, group: SegmentGroup, quantity: number): Promise<void> {
  return refreshOne(api, row, group, quantity);
}

/** Sets the record's safety stock; the onHand of its first segment group is sent unchanged. */
export function setSafetyStock(api: ConsoleApi, row: InventoryRow, percentCategories: ReadonlySet<string>, safetyStock: number): Promise<void> {
  const group = segmentGroup(row, row.taggedInventory?.[0], percentCategories);
  return refreshOne(api, row, group, group.onHand, safetyStock);
}
