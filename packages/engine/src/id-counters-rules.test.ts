/**
 * Ids come from counters kept per kind (docs/semantics.md): handing out one kind of id leaves the
 * others where they were. Pinned for location ids, the one kind no other test reads in sequence.
 */
import { describe, expect, it } from "vitest";
import { createState, getLocation, type InventoryState, refresh, saveLocation, submitAdjust } from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

describe("id counters", () => {
  it("location ids count on their own, whatever inventory, job and other ids were handed out between", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }, { upc: "V", quantity: 1 }, { upc: "W", quantity: 1 }] }, NOW));
    s = must(submitAdjust(s, { locationCode: "L1", items: [{ upc: "X", quantity: 1 }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "Y", quantity: 1 }] }, NOW));
    s = must(saveLocation(s, { code: "L2" }));
    expect([getLocation(s, "L1")?.locationId, getLocation(s, "L2")?.locationId]).toEqual([1, 2]);
  });
});
