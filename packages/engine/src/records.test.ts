import { describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { adjust, refresh } from "./refresh-adjust.js";
import { queryInventory } from "./query.js";
import { getAvailability } from "./availability.js";
import { recordTotals } from "./records.js";
import { stockStatus } from "./stock-status.js";
import { getSlot } from "./internal/stored-slot.js";
import { category, given, location, must, NOW, refreshed } from "./testing/given.js";

const rows = (s: Parameters<typeof queryInventory>[0], upc = "UPC1", extra = {}) => {
  const r = queryInventory(s, { items: [{ upc }], includeNegativeInventory: true, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("Kibo's segmentation example (docs: apply tags, view segments)", () => {
  it("homebase: Warehouse 100 + Target 50, 2 allocated to Target → 150/148/2 with segments 100/100/0 and 50/48/2", () => {
    const g = given(
      location("homebase"),
      category("Channel", [{ value: "Warehouse" }, { value: "Target" }]),
      refreshed("homebase", [
        { upc: "UPC1", quantity: 100, tags: { Channel: "Warehouse" } },
        { upc: "UPC1", quantity: 50, tags: { Channel: "Target" } },
      ]),
    );
    const { state } = must(
      allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "UPC1", locationCode: "homebase", quantity: 2, tags: { Channel: "Target" } }] }, NOW),
    );
    const [row] = rows(state);
    expect(row).toMatchObject({ locationCode: "homebase", onHand: 150, available: 148, allocated: 2, pending: 0 });
    expect(row?.taggedInventory.map((t) => [t.tags.Channel, t.onHand, t.available, t.allocated])).toEqual([
      ["Warehouse", 100, 100, 0],
      ["Target", 50, 48, 2],
    ]);
  });
});

describe("D1 record identity and inventory locations", () => {
  it("granular values make distinct records with their own inventoryId", () => {
    const g = given(
      location("L1"),
      refreshed("L1", [
        { upc: "UPC1", quantity: 5 },
        { upc: "UPC1", quantity: 3, lotCode: "LOT-A" },
        { upc: "UPC1", quantity: 2, lotCode: "LOT-A", condition: "used" },
      ]),
    );
    const r = rows(g.state);
    expect(r.map((x) => [x.lotCode, x.condition, x.onHand])).toEqual([
      [undefined, undefined, 5],
      ["LOT-A", undefined, 3],
      ["LOT-A", "used", 2],
    ]);
    expect(new Set(r.map((x) => x.inventoryId)).size).toBe(3);
  });

  it("the same granular key addresses the same record", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 5, lotCode: "A" }]), refreshed("L1", [{ upc: "U", quantity: 7, lotCode: "A" }]));
    expect(getSlot(g.state, "U", "L1")).toHaveLength(1);
    expect(rows(g.state, "U")[0]?.onHand).toBe(7);
  });

  it("writes naming an unknown location fail with location_not_found", () => {
    given().when((s) => refresh(s, { locationCode: "nowhere", items: [{ upc: "U", quantity: 1 }] }, NOW)).expect(({ result }) => {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("location_not_found");
    });
  });

  it("a location without inventory support refuses writes; admin can turn support on", () => {
    const g = given(location("STORE", { supportsInventory: false }));
    const r = adjust(g.state, { locationCode: "STORE", items: [{ upc: "U", quantity: 1 }] }, NOW);
    expect(r.ok ? "" : r.error.code).toBe("location_not_inventory_enabled");
    const on = given(location("STORE", { supportsInventory: false }), location("STORE", { supportsInventory: true }));
    expect(adjust(on.state, { locationCode: "STORE", items: [{ upc: "U", quantity: 1 }] }, NOW).ok).toBe(true);
  });
});

describe("D2 quantities: available = onHand − allocated − pending, totals = segment sums", () => {
  it("record totals are the sums of segments, available may go negative", () => {
    const g = given(
      location("L1"),
      category("Channel", [{ value: "Web" }, { value: "Store" }]),
      refreshed("L1", [
        { upc: "U", quantity: 3, tags: { Channel: "Web" } },
        { upc: "U", quantity: 4, tags: { Channel: "Store" } },
      ]),
    );
    const { state } = must(allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 5, tags: { Channel: "Web" } }] }, NOW));
    const [record] = getSlot(state, "U", "L1");
    expect(record && recordTotals(record)).toEqual({ onHand: 7, allocated: 3, pending: 2, available: 2 });
    const web = rows(state, "U")[0]?.taggedInventory.find((t) => t.tags.Channel === "Web");
    expect(web).toMatchObject({ onHand: 3, allocated: 3, pending: 2, available: -2 });
  });

  it("quantities must be integers", () => {
    const g = given(location("L1"));
    const r = refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 1.5 }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => d.code)).toEqual(["not_integer"]);
  });

  it("queries hide negative rows unless includeNegativeInventory", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 1 }]));
    const { state } = must(allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 3 }] }, NOW));
    expect(rows(state, "U", { includeNegativeInventory: false })).toHaveLength(0);
    expect(rows(state, "U")).toHaveLength(1);
  });
});

describe("D3 safety stock and stock status", () => {
  it("safety stock does not change available but is subtracted from ATS", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 10, safetyStock: 3 }]));
    expect(rows(g.state, "U")[0]?.available).toBe(10);
    const a = getAvailability(g.state, { upcs: ["U"] }, NOW);
    expect(a.ok && a.value[0]?.ats).toBe(7);
    const ignored = getAvailability(g.state, { upcs: ["U"], ignoreSafetyStock: true }, NOW);
    expect(ignored.ok && ignored.value[0]?.ats).toBe(10);
  });

  it("on granular records safety stock applies to every record of the UPC-location", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 4, lotCode: "A" }, { upc: "U", quantity: 4, lotCode: "B", safetyStock: 2 }]));
    expect(getSlot(g.state, "U", "L1").map((r) => r.details.safetyStock)).toEqual([2, 2]);
  });

  it("status: ≤ 0 out of stock, below safety stock low, else in stock", () => {
    expect(stockStatus(0, 0)).toBe("OUT_OF_STOCK");
    expect(stockStatus(-1, 0)).toBe("OUT_OF_STOCK");
    expect(stockStatus(2, 3)).toBe("LOW_STOCK");
    expect(stockStatus(3, 3)).toBe("IN_STOCK");
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 2, safetyStock: 5 }]));
    expect(rows(g.state, "U")[0]?.stockStatus).toBe("LOW_STOCK");
  });

  it("negative safety stock is refused", () => {
    const g = given(location("L1"));
    const r = refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 1, safetyStock: -1 }] }, NOW);
    expect(r.ok ? "" : r.error.details[0]?.field).toBe("safetyStock");
  });
});
