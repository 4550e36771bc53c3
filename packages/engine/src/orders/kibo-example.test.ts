/**
 * Kibo's documented inventory-tags example, end to end on the engine (D19): tenant with `Channel`
 * (Warehouse default, Target) at homebase, 100 Warehouse and 50 Target units of AD1001.
 */
import { describe, expect, it } from "vitest";
import { recordsAt } from "../record-reads.js";
import { getSegment, segmentAvailable } from "../records.js";
import { resolveSegment } from "../segment.js";
import type { InventoryState } from "../state.js";
import { category, given, location, must, NOW, refreshed } from "../testing/given.js";
import { createOrder, getOrder, upsertOrderItemTags } from "./orders.js";
import { createReturn, restockReturn } from "./returns.js";
import { cancelOrder, submitOrder } from "./submit-cancel.js";
import { fulfillShipment } from "./fulfill-shipment.js";

const base = given(
  location("homebase"),
  category("Channel", [{ value: "Warehouse", isDefault: true }, { value: "Target" }]),
  refreshed("homebase", [
    { upc: "AD1001", quantity: 100, tags: { Channel: "Warehouse" } },
    { upc: "AD1001", quantity: 50, tags: { Channel: "Target" } },
  ]),
).state;

/** onHand / available / allocated / pending of one Channel segment of AD1001 at homebase. */
function seg(s: InventoryState, channel: string) {
  const key = resolveSegment(s.tagIndex, { Channel: channel });
  if (!key.ok) throw new Error("bad tags");
  const out = { onHand: 0, available: 0, allocated: 0, pending: 0 };
  for (const r of recordsAt(s, "AD1001", "homebase")) {
    const sg = getSegment(r, key.value);
    out.onHand += sg.onHand;
    out.available += segmentAvailable(sg);
    out.allocated += sg.allocated;
    out.pending += sg.pending;
  }
  return out;
}

describe("Kibo's inventory-tags example (D19)", () => {
  it("creates, tags, submits, fulfills, returns and restocks from the Target segment only", () => {
    expect(seg(base, "Target")).toEqual({ onHand: 50, available: 50, allocated: 0, pending: 0 });
    const created = must(
      createOrder(base, { locationCode: "homebase", items: [{ upc: "AD1001", quantity: 2, inventoryTags: [{ name: "Channel", value: "Warehouse" }] }] }, NOW),
    );
    expect(created.value.status).toBe("Pending");
    const orderId = created.value.id;
    const line = created.value.items[0]?.lineId as number;
    const tagged = must(upsertOrderItemTags(created.state, orderId, line, [{ name: "Channel", value: "Target" }], NOW));
    expect(tagged.value.item.inventoryTags).toEqual([{ name: "Channel", value: "Target" }]);

    const submitted = must(submitOrder(tagged.state, orderId, NOW));
    expect(submitted.value.status).toBe("Submitted");
    expect(seg(submitted.state, "Target")).toEqual({ onHand: 50, available: 48, allocated: 2, pending: 0 });
    expect(seg(submitted.state, "Warehouse")).toEqual({ onHand: 100, available: 100, allocated: 0, pending: 0 });
    const item = submitted.value.items[0];
    expect(item?.allocationResult).toEqual({ locationCode: "homebase", tags: { Channel: "Target" }, allocated: 2, pending: 0, unallocated: 0, fulfilled: 0 });
    const shipment = submitted.value.shipments[0];
    expect(shipment?.status).toBe("READY");
    expect(shipment?.items[0]?.inventoryAllocations).toEqual([{ inventoryId: expect.any(Number), allocated: 2, pending: 0 }]);

    // Tags are frozen once the order left Pending: 409, nothing changed.
    const late = upsertOrderItemTags(submitted.state, orderId, line, [{ name: "Channel", value: "Warehouse" }], NOW);
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.code).toBe("conflict");

    const shipped = must(fulfillShipment(submitted.state, shipment?.number as number, NOW));
    expect(shipped.value.shipment.status).toBe("FULFILLED");
    expect(shipped.value.order.status).toBe("Completed");
    expect(seg(shipped.state, "Target")).toEqual({ onHand: 48, available: 48, allocated: 0, pending: 0 });
    expect(seg(shipped.state, "Warehouse").onHand).toBe(100);
    const again = fulfillShipment(shipped.state, shipment?.number as number, NOW);
    expect(again.ok ? "ok" : again.error.code).toBe("conflict");

    const ret = must(createReturn(shipped.state, { orderId, items: [{ orderItemId: line, quantity: 2 }] }, NOW));
    expect(ret.value.status).toBe("Created");
    expect(seg(ret.state, "Target").onHand).toBe(48);
    const restocked = must(restockReturn(ret.state, ret.value.id, [{ returnItemId: ret.value.items[0]?.id as string, quantity: 2 }], NOW));
    expect(seg(restocked.state, "Target")).toEqual({ onHand: 50, available: 50, allocated: 0, pending: 0 });
    expect(seg(restocked.state, "Warehouse")).toEqual({ onHand: 100, available: 100, allocated: 0, pending: 0 });
    expect(restocked.value.items[0]?.restocked).toEqual([
      { locationCode: "homebase", segmentKey: expect.any(String), inventoryId: shipment?.items[0]?.inventoryAllocations[0]?.inventoryId, quantity: 2, byRequest: false },
    ]);
  });

  it("allocates what Target holds and keeps the rest pending, never touching Warehouse", () => {
    const created = must(
      createOrder(base, { items: [{ upc: "AD1001", quantity: 60, locationCode: "homebase", inventoryTags: [{ name: "Channel", value: "Target" }] }] }, NOW),
    );
    const submitted = must(submitOrder(created.state, created.value.id, NOW));
    expect(seg(submitted.state, "Target")).toEqual({ onHand: 50, available: -10, allocated: 50, pending: 10 });
    expect(seg(submitted.state, "Warehouse")).toEqual({ onHand: 100, available: 100, allocated: 0, pending: 0 });
    expect(submitted.value.items[0]?.allocationResult).toMatchObject({ allocated: 50, pending: 10, unallocated: 0 });
    expect(submitted.value.shipments[0]?.status).toBe("BACKORDER");
    const blocked = fulfillShipment(submitted.state, submitted.value.shipments[0]?.number as number, NOW);
    expect(blocked.ok ? "ok" : blocked.error.code).toBe("conflict");

    // Stock arriving in Target releases the pending units (D12): the shipment becomes READY.
    const topped = must(refreshed("homebase", [{ upc: "AD1001", quantity: 60, tags: { Channel: "Target" } }])(submitted.state));
    const live = getOrder(topped.state, created.value.id);
    if (!live.ok) throw new Error("order missing");
    expect(live.value.shipments[0]?.status).toBe("READY");
    expect(live.value.items[0]?.allocationResult).toMatchObject({ allocated: 60, pending: 0 });

    // Cancelling puts every unit back into Target.
    const cancelled = must(cancelOrder(submitted.state, created.value.id, NOW));
    expect(cancelled.value.status).toBe("Cancelled");
    expect(seg(cancelled.state, "Target")).toEqual({ onHand: 50, available: 50, allocated: 0, pending: 0 });
    expect(cancelled.value.items[0]?.allocationResult).toMatchObject({ allocated: 0, pending: 0 });
  });

  it("leaves the shortfall unallocated with pendingOnShortfall false", () => {
    const s = { ...base, settings: { ...base.settings, pendingOnShortfall: false } };
    const created = must(createOrder(s, { locationCode: "homebase", items: [{ upc: "AD1001", quantity: 60, inventoryTags: [{ name: "Channel", value: "Target" }] }] }, NOW));
    const submitted = must(submitOrder(created.state, created.value.id, NOW));
    expect(seg(submitted.state, "Target")).toEqual({ onHand: 50, available: 0, allocated: 50, pending: 0 });
    expect(submitted.value.items[0]?.allocationResult).toMatchObject({ allocated: 50, pending: 0, unallocated: 10 });
    expect(submitted.value.shipments[0]?.status).toBe("BACKORDER");
  });
});
