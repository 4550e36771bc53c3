/**
 * Inline edits of the grid, sent as Kibo refreshes through the SDK: onHand of a record (or of one
 * of its segments) and the record's safety stock. A refresh sets quantities absolutely, so every
 * edit names the record's granular fields and the segment's tags.
 */
import { unwrap } from "@kibo-inventory/sdk";
import type { ConsoleApi } from "../api.js";
import type { InventoryRow, SegmentRow } from "./inventory-rows.js";

function granularOf(row: InventoryRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of ["sku", "lotCode", "condition", "serialNumber", "date"] as const) {
    const value = row[field];
    if (value !== undefined && value !== null && value !== "") out[field] = value;
  }
  return out;
}

/** Sets onHand of `segment` (or of the whole row when it has no tags), keeping the safety stock. */
export async function setOnHand(api: ConsoleApi, row: InventoryRow, segment: SegmentRow | undefined, quantity: number): Promise<void> {
  const tags = segment?.tags && Object.keys(segment.tags).length > 0 ? { tags: { ...segment.tags } } : {};
  await unwrap(
    api.inventory.POST("/commerce/inventory/v5/inventory/refresh", {
      body: { locationCode: row.locationCode, items: [{ upc: row.upc, quantity, ...granularOf(row), ...tags }] },
    }),
  );
}

/** Sets the record's safety stock; the quantity of its first segment is sent unchanged. */
export async function setSafetyStock(api: ConsoleApi, row: InventoryRow, safetyStock: number): Promise<void> {
  const first = row.taggedInventory?.[0];
  const tags = first?.tags && Object.keys(first.tags).length > 0 ? { tags: { ...first.tags } } : {};
  const quantity = first?.onHand ?? row.onHand;
  await unwrap(
    api.inventory.POST("/commerce/inventory/v5/inventory/refresh", {
      body: { locationCode: row.locationCode, items: [{ upc: row.upc, quantity, safetyStock, ...granularOf(row), ...tags }] },
    }),
  );
}
