import { beforeEach, describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { applyDueFutureInventory, deleteFutureInventory, futureRecordsFor, moveFutureDate } from "./future-inventory.js";
import { getSlot } from "./internal/stored-slot.js";
import { recordTotals } from "./records.js";
import { adjust, refresh } from "./refresh-adjust.js";
import { DAY, given, type Given, location, must, NOW, refreshed } from "./testing/given.js";

const JULY = "2024-07-01T00:00:00Z";
const JULY_MS = Date.UTC(2024, 6, 1);

describe("D18 future inventory", () => {
  let g: Given;
  beforeEach(() => {
    g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 2 }, { upc: "U", quantity: 10, deliveryDate: JULY, externalId: "PO-1" }]));
  });

  it("an item with deliveryDate creates a future record, not current stock", () => {
    expect(recordTotals(getSlot(g.state, "U", "L1")[0] ?? { inventoryId: 0, granular: null, details: {} as never, segments: [] }).onHand).toBe(2);
    expect(futureRecordsFor(g.state, "U")).toMatchObject([{ externalId: "PO-1", onHand: 10, type: "REFRESH", deliveryDate: "2024-07-01T00:00:00.000Z" }]);
  });

  it("refresh with the same externalId sets, adjust changes; below 0 is refused", () => {
    const a = must(adjust(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 5, deliveryDate: JULY, externalId: "PO-1" }] }, NOW)).state;
    expect(futureRecordsFor(a, "U")).toMatchObject([{ onHand: 15, type: "ADJUST" }]);
    const r = must(refresh(a, { locationCode: "L1", items: [{ upc: "U", quantity: 1, deliveryDate: JULY, externalId: "PO-1" }] }, NOW)).state;
    expect(futureRecordsFor(r, "U")).toMatchObject([{ onHand: 1, type: "REFRESH" }]);
    const bad = adjust(r, { locationCode: "L1", items: [{ upc: "U", quantity: -2, deliveryDate: JULY, externalId: "PO-1" }] }, NOW);
    expect(bad.ok ? "" : bad.error.details[0]?.code).toBe("negative_future");
  });

  it("granular future records: kept apart by their granular fields, they arrive as the matching granular record", () => {
    // Kibo: granular fields "can also be used in combination with External IDs on future inventory".
    let s = must(refresh(g.state, { locationCode: "L1", items: [
      { upc: "U", quantity: 3, lotCode: "LOT-A" },
      { upc: "U", quantity: 4, deliveryDate: JULY, externalId: "PO-2", lotCode: "LOT-A" },
      { upc: "U", quantity: 6, deliveryDate: JULY, externalId: "PO-2", lotCode: "LOT-B", date: "2025-01-31" },
    ] }, NOW)).state;
    expect(futureRecordsFor(s, "U").map((f) => [f.externalId, f.granular?.lotCode ?? "-", f.onHand])).toEqual([
      ["PO-1", "-", 10],
      ["PO-2", "LOT-A", 4],
      ["PO-2", "LOT-B", 6],
    ]);
    // An adjust names its future record by externalId *and* granular fields.
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, deliveryDate: JULY, externalId: "PO-2", lotCode: "LOT-B", date: "2025-01-31" }] }, NOW)).state;
    expect(futureRecordsFor(s, "U").map((f) => f.onHand)).toEqual([10, 4, 7]);
    const due = must(applyDueFutureInventory(s, JULY_MS)).state;
    const byLot = getSlot(due, "U", "L1").map((r) => `${r.granular?.lotCode ?? "-"}${r.granular?.date === undefined ? "" : `@${r.granular.date.slice(0, 10)}`}=${recordTotals(r).onHand}`);
    expect(byLot.sort()).toEqual(["-=12", "LOT-A=7", "LOT-B@2025-01-31=7"]);
    expect(futureRecordsFor(due, "U")).toEqual([]);
  });

  it("units become current when the clock reaches the delivery date, releasing pending", () => {
    const s = must(allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 5 }] }, NOW)).state;
    const early = must(applyDueFutureInventory(s, JULY_MS - 1));
    expect(early.value).toEqual([]);
    const due = must(applyDueFutureInventory(s, JULY_MS));
    expect(due.value.map((f) => f.externalId)).toEqual(["PO-1"]);
    expect(getSlot(due.state, "U", "L1").map(recordTotals)).toEqual([{ onHand: 12, allocated: 5, pending: 0, available: 7 }]);
    expect(futureRecordsFor(due.state, "U")).toEqual([]);
  });

  it("moving the date; unknown ids are 404", () => {
    const id = futureRecordsFor(g.state, "U")[0]?.futureInventoryId ?? 0;
    const moved = must(moveFutureDate(g.state, id, "2024-06-01T00:00:00Z", NOW));
    expect(futureRecordsFor(moved.state, "U")).toEqual([]);
    expect(getSlot(moved.state, "U", "L1").map((r) => recordTotals(r).onHand)).toEqual([12]);
    const r = moveFutureDate(g.state, 999, JULY, NOW);
    expect(r.ok ? "" : r.error.code).toBe("not_found");
  });

  it("delete by window and externalId", () => {
    const none = must(deleteFutureInventory(g.state, { futureStartDate: "2024-08-01", futureEndDate: "2024-09-01" }));
    expect(none.value).toEqual([]);
    const dry = must(deleteFutureInventory(g.state, { futureStartDate: "2024-06-01", futureEndDate: "2024-08-01", externalIds: ["PO-1"], dryRun: true }));
    expect(dry.value).toHaveLength(1);
    expect(futureRecordsFor(dry.state, "U")).toHaveLength(1);
    const del = must(deleteFutureInventory(g.state, { futureStartDate: "2024-06-01", futureEndDate: "2024-08-01" }));
    expect(futureRecordsFor(del.state, "U")).toEqual([]);
    expect(JULY_MS - NOW).toBeGreaterThan(DAY);
  });
});
