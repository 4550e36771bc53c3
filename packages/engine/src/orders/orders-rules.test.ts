/**
 * Orders before submit (D19) pinned through the public surface: where an order's items come from
 * (items, a cart or a checkout — one of them), the order-level checks, finding items by id or line
 * number, line numbers kept on removal, and that every change is refused once the order is not
 * Pending (409, naming its status).
 */
import { describe, expect, it } from "vitest";
import {
  addCartItem,
  addOrderItem,
  createCart,
  createCheckoutFromCart,
  createOrder,
  createState,
  getOrder,
  getOrderByNumber,
  type InventoryState,
  listOrders,
  refresh,
  removeOrderItem,
  saveLocation,
  submitOrder,
  updateOrder,
  updateOrderItem,
  upsertOrderItemTags,
  upsertTagCategory,
} from "../index.js";
import { must, refusal } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function stocked(): InventoryState {
  let s = must(saveLocation(createState(), { code: "L1" })).state;
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
  return must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 9 }] }, NOW)).state;
}

describe("D19 creating an order", () => {
  it("from items, a cart or a checkout: one source only; every problem at once", () => {
    const c = must(createCart(stocked(), {}, NOW));
    expect(refusal(createOrder(c.state, { items: [], cartId: c.value.id }, NOW))).toEqual(["validation_failed: Invalid order", "- items one_source: Give items, cartId or checkoutId, not several"]);
    expect(refusal(createOrder(c.state, { locationCode: "", items: "U" as unknown as [] }, NOW))).toEqual([
      "validation_failed: Invalid order",
      "- locationCode invalid: locationCode must be a non-empty string or null",
      "- items invalid: items must be an array",
    ]);
    expect(refusal(createOrder(c.state, { items: [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 0 }] }, NOW))).toEqual([
      "validation_failed: Invalid order",
      "1 quantity out_of_range: quantity must be at least 1",
    ]);
    expect(refusal(createOrder(c.state, { cartId: "nope" }, NOW))[0]).toBe("not_found: Cart nope not found");
    expect(refusal(createOrder(c.state, { checkoutId: "nope" }, NOW))[0]).toBe("not_found: Checkout nope not found");
  });

  it("a cart's items are copied with their cart item ids; a checkout's order can be made once", () => {
    const c = must(createCart(stocked(), {}, NOW));
    const a = must(addCartItem(c.state, c.value.id, { upc: "U", quantity: 2, inventoryTags: [{ name: "Channel", value: "Store" }] }, NOW));
    const fromCart = must(createOrder(a.state, { cartId: c.value.id, locationCode: "L1" }, NOW)).value;
    expect(fromCart).toMatchObject({ cartId: c.value.id, checkoutId: null, locationCode: "L1", status: "Pending", submitted: null });
    expect(fromCart.items.map((i) => [i.lineId, i.quantity, i.originalCartItemId, i.inventoryTags])).toEqual([[1, 2, a.value.item.id, [{ name: "Channel", value: "Store" }]]]);
    const co = must(createCheckoutFromCart(a.state, c.value.id, NOW));
    const fromCheckout = must(createOrder(co.state, { checkoutId: co.value.id }, NOW));
    expect(fromCheckout.value).toMatchObject({ cartId: c.value.id, checkoutId: co.value.id, locationCode: null });
    expect(fromCheckout.value.items.map((i) => i.originalCartItemId)).toEqual([a.value.item.id]);
    expect(refusal(createOrder(fromCheckout.state, { checkoutId: co.value.id }, NOW))).toEqual([
      `conflict: Checkout ${co.value.id} already has an order`,
      `- status conflict: Checkout ${co.value.id} already has an order`,
    ]);
  });

  it("orders are numbered from 1, listed by number and found by number", () => {
    let s = stocked();
    for (let i = 0; i < 3; i++) s = must(createOrder(s, { items: [{ upc: "U", quantity: 1 }] }, NOW)).state;
    expect(listOrders(s).map((o) => o.orderNumber)).toEqual([1, 2, 3]);
    const two = getOrderByNumber(s, 2);
    expect(two.ok && two.value.orderNumber).toBe(2);
    expect(refusal(getOrderByNumber(s, 4))).toEqual(["not_found: Order 4 not found", "- orderNumber not_found: Order 4 not found"]);
  });
});

describe("D19 changing a Pending order", () => {
  it("location: a non-empty string or null; what the patch leaves out stays", () => {
    const o = must(createOrder(stocked(), { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect(must(updateOrder(o.state, o.value.id, { extra: { note: "x" } }, NOW)).value).toMatchObject({ locationCode: "L1", extra: { note: "x" } });
    expect(must(updateOrder(o.state, o.value.id, { locationCode: null }, NOW)).value.locationCode).toBeNull();
    expect(refusal(updateOrder(o.state, o.value.id, { locationCode: "" }, NOW))).toEqual([
      "validation_failed: Invalid order",
      "- locationCode invalid: locationCode must be a non-empty string or null",
    ]);
  });

  it("items by id or by line number; removing one keeps the others' lines; a new item takes the next line", () => {
    const o = must(createOrder(stocked(), { items: [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 2 }, { upc: "U", quantity: 3 }] }, NOW));
    const byLine = must(updateOrderItem(o.state, o.value.id, 2, { quantity: 5 }, NOW));
    expect(byLine.value.order.items.map((i) => i.quantity)).toEqual([1, 5, 3]);
    const byId = must(updateOrderItem(o.state, o.value.id, o.value.items[2]?.id ?? "", { quantity: 7 }, NOW));
    expect(byId.value.order.items.map((i) => i.quantity)).toEqual([1, 2, 7]);
    const removed = must(removeOrderItem(o.state, o.value.id, 1, NOW));
    expect(removed.value.items.map((i) => i.lineId)).toEqual([2, 3]);
    const added = must(addOrderItem(removed.state, o.value.id, { upc: "U", quantity: 1 }, NOW));
    expect(added.value.item.lineId).toBe(4);
    expect(refusal(addOrderItem(removed.state, o.value.id, { upc: "U", quantity: 0 }, NOW))[1]).toBe("2 quantity out_of_range: quantity must be at least 1");
    expect(refusal(updateOrderItem(o.state, o.value.id, 9, { quantity: 1 }, NOW))[0]).toBe("not_found: Order item 9 not found");
    expect(refusal(removeOrderItem(o.state, o.value.id, "nope", NOW))[0]).toBe("not_found: Order item nope not found");
    expect(refusal(updateOrderItem(o.state, o.value.id, 3, { quantity: 0 }, NOW))[1]).toBe("2 quantity out_of_range: quantity must be at least 1");
  });

  it("tags replace the item's set, checked whole and named at the item's position", () => {
    const o = must(createOrder(stocked(), { items: [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 1, inventoryTags: [{ name: "Channel", value: "Store" }] }] }, NOW));
    expect(must(upsertOrderItemTags(o.state, o.value.id, 2, [], NOW)).value.item.inventoryTags).toEqual([]);
    expect(refusal(upsertOrderItemTags(o.state, o.value.id, 2, [{ name: "Channel", value: "Mail" }], NOW))).toEqual([
      "validation_failed: Invalid order item",
      "1 inventoryTags[0].value unknown_tag_value: Unknown value Mail in tag category Channel",
    ]);
  });

  it("once submitted, every change is a 409 naming the status", () => {
    const o = must(createOrder(stocked(), { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    const s = must(submitOrder(o.state, o.value.id, NOW)).state;
    const message = `conflict: Order ${o.value.id} is Submitted; it can be changed only while it is Pending`;
    expect(refusal(updateOrder(s, o.value.id, { locationCode: null }, NOW))[0]).toBe(message);
    expect(refusal(addOrderItem(s, o.value.id, { upc: "U", quantity: 1 }, NOW))[0]).toBe(message);
    expect(refusal(updateOrderItem(s, o.value.id, 1, { quantity: 2 }, NOW))[0]).toBe(message);
    expect(refusal(upsertOrderItemTags(s, o.value.id, 1, [], NOW))[0]).toBe(message);
    expect(refusal(removeOrderItem(s, o.value.id, 1, NOW))[0]).toBe(message);
    expect(refusal(updateOrder(s, "nope", {}, NOW))[0]).toBe("not_found: Order nope not found");
  });
});

describe("D19 order refusals name what was not found or not valid", () => {
  it("an unknown order, cart, checkout or order item is a 404 naming its field", () => {
    const o = must(createOrder(stocked(), { items: [{ upc: "U", quantity: 1 }] }, NOW));
    const unknownOrder = ["not_found: Order nope not found", "- orderId not_found: Order nope not found"];
    expect(refusal(getOrder(o.state, "nope"))).toEqual(unknownOrder);
    expect(refusal(updateOrder(o.state, "nope", {}, NOW))).toEqual(unknownOrder);
    expect(refusal(updateOrderItem(o.state, "nope", 1, { quantity: 2 }, NOW))).toEqual(unknownOrder);
    expect(refusal(removeOrderItem(o.state, "nope", 1, NOW))).toEqual(unknownOrder);
    expect(refusal(updateOrderItem(o.state, o.value.id, 9, { quantity: 2 }, NOW))).toEqual(["not_found: Order item 9 not found", "- orderItemId not_found: Order item 9 not found"]);
    expect(refusal(removeOrderItem(o.state, o.value.id, "x", NOW))).toEqual(["not_found: Order item x not found", "- orderItemId not_found: Order item x not found"]);
    expect(refusal(createOrder(o.state, { cartId: "nope" }, NOW))).toEqual(["not_found: Cart nope not found", "- cartId not_found: Cart nope not found"]);
    expect(refusal(createOrder(o.state, { checkoutId: "nope" }, NOW))).toEqual(["not_found: Checkout nope not found", "- checkoutId not_found: Checkout nope not found"]);
  });

  it("items and a checkout are two sources too", () => {
    expect(refusal(createOrder(stocked(), { items: [], checkoutId: "nope" }, NOW))).toEqual([
      "validation_failed: Invalid order",
      "- items one_source: Give items, cartId or checkoutId, not several",
    ]);
  });

  it("a bad item added to an order is an invalid order item", () => {
    const o = must(createOrder(stocked(), { items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect(refusal(addOrderItem(o.state, o.value.id, { upc: "U", quantity: 0 }, NOW))).toEqual([
      "validation_failed: Invalid order item",
      "1 quantity out_of_range: quantity must be at least 1",
    ]);
  });

  it("the order's location is null or a non-empty string, when created and when updated", () => {
    const s = stocked();
    const bad = ["validation_failed: Invalid order", "- locationCode invalid: locationCode must be a non-empty string or null"];
    expect(must(createOrder(s, { locationCode: null, items: [{ upc: "U", quantity: 1 }] }, NOW)).value.locationCode).toBeNull();
    expect(refusal(createOrder(s, { locationCode: 5 as unknown as string, items: [{ upc: "U", quantity: 1 }] }, NOW))).toEqual(bad);
    const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect(must(updateOrder(o.state, o.value.id, { locationCode: "L2" }, NOW)).value.locationCode).toBe("L2");
    expect(refusal(updateOrder(o.state, o.value.id, { locationCode: 5 as unknown as string }, NOW))).toEqual(bad);
  });

  it("extra data given at creation is kept, also by an update that does not change it", () => {
    const o = must(createOrder(stocked(), { items: [{ upc: "U", quantity: 1 }], extra: { note: "a" } }, NOW));
    expect(o.value.extra).toEqual({ note: "a" });
    expect(must(updateOrder(o.state, o.value.id, { locationCode: "L1" }, NOW)).value.extra).toEqual({ note: "a" });
  });
});

describe("D19 order ids", () => {
  it("32 hex digits, the first naming the kind (1 an order, 4 an item), so ids of different kinds never collide", () => {
    const o = must(createOrder(stocked(), { items: [{ upc: "U", quantity: 1 }] }, NOW)).value;
    expect(o.id).toBe(`1${"1".padStart(31, "0")}`);
    expect(o.items[0]?.id).toMatch(/^4[0-9a-f]{31}$/);
  });
});

describe("D19 order timestamps", () => {
  it("created and updated are the command's clock as an ISO time; a change moves updated only", () => {
    const o = must(createOrder(stocked(), { items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect([o.value.created, o.value.updated]).toEqual(["2024-06-01T12:00:00.000Z", "2024-06-01T12:00:00.000Z"]);
    const later = must(updateOrder(o.state, o.value.id, { locationCode: "L1" }, NOW + 60_000)).value;
    expect([later.created, later.updated]).toEqual(["2024-06-01T12:00:00.000Z", "2024-06-01T12:01:00.000Z"]);
  });
});
