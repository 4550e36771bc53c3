/**
 * D3: one safety stock per UPC-location. Kibo: safety stock set on a granular record "will be
 * applied to all inventory records associated with that UPC-Location". Setting it on one granular
 * record sets it on every record of the (location, UPC) (refresh-adjust.ts), a record created there
 * later inherits it (internal/draft/write-draft.ts), and availability subtracts it once per
 * (location, UPC) — once per segment when the question names tags — never once per record.
 */
import type { InventoryRecord } from "./records.js";

/**
 * The safety stock of a (location, UPC): the largest of its records' (they are all equal once set
 * through a granular record; a plain record's own value counts too).
 */
export function slotSafetyStock(records: readonly InventoryRecord[]): number {
  let safety = 0;
  for (const r of records) if (r.details.safetyStock > safety) safety = r.details.safetyStock;
  return safety;
}
