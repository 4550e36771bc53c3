/** Orders, carts, checkouts and returns (D19): tag rules, cart messages, splits, submit errors, restock fallbacks, snapshots. */
import { describe, expect, it } from "vitest";
import { recordsAt } from "../record-reads.js";
import { getSegment } from "../records.js";
import { defaultSegmentKey, resolveSegment } from "../segment.js";
import { exportState, importState } from "../snapshot.js";
import type { InventoryState } from "../state.js";
import { category, given, location, must, NOW, refreshed } from "../testing/given.js";
import { addCartItem, createCart, updateCartItem } from "./carts.js";
import { createCheckoutFromCart, splitCheckoutItem, upsertCheckoutItemTags } from "./checkouts.js";
import { addOrderItem, createOrder, getOrder } from "./orders.js";
import { createReturn, restockReturn, returnAction } from "./returns.js";
import { fulfillShipment } from "./fulfill-shipment.js";
import { createPackage, shipPackages } from "./packages.js";
import { cancelOrder, submitOrder } from "./submit-cancel.js";

const base = given(
  location("L1"),
  location("L2"),
  category("Channel", [{ value: "Web" }, { value: "Store" }]),
  category("Region", [{ value: "East" }, { value: "West" }]),
  refreshed("L1", [
    { upc: "U1", quantity: 5, tags: { Channel: "Store" } },
    { upc: "U1", quantity: 7, tags: { Channel: "Web" } },
  ]),
).state;

function onHand(s: InventoryState, loc: string, tags: Record<string, string>): number {
  const key = resolveSegment(s.tagIndex, tags);
  if (!key.ok) throw new Error("bad tags");
  return recordsAt(s, "U1", loc).reduce((n, r) => n + getSegment(r, key.value).onHand, 0);
}

describe("inventoryTags validation (D6, D19)", () => {
  it("lists every bad tag of every item and changes nothing", () => {
    const r = createOrder(
      base,
      {
        items: [
          { upc: "U1", quantity: 1, inventoryTags: [{ name: "Channel", value: "" }] },
          { upc: "U1", quantity: 1, inventoryTags: [{ name: "Channel", value: "Web" }, { name: "Channel", value: "Store" }] },
          { upc: "U1", quantity: 1, inventoryTags: [{ name: "Colour", value: "Red" }, { name: "Region", value: "North" }] },
          { upc: "U1", quantity: 1, inventoryTags: [{ name: "Channel", value: "Web" }] },
        ],
      },
      NOW,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("validation_failed");
    expect(r.error.details.map((d) => [d.index, d.field, d.code])).toEqual([
      [0, "inventoryTags[0].value", "tag_value_required"],
      [1, "inventoryTags[1].name", "duplicate_tag"],
      [2, "inventoryTags[0].name", "unknown_tag_category"],
      [2, "inventoryTags[1].value", "unknown_tag_value"],
    ]);
  });

  it("lets different items use different values of one category; unnamed categories take their default", () => {
    const o = must(
      createOrder(
        base,
        {
          locationCode: "L1",
          items: [
            { upc: "U1", quantity: 2, inventoryTags: [{ name: "Channel", value: "Web" }] },
            { upc: "U1", quantity: 3, inventoryTags: [{ name: "Channel", value: "Store" }] },
          ],
        },
        NOW,
      ),
    );
    const s = must(submitOrder(o.state, o.value.id, NOW));
    expect(s.value.items.map((i) => i.allocationResult?.tags)).toEqual([
      { Channel: "Web", Region: "East" },
      { Channel: "Store", Region: "East" },
    ]);
    expect(s.value.items.map((i) => i.allocationResult?.allocated)).toEqual([2, 3]);
    expect(s.value.shipments).toHaveLength(1);
  });
});

describe("carts (D19)", () => {
  it("adds an out-of-stock item with an OutOfStock message, Backorder when allowed, and clears it when in stock", () => {
    const c = must(createCart(base, { userId: "u1" }, NOW));
    const tags = [{ name: "Channel", value: "Store" }];
    const a = must(addCartItem(c.state, c.value.id, { upc: "U1", quantity: 8, locationCode: "L1", inventoryTags: tags }, NOW));
    expect(a.value.cart.messages).toEqual([expect.objectContaining({ code: "OutOfStock", cartItemId: a.value.item.id, available: 5, quantity: 8 })]);
    const b = must(addCartItem(a.state, c.value.id, { upc: "U1", quantity: 1, locationCode: "L2", allowsBackOrder: true }, NOW));
    expect(b.value.cart.messages.map((m) => m.code)).toEqual(["OutOfStock", "Backorder"]);
    const fixed = must(updateCartItem(b.state, c.value.id, a.value.item.id, { quantity: 5 }, NOW));
    expect(fixed.value.cart.messages.map((m) => m.code)).toEqual(["Backorder"]);
    expect(fixed.state.records).toBe(base.records); // carts never allocate
  });

  it("refuses bad tags on add and update, naming the item by its position in the cart", () => {
    const c = must(createCart(base, {}, NOW));
    const a = must(addCartItem(c.state, c.value.id, { upc: "U1", quantity: 1 }, NOW));
    const b = must(addCartItem(a.state, c.value.id, { upc: "U1", quantity: 2 }, NOW));
    const r = updateCartItem(b.state, c.value.id, b.value.item.id, { inventoryTags: [{ name: "Channel", value: "Mail" }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => [d.index, d.field])).toEqual([[1, "inventoryTags[0].value"]]);
    const added = addCartItem(b.state, c.value.id, { upc: "U1", quantity: 1, inventoryTags: [{ name: "Channel", value: "" }] }, NOW);
    expect(added.ok ? [] : added.error.details.map((d) => [d.index, d.field])).toEqual([[2, "inventoryTags[0].value"]]);
  });
});

describe("checkouts (D19)", () => {
  it("copies cart items; a split item copies its tags and stays editable; the order takes the checkout's items", () => {
    const c = must(createCart(base, {}, NOW));
    const a = must(addCartItem(c.state, c.value.id, { upc: "U1", quantity: 4, locationCode: "L1", inventoryTags: [{ name: "Channel", value: "Web" }] }, NOW));
    const co = must(createCheckoutFromCart(a.state, c.value.id, NOW));
    const itemId = co.value.items[0]?.id as string;
    const split = must(splitCheckoutItem(co.state, co.value.id, itemId, 1, NOW));
    expect(split.value.checkout.items.map((i) => [i.quantity, i.inventoryTags])).toEqual([
      [3, [{ name: "Channel", value: "Web" }]],
      [1, [{ name: "Channel", value: "Web" }]],
    ]);
    const retag = must(upsertCheckoutItemTags(split.state, co.value.id, split.value.item.id, [{ name: "Channel", value: "Store" }], NOW));
    expect(retag.value.checkout.items.map((i) => i.inventoryTags[0]?.value)).toEqual(["Web", "Store"]);
    const order = must(createOrder(retag.state, { checkoutId: co.value.id }, NOW));
    expect(order.value.items.map((i) => [i.lineId, i.quantity, i.originalCartItemId])).toEqual([
      [1, 3, a.value.item.id],
      [2, 1, a.value.item.id],
    ]);
    const late = splitCheckoutItem(order.state, co.value.id, itemId, 1, NOW);
    expect(late.ok ? "ok" : late.error.code).toBe("conflict");
  });
});

describe("submit (D19 via D11–D12)", () => {
  it("refuses an item with no fulfillment location, naming it, and changes nothing", () => {
    const o = must(createOrder(base, { items: [{ upc: "U1", quantity: 1, locationCode: "L1" }, { upc: "U1", quantity: 1 }] }, NOW));
    const r = submitOrder(o.state, o.value.id, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => [d.index, d.field])).toEqual([[1, "fulfillmentLocationCode"]]);
  });

  it("answers 404 for an unknown location, naming the item", () => {
    const o = must(createOrder(base, { items: [{ upc: "U1", quantity: 1, locationCode: "NOPE" }] }, NOW));
    const r = submitOrder(o.state, o.value.id, NOW);
    expect(r.ok ? "ok" : [r.error.code, r.error.details[0]?.index, r.error.details[0]?.field]).toEqual(["location_not_found", 0, "fulfillmentLocationCode"]);
  });

  it("makes one shipment per location; items added while Pending are allocated", () => {
    const o = must(createOrder(base, { items: [{ upc: "U1", quantity: 1, locationCode: "L1" }] }, NOW));
    const added = must(addOrderItem(o.state, o.value.id, { upc: "U1", quantity: 2, locationCode: "L2" }, NOW));
    const s = must(submitOrder(added.state, o.value.id, NOW));
    expect(s.value.shipments.map((sh) => [sh.locationCode, sh.status])).toEqual([
      ["L1", "READY"],
      ["L2", "BACKORDER"],
    ]);
    const again = addOrderItem(s.state, o.value.id, { upc: "U1", quantity: 1 }, NOW);
    expect(again.ok ? "ok" : again.error.code).toBe("conflict");
  });
});

describe("submit respects condition and serial number within the item's segment (D19 via D11)", () => {
  it("takes a conditioned item from that condition's record and a serial from its record, both in the item's segment only", () => {
    const s0 = must(
      refreshed("L1", [
        { upc: "U1", quantity: 3, tags: { Channel: "Store" }, condition: "Damaged" },
        { upc: "U1", quantity: 4, tags: { Channel: "Web" }, condition: "Damaged" },
        { upc: "U1", quantity: 1, tags: { Channel: "Store" }, serialNumber: "SN-1" },
        { upc: "U1", quantity: 1, tags: { Channel: "Web" }, serialNumber: "SN-2" },
      ])(base),
    ).state;
    const idOf = (granular: { condition?: string; serialNumber?: string }) =>
      recordsAt(s0, "U1", "L1").find((r) => r.granular?.condition === granular.condition && r.granular?.serialNumber === granular.serialNumber)?.inventoryId;
    const store = [{ name: "Channel", value: "Store" }];
    const o = must(
      createOrder(
        s0,
        {
          locationCode: "L1",
          items: [
            { upc: "U1", quantity: 2, condition: "Damaged", inventoryTags: store },
            { upc: "U1", quantity: 1, serialNumber: "SN-1", inventoryTags: store },
          ],
        },
        NOW,
      ),
    );
    const submitted = must(submitOrder(o.state, o.value.id, NOW));
    const lines = submitted.value.shipments[0]?.items ?? [];
    expect(lines.map((l) => l.inventoryAllocations.map((a) => [a.inventoryId, a.allocated]))).toEqual([
      [[idOf({ condition: "Damaged" }), 2]],
      [[idOf({ serialNumber: "SN-1" }), 1]],
    ]);
    // The Web records with the same condition, and the Web serial, are untouched.
    const web = resolveSegment(submitted.state.tagIndex, { Channel: "Web" });
    if (!web.ok) throw new Error("bad tags");
    const allocatedInWeb = recordsAt(submitted.state, "U1", "L1").reduce((n, r) => n + getSegment(r, web.value).allocated, 0);
    expect(allocatedInWeb).toBe(0);
    // A serial number that exists only in another segment is not taken from there: the unit is pending in Store.
    const other = must(createOrder(submitted.state, { locationCode: "L1", items: [{ upc: "U1", quantity: 1, serialNumber: "SN-2", inventoryTags: store }] }, NOW));
    const r = must(submitOrder(other.state, other.value.id, NOW));
    expect(r.value.items[0]?.allocationResult).toMatchObject({ tags: { Channel: "Store" }, allocated: 0, pending: 1 });
    expect(recordsAt(r.state, "U1", "L1").reduce((n, rec) => n + getSegment(rec, web.value).allocated, 0)).toBe(0);
  });
});

describe("packages (D19)", () => {
  it("ships part of a shipment from the allocated records; the rest ships later; cancel is refused once anything shipped", () => {
    const o = must(createOrder(base, { locationCode: "L1", items: [{ upc: "U1", quantity: 4, inventoryTags: [{ name: "Channel", value: "Web" }] }] }, NOW));
    const s = must(submitOrder(o.state, o.value.id, NOW));
    const tooMany = createPackage(s.state, o.value.id, { items: [{ orderItemId: 1, quantity: 5 }] }, NOW);
    expect(tooMany.ok ? [] : tooMany.error.details.map((d) => [d.index, d.field, d.code])).toEqual([[0, "quantity", "exceeds_allocated"]]);
    const p = must(createPackage(s.state, o.value.id, { items: [{ orderItemId: 1, quantity: 3 }] }, NOW));
    const shipped = must(shipPackages(p.state, o.value.id, [p.value.package.id], NOW));
    expect(onHand(shipped.state, "L1", { Channel: "Web" })).toBe(4);
    expect(shipped.value.status).toBe("Processing");
    expect(shipped.value.items[0]?.allocationResult).toMatchObject({ allocated: 1, pending: 0, fulfilled: 3 });
    expect(shipped.value.shipments[0]?.status).toBe("READY");
    const twice = shipPackages(shipped.state, o.value.id, [p.value.package.id], NOW);
    expect(twice.ok ? [] : twice.error.details.map((d) => d.code)).toEqual(["already_shipped"]);
    const cancel = cancelOrder(shipped.state, o.value.id, NOW);
    expect(cancel.ok ? "ok" : cancel.error.code).toBe("conflict");
    const rest = must(fulfillShipment(shipped.state, shipped.value.shipments[0]?.number as number, NOW));
    expect(rest.value.order.status).toBe("Completed");
    expect(onHand(rest.state, "L1", { Channel: "Web" })).toBe(3);
    expect(rest.value.shipment.items[0]?.fulfilledFrom.reduce((n, l) => n + l.quantity, 0)).toBe(4);
  });
});

describe("returns (D19)", () => {
  it("restocks units without a recorded origin into the default segment of the named location", () => {
    const o = must(createOrder(base, { locationCode: "L1", items: [{ upc: "U1", quantity: 2, inventoryTags: [{ name: "Channel", value: "Store" }] }] }, NOW));
    const s = must(submitOrder(o.state, o.value.id, NOW));
    const r = must(createReturn(s.state, { orderId: o.value.id, items: [{ orderItemId: 1, quantity: 2 }] }, NOW));
    const itemId = r.value.items[0]?.id as string;
    const missing = restockReturn(r.state, r.value.id, [{ returnItemId: itemId, quantity: 2 }], NOW);
    expect(missing.ok ? [] : missing.error.details.map((d) => [d.index, d.field])).toEqual([[0, "locationCode"]]);
    const done = must(restockReturn(r.state, r.value.id, [{ returnItemId: itemId, quantity: 2, locationCode: "L2" }], NOW));
    const key = defaultSegmentKey(done.state.tagCategories);
    expect(recordsAt(done.state, "U1", "L2").reduce((n, rec) => n + getSegment(rec, key).onHand, 0)).toBe(2);
    expect(onHand(done.state, "L1", { Channel: "Store" })).toBe(5);
    const over = restockReturn(done.state, r.value.id, [{ returnItemId: itemId, quantity: 1, locationCode: "L2" }], NOW);
    expect(over.ok ? [] : over.error.details.map((d) => d.code)).toEqual(["exceeds_restockable"]);
    const closed = must(returnAction(done.state, r.value.id, "Close", NOW));
    const afterClose = restockReturn(closed.state, r.value.id, [{ returnItemId: itemId, quantity: 1 }], NOW);
    expect(afterClose.ok ? "ok" : afterClose.error.code).toBe("conflict");
  });

  it("refuses returns of a Pending order (409) and of more units than ordered (400)", () => {
    const o = must(createOrder(base, { locationCode: "L1", items: [{ upc: "U1", quantity: 2 }] }, NOW));
    const early = createReturn(o.state, { orderId: o.value.id, items: [{ orderItemId: 1, quantity: 1 }] }, NOW);
    expect(early.ok ? "ok" : early.error.code).toBe("conflict");
    const s = must(submitOrder(o.state, o.value.id, NOW));
    const much = createReturn(s.state, { orderId: o.value.id, items: [{ orderItemId: 1, quantity: 3 }] }, NOW);
    expect(much.ok ? "ok" : much.error.details[0]?.code).toBe("exceeds_returnable");
  });
});

describe("snapshots (D19)", () => {
  it("export/import keeps orders, carts and returns; data without commerce still imports", () => {
    const o = must(createOrder(base, { locationCode: "L1", items: [{ upc: "U1", quantity: 2 }] }, NOW));
    const s = must(submitOrder(o.state, o.value.id, NOW));
    const c = must(createCart(s.state, { userId: "u" }, NOW));
    const data = exportState(c.state);
    const back = importState(JSON.parse(JSON.stringify(data)));
    if (!back.ok) throw new Error("import failed");
    expect(exportState(back.value)).toEqual(data);
    expect(getOrder(back.value, o.value.id)).toEqual(getOrder(c.state, o.value.id));
    const { commerce: _c, ...old } = data;
    const legacy = importState(old);
    expect(legacy.ok && legacy.value.commerce.orders.size).toBe(0);
  });
});
