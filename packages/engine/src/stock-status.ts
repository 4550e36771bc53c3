/** Stock status (D3). */

export type StockStatus = "IN_STOCK" | "LOW_STOCK" | "OUT_OF_STOCK";

/**
 * `available ≤ 0` → OUT_OF_STOCK; `0 < available < safetyStock` → LOW_STOCK; else IN_STOCK.
 * @example stockStatus(3, 5) // "LOW_STOCK"
 */
export function stockStatus(available: number, safetyStock: number): StockStatus {
  if (available <= 0) return "OUT_OF_STOCK";
  if (available < safetyStock) return "LOW_STOCK";
  return "IN_STOCK";
}
