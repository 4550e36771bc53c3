/**
 * The locations a read visits for one upc: those holding a current record of it and, when future
 * units are asked about, those holding a future record of it (D17/D18) — a location whose only stock
 * of the upc is on its way still answers its future units.
 */
import { futureRecordsFor } from "../future-inventory.js";
import type { InventoryState } from "../state.js";

/** Sorted location codes of the upc's current records, plus its future records' when `withFuture`. Cost: O(locations + futures of the upc). */
export function stockLocationCodes(state: InventoryState, upc: string, withFuture: boolean): string[] {
  const codes = new Set(state.records.get(upc)?.keys() ?? []);
  if (withFuture) for (const f of futureRecordsFor(state, upc)) codes.add(f.locationCode);
  return [...codes].sort();
}
