/**
 * Checkouts (D19) pinned through the public surface: how many units a split may take (both
 * boundaries), where the split item goes and which line it takes, tag edits named by the item's
 * position, and what a checkout that became an order refuses.
 */
import { describe, expect, it } from "vitest";
import {
  addCartItem,
  addCheckoutItem,
  createCart,
  createCheckoutFromCart,
  createOrder,
  createState,
  deleteCheckoutItem,
  getCheckout,
  type InventoryState,
  listCheckouts,
  saveLocation,
  splitCheckoutItem,
  upsertCheckoutItemTags,
  upsertTagCategory,
} from "../index.js";
import { found, must, refusal } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

/** A checkout of three items: 3 × A, 1 × B, 2 × C (lines 1–3). */
function checkout(): { state: InventoryState; id: string; items: string[] } {
  let s = must(saveLocation(createState(), { code: "L1" })).state;
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
  const c = must(createCart(s, {}, NOW));
  s = c.state;
  for (const [upc, quantity] of [["A", 3], ["B", 1], ["C", 2]] as const) s = must(addCartItem(s, c.value.id, { upc, quantity, locationCode: "L1" }, NOW)).state;
  const co = must(createCheckoutFromCart(s, c.value.id, NOW));
  return { state: co.state, id: co.value.id, items: co.value.items.map((i) => i.id) };
}

describe("D19 splitting a checkout item", () => {
  it("takes 1 to quantity − 1 units: 1 and 2 of 3 pass; 0, 3 and 1.5 do not", () => {
    const c = checkout();
    const a = c.items[0] ?? "";
    for (const q of [1, 2]) expect(refusal(splitCheckoutItem(c.state, c.id, a, q, NOW))).toEqual(["ok"]);
    for (const q of [0, 3, 1.5])
      expect(refusal(splitCheckoutItem(c.state, c.id, a, q, NOW))).toEqual(["validation_failed: Invalid split", "- quantity out_of_range: quantity must be an integer from 1 to 2"]);
    // An item of one unit cannot be split at all.
    expect(refusal(splitCheckoutItem(c.state, c.id, c.items[1] ?? "", 1, NOW))[1]).toBe("- quantity out_of_range: quantity must be an integer from 1 to 0");
  });

  it("the new item follows its original and takes the next line number", () => {
    const c = checkout();
    const r = must(splitCheckoutItem(c.state, c.id, c.items[0] ?? "", 2, NOW));
    expect(r.value.checkout.items.map((i) => [i.upc, i.quantity, i.lineId])).toEqual([
      ["A", 1, 1],
      ["A", 2, 4],
      ["B", 1, 2],
      ["C", 2, 3],
    ]);
    expect(r.value.item).toMatchObject({ upc: "A", quantity: 2, lineId: 4, locationCode: "L1" });
  });

  it("an unknown item is 404", () => {
    const c = checkout();
    expect(refusal(splitCheckoutItem(c.state, c.id, "nope", 1, NOW))).toEqual(["not_found: Checkout item nope not found", "- itemId not_found: Checkout item nope not found"]);
    expect(refusal(splitCheckoutItem(c.state, "nope", c.items[0] ?? "", 1, NOW))[0]).toBe("not_found: Checkout nope not found");
  });
});

describe("D19 checkout item tags", () => {
  it("replace the item's set; a bad tag is named at the item's position; other items keep theirs", () => {
    const c = checkout();
    const third = c.items[2] ?? "";
    expect(refusal(upsertCheckoutItemTags(c.state, c.id, third, [{ name: "Channel", value: "Mail" }], NOW))).toEqual([
      "validation_failed: Invalid inventory tags",
      "2 inventoryTags[0].value unknown_tag_value: Unknown value Mail in tag category Channel",
    ]);
    const r = must(upsertCheckoutItemTags(c.state, c.id, third, [{ name: "Channel", value: "Store" }], NOW));
    expect(r.value.checkout.items.map((i) => i.inventoryTags)).toEqual([[], [], [{ name: "Channel", value: "Store" }]]);
    expect(refusal(upsertCheckoutItemTags(c.state, c.id, "nope", [], NOW))[0]).toBe("not_found: Checkout item nope not found");
  });
});

describe("D19 a checkout that became an order", () => {
  it("refuses splits, tag edits and deletions with 409", () => {
    const c = checkout();
    const o = must(createOrder(c.state, { checkoutId: c.id }, NOW));
    const message = (status: string) => `conflict: Checkout ${c.id} is ${status}; it can be changed only while it is Pending`;
    const split = refusal(splitCheckoutItem(o.state, c.id, c.items[0] ?? "", 1, NOW));
    expect(split[0]).toMatch(/^conflict: Checkout .* is \w+; it can be changed only while it is Pending$/);
    const status = (split[0] ?? "").split(" is ")[1]?.split(";")[0] ?? "";
    expect(status).not.toBe("Pending");
    expect(refusal(upsertCheckoutItemTags(o.state, c.id, c.items[0] ?? "", [], NOW))[0]).toBe(message(status));
    expect(refusal(deleteCheckoutItem(o.state, c.id, c.items[0] ?? "", NOW))[0]).toBe(message(status));
  });
});

describe("D19 checkout reads", () => {
  it("getCheckout answers a checkout by id, 404 otherwise; listCheckouts lists them oldest first", () => {
    const c = checkout();
    const cart = must(createCart(c.state, {}, NOW));
    const second = must(createCheckoutFromCart(cart.state, cart.value.id, NOW));
    const third = must(createCheckoutFromCart(second.state, cart.value.id, NOW));
    expect(found(getCheckout(third.state, c.id)).items.map((i) => i.upc)).toEqual(["A", "B", "C"]);
    expect(refusal(getCheckout(third.state, "nope"))).toEqual(["not_found: Checkout nope not found", "- checkoutId not_found: Checkout nope not found"]);
    expect(listCheckouts(third.state).map((x) => x.id)).toEqual([c.id, second.value.id, third.value.id]);
    expect(listCheckouts(createState())).toEqual([]);
  });
});

describe("D19 creating a checkout from a cart", () => {
  it("an unknown cart is 404; the extra fields are kept", () => {
    const c = checkout();
    expect(refusal(createCheckoutFromCart(c.state, "nope", NOW))).toEqual(["not_found: Cart nope not found", "- cartId not_found: Cart nope not found"]);
    const cart = must(createCart(c.state, {}, NOW));
    expect(must(createCheckoutFromCart(cart.state, cart.value.id, NOW, { note: "gift" })).value.extra).toEqual({ note: "gift" });
  });
});

describe("D19 adding and deleting checkout items", () => {
  it("an added item goes last with the next line number; a bad one is named at the position it would take", () => {
    const c = checkout();
    const r = must(addCheckoutItem(c.state, c.id, { upc: "D", quantity: 4, locationCode: "L1" }, NOW));
    expect(r.value.item).toMatchObject({ upc: "D", quantity: 4, lineId: 4 });
    expect(r.value.checkout.items.map((i) => [i.upc, i.lineId])).toEqual([["A", 1], ["B", 2], ["C", 3], ["D", 4]]);
    expect(found(getCheckout(r.state, c.id)).items.map((i) => i.upc)).toEqual(["A", "B", "C", "D"]);
    const bad = addCheckoutItem(c.state, c.id, { upc: "D", quantity: 0 }, NOW);
    expect(refusal(bad)[0]).toBe("validation_failed: Invalid checkout item");
    expect(refusal(bad).slice(1).map((x) => x.split(":")[0])).toEqual(["3 quantity out_of_range"]);
    expect(refusal(addCheckoutItem(c.state, "nope", { upc: "D", quantity: 1 }, NOW))[0]).toBe("not_found: Checkout nope not found");
  });

  it("deleting removes only that item; an unknown item or checkout is 404", () => {
    const c = checkout();
    const r = must(deleteCheckoutItem(c.state, c.id, c.items[1] ?? "", NOW));
    expect(r.value.items.map((i) => i.upc)).toEqual(["A", "C"]);
    expect(found(getCheckout(r.state, c.id)).items.map((i) => i.upc)).toEqual(["A", "C"]);
    expect(refusal(deleteCheckoutItem(c.state, c.id, "nope", NOW))).toEqual(["not_found: Checkout item nope not found", "- itemId not_found: Checkout item nope not found"]);
    expect(refusal(deleteCheckoutItem(c.state, "nope", c.items[0] ?? "", NOW))).toEqual(["not_found: Checkout nope not found", "- checkoutId not_found: Checkout nope not found"]);
  });

  it("tag edits of an unknown item name the itemId field", () => {
    const c = checkout();
    expect(refusal(upsertCheckoutItemTags(c.state, c.id, "nope", [], NOW))).toEqual(["not_found: Checkout item nope not found", "- itemId not_found: Checkout item nope not found"]);
  });
});
