import { beforeEach, describe, expect, it } from "vitest";
import type { InventoryState } from "./state.js";
import { allocate } from "./allocation.js";
import { getSlot } from "./internal/stored-slot.js";
import { queryInventory } from "./query.js";
import { exportState, importState } from "./snapshot.js";
import { submitAdjust } from "./jobs.js";
import { setConditionRule } from "./conditions.js";
import { category, given, type Given, location, must, NOW, refreshed } from "./testing/given.js";

describe("snapshots and persistence", () => {
  let g: Given;
  let busy: InventoryState;
  let withRule: InventoryState;
  let full: InventoryState;
  beforeEach(() => {
    g = given(
      location("L1"),
      category("Channel", [{ value: "Web", percent: 60 }, { value: "Store" }]),
      refreshed("L1", [{ upc: "U", quantity: 10 }, { upc: "V", quantity: 1, lotCode: "A", date: "2025-01-01" }, { upc: "U", quantity: 4, deliveryDate: "2024-09-01", externalId: "PO" }]),
    );
    busy = must(allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 9, tags: { Channel: "Web" } }] }, NOW)).state;
    withRule = must(setConditionRule(busy, { condition: "damaged", includeInAvailable: false }, NOW)).state;
    full = must(submitAdjust(withRule, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW, "queued")).state;
  });

  it("an old state stays valid after later commands (snapshot = keep the value)", () => {
    const snapshot = g.state;
    expect(getSlot(busy, "U", "L1")[0]?.segments.some((s) => s.allocated > 0)).toBe(true);
    expect(getSlot(snapshot, "U", "L1")[0]?.segments.every((s) => s.allocated === 0)).toBe(true);
  });

  it("export → JSON → import round-trips exactly, indexes included", () => {
    const data = JSON.parse(JSON.stringify(exportState(full)));
    const restored = importState(data);
    if (!restored.ok) throw new Error("import failed");
    expect(exportState(restored.value)).toEqual(exportState(full));
    expect(queryInventory(restored.value, { locationCode: "L1", includeNegativeInventory: true })).toEqual(queryInventory(full, { locationCode: "L1", includeNegativeInventory: true }));
    expect(restored.value.pendingIndex.size).toBe(full.pendingIndex.size);
    expect(restored.value.pendingIndex.size).toBe(1);
  });

  it("import refuses unknown versions", () => {
    const r = importState({ ...exportState(full), version: 2 as 1 });
    expect(r.ok ? "" : r.error.code).toBe("validation_failed");
  });
});
