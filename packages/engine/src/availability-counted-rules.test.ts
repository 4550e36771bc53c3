/**
 * D16/D17 pinned through the public surface: a location whose every record is left out of the
 * count (expired under `expirationEnabled` and `excludeExpired`) adds no term, so none of its safety stock is subtracted.
 */
import { describe, expect, it } from "vitest";
import { createState, getAvailability, type InventoryState, refresh, saveLocation } from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

describe("ATS of a location with no counted record", () => {
  it("every lot expired and left out: ATS 0, safety stock 0, not −safety stock", () => {
    let s = must(saveLocation(createState({ expirationEnabled: true }), { code: "L1" }));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 4, lotCode: "OLD", date: "2024-06-01", safetyStock: 3 }] }, NOW));
    const r = getAvailability(s, { upcs: ["U"], excludeExpired: true, includeNegative: true }, NOW);
    expect(r.ok && r.value[0]?.locations.map((l) => [l.locationCode, l.ats, l.available, l.safetyStock])).toEqual([["L1", 0, 0, 0]]);
    const counted = getAvailability(s, { upcs: ["U"], includeNegative: true }, NOW);
    expect(counted.ok && counted.value[0]?.locations.map((l) => [l.ats, l.safetyStock])).toEqual([[1, 3]]);
  });
});
