/**
 * D3 pinned through the public surface: a (location, UPC)'s safety stock is the largest of its
 * records' values, wherever that record sits in the slot (a plain record keeps its own value).
 */
import { describe, expect, it } from "vitest";
import { createState, getAvailability, type InventoryState, recordsAt, refresh, saveLocation } from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

describe("D3 the safety stock of a (location, UPC)", () => {
  it("is the largest of its records' values, also when a later record holds less", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10, lotCode: "A", safetyStock: 5 }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10, safetyStock: 2 }] }, NOW));
    expect(recordsAt(s, "U", "L1").map((r) => `${r.granular?.lotCode ?? "-"}:${r.details.safetyStock}`)).toEqual(["A:5", "-:2"]);
    const r = getAvailability(s, { upcs: ["U"] }, NOW);
    expect(r.ok && r.value[0]?.locations.map((l) => [l.ats, l.safetyStock])).toEqual([[15, 5]]);
  });
});
