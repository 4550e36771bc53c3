/**
 * Fulfilling shipments (D13, D19) pinned through the public surface: the records each fulfilled
 * unit came from (`fulfilledFrom`, split as the allocation holds them), a shipment's and an order's
 * status as shipments are fulfilled (Processing, then Completed), and the refusals.
 */
import { describe, expect, it } from "vitest";
import {
  createOrder,
  createPackage,
  createState,
  fulfillShipment,
  getShipment,
  type InventoryState,
  type Order,
  recordsAt,
  refresh,
  saveLocation,
  shipPackages,
  submitOrder,
} from "../index.js";
import { must, refusal } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

/** Line 1 = 3 × U from L1 (lot A dated earlier: 2 units, lot B: 5), line 2 = 1 × V from L2; submitted. */
function submitted(): { state: InventoryState; order: Order } {
  let s = createState();
  for (const code of ["L1", "L2"]) s = must(saveLocation(s, { code })).state;
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, lotCode: "B", date: "2025-03-01" }, { upc: "U", quantity: 2, lotCode: "A", date: "2025-01-01" }] }, NOW)).state;
  s = must(refresh(s, { locationCode: "L2", items: [{ upc: "V", quantity: 2 }] }, NOW)).state;
  const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }, { upc: "V", quantity: 1, locationCode: "L2" }] }, NOW));
  const sub = must(submitOrder(o.state, o.value.id, NOW));
  return { state: sub.state, order: sub.value };
}

const lot = (s: InventoryState, id: number) => recordsAt(s, "U", "L1").find((r) => r.inventoryId === id)?.granular?.lotCode;

describe("D19 fulfilling a shipment", () => {
  it("records the units per record as allocated (earliest lot first), and takes them off onHand", () => {
    const { state, order } = submitted();
    const l1 = order.shipments.find((s) => s.locationCode === "L1");
    const r = must(fulfillShipment(state, l1?.number ?? 0, NOW));
    const item = r.value.shipment.items[0];
    expect(item?.fulfilledFrom.map((f) => [lot(r.state, f.inventoryId), f.quantity])).toEqual([["A", 2], ["B", 1]]);
    expect(item?.inventoryAllocations).toEqual([]);
    expect(recordsAt(r.state, "U", "L1").map((x) => [x.granular?.lotCode, x.segments[0]?.onHand ?? 0, x.segments[0]?.allocated ?? 0])).toEqual([
      ["B", 4, 0],
      ["A", 0, 0],
    ]);
  });

  it("the order is Processing until every shipment is fulfilled, then Completed", () => {
    const { state, order } = submitted();
    const [first, second] = order.shipments;
    const a = must(fulfillShipment(state, first?.number ?? 0, NOW));
    expect(a.value.shipment.status).toBe("FULFILLED");
    expect(a.value.order.status).toBe("Processing");
    expect(a.value.order.shipments.map((s) => s.status)).toEqual(["FULFILLED", "READY"]);
    const b = must(fulfillShipment(a.state, second?.number ?? 0, NOW));
    expect(b.value.order.status).toBe("Completed");
    expect(b.value.order.items.map((i) => i.allocationResult?.fulfilled)).toEqual([3, 1]);
  });

  it("a package shipping part of a shipment leaves it READY and the order Processing; the rest then ships", () => {
    const { state, order } = submitted();
    const p = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 1 }] }, NOW));
    const part = must(shipPackages(p.state, order.id, [p.value.package.id], NOW));
    const l1 = part.value.shipments.find((s) => s.locationCode === "L1");
    expect([part.value.status, l1?.status]).toEqual(["Processing", "READY"]);
    const rest = must(fulfillShipment(part.state, l1?.number ?? 0, NOW));
    expect(rest.value.shipment.items[0]?.fulfilledFrom.map((f) => f.quantity)).toEqual([1, 1, 1]);
    expect(rest.value.shipment.status).toBe("FULFILLED");
  });

  it("a fulfilled shipment again, or an unknown one, is refused", () => {
    const { state, order } = submitted();
    const n = order.shipments[0]?.number ?? 0;
    const done = must(fulfillShipment(state, n, NOW)).state;
    const again = fulfillShipment(done, n, NOW);
    expect(again.ok ? "ok" : `${again.error.code}: ${again.error.message}`).toBe(`conflict: Shipment ${n} is FULFILLED; only a READY shipment can be fulfilled`);
    const unknown = getShipment(done, 999);
    expect(unknown.ok ? "ok" : `${unknown.error.code}: ${unknown.error.message}`).toBe("not_found: Shipment 999 not found");
    expect(fulfillShipment(done, 999, NOW).ok).toBe(false);
    expect(getShipment(done, n).ok && getShipment(done, n)).toMatchObject({ value: { status: "FULFILLED" } });
  });
});

describe("D19 an unknown shipment", () => {
  it("is a 404 naming shipmentNumber, when read and when fulfilled", () => {
    const { state } = submitted();
    const unknown = ["not_found: Shipment 999 not found", "- shipmentNumber not_found: Shipment 999 not found"];
    expect(refusal(getShipment(state, 999))).toEqual(unknown);
    expect(refusal(fulfillShipment(state, 999, NOW))).toEqual(unknown);
  });
});
