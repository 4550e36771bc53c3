import { describe, expect, it } from "vitest";
import { aggregateInventory } from "./aggregate.js";
import { getAvailability } from "./availability.js";
import { applyDueFutureInventory } from "./future-inventory.js";
import { getSlot } from "./internal/stored-slot.js";
import { refresh } from "./refresh-adjust.js";
import type { InventoryState } from "./state.js";
import { given, location, must, NOW, refreshed } from "./testing/given.js";

const ats = (s: InventoryState, ignoreSafetyStock = false) => {
  const r = getAvailability(s, { upcs: ["U"], ignoreSafetyStock }, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0]?.ats;
};
const safetyByLot = (s: InventoryState) => getSlot(s, "U", "L1").map((r) => `${r.granular?.lotCode ?? "-"}:${r.details.safetyStock}`);

describe("D3 one safety stock per UPC-location (docs/semantics.md › D3)", () => {
  const lots = [
    { upc: "U", quantity: 10, lotCode: "A", safetyStock: 5 },
    { upc: "U", quantity: 10, lotCode: "B" },
    { upc: "U", quantity: 10, lotCode: "C" },
  ];

  it("3 lots × 10 with safety stock 5 → ATS 25 (subtracted once, not once per lot)", () => {
    const g = given(location("L1"), refreshed("L1", lots));
    expect(safetyByLot(g.state)).toEqual(["A:5", "B:5", "C:5"]);
    expect(ats(g.state)).toBe(25);
    expect(ats(g.state, true)).toBe(30);
    const agg = aggregateInventory(g.state, { items: [{ upc: "U" }] });
    expect(agg.ok && agg.value[0]).toMatchObject({ available: 25, safetyStock: 5 });
  });

  it("a granular record created later inherits it, by refresh and by a future arrival", () => {
    const g = given(location("L1"), refreshed("L1", lots));
    const later = must(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 10, lotCode: "D" }] }, NOW)).state;
    expect(safetyByLot(later)).toEqual(["A:5", "B:5", "C:5", "D:5"]);
    expect(ats(later)).toBe(35);
    const future = must(refresh(later, { locationCode: "L1", items: [{ upc: "U", quantity: 2, lotCode: "E", deliveryDate: "2024-06-01T00:00:00Z" }] }, NOW)).state;
    const arrived = must(applyDueFutureInventory(future, NOW)).state;
    expect(safetyByLot(arrived)).toContain("E:5");
  });

  it("changing it on one record changes it for every record; 0 clears it", () => {
    const g = given(location("L1"), refreshed("L1", lots));
    const zero = must(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", lotCode: "C", safetyStock: 0 }] }, NOW)).state;
    expect(safetyByLot(zero)).toEqual(["A:0", "B:0", "C:0"]);
    expect(ats(zero)).toBe(30);
  });

  it("ATS is clamped once for the UPC-location: 3 units under safety stock 5 → 0, or −2 with includeNegative", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 2, lotCode: "A", safetyStock: 5 }, { upc: "U", quantity: 1, lotCode: "B" }]));
    expect(ats(g.state)).toBe(0);
    const r = getAvailability(g.state, { upcs: ["U"], includeNegative: true }, NOW);
    expect(r.ok && r.value[0]?.ats).toBe(-2);
  });
});
