/** Stock level buckets (DESIGN D3). */
export type StockStatus = "IN_STOCK" | "LOW_STOCK" | "OUT_OF_STOCK";

/**
 * Buckets an available quantity: ≤ 0 is `OUT_OF_STOCK`, below the safety stock is `LOW_STOCK`,
 * anything else `IN_STOCK`.
 *
 * @example
 * stockStatus(3, 5); // "LOW_STOCK"
 * stockStatus(0, 5); // "OUT_OF_STOCK"
 * @see docs/semantics.md (DESIGN D3–D9)
 */
export function stockStatus(available: number, safetyStock = 0): StockStatus {
  if (!(available > 0)) return "OUT_OF_STOCK";
  if (available < safetyStock) return "LOW_STOCK";
  return "IN_STOCK";
}
