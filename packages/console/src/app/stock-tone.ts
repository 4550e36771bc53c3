/**
 * How a row or segment is highlighted, as in Kibo's Inventory UI: red when nothing is available,
 * yellow when less than the record's safety stock is. The rule is the SDK's `stockStatus()`, so the
 * console and a storefront built on the SDK (examples/storefront) colour stock the same way.
 */
import { type StockStatus, stockStatus } from "@kibo-inventory/sdk";

export type StockTone = "out" | "low" | "ok";

const TONE: Readonly<Record<StockStatus, StockTone>> = { OUT_OF_STOCK: "out", LOW_STOCK: "low", IN_STOCK: "ok" };

/** `out` at 0 (or below) available, `low` below the safety stock, else `ok`. */
export function stockTone(available: number, safetyStock: number): StockTone {
  return TONE[stockStatus(available, safetyStock)];
}

/** What a screen reader hears for a tone. */
export const TONE_LABEL: Readonly<Record<StockTone, string>> = {
  out: "none available",
  low: "below safety stock",
  ok: "in stock",
};
