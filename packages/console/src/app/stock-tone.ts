/**
 * How a row or segment is highlighted, as in Kibo's Inventory UI: red when nothing is available,
 * yellow when less than the record's safety stock is.
 */
export type StockTone = "out" | "low" | "ok";

/** `out` at 0 (or below) available, `low` below the safety stock, else `ok`. */
export function stockTone(available: number, safetyStock: number): StockTone {
  if (available <= 0) return "out";
  if (available < safetyStock) return "low";
  return "ok";
}

/** What a screen reader hears for a tone. */
export const TONE_LABEL: Readonly<Record<StockTone, string>> = {
  out: "none available",
  low: "below safety stock",
  ok: "in stock",
};
