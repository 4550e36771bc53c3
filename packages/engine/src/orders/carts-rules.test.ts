/**
 * Carts (D19) pinned through the public surface: a user's current cart is their newest, a patch
 * changes only what it names (null clears the location), messages follow their items (kept for
 * untouched items, gone with removed ones), and each refusal by code and message.
 */
import { describe, expect, it } from "vitest";
import {
  addCartItem,
  createCart,
  createState,
  deleteCart,
  findUserCart,
  getCart,
  type InventoryState,
  listCarts,
  refresh,
  removeAllCartItems,
  removeCartItem,
  saveLocation,
  updateCartItem,
  upsertTagCategory,
} from "../index.js";
import { found, must, refusal } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function stocked(): InventoryState {
  let s = must(saveLocation(createState(), { code: "L1" })).state;
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }, { upc: "V", quantity: 2 }] }, NOW)).state;
  return s;
}

describe("D19 a user's cart", () => {
  it("is their newest; other users' carts and carts without a user are not", () => {
    let s = stocked();
    const ids: string[] = [];
    for (const userId of ["a", "b", "a", undefined, "b"]) {
      const c = must(createCart(s, userId === undefined ? {} : { userId }, NOW));
      s = c.state;
      ids.push(c.value.id);
    }
    expect(findUserCart(s, "a")?.id).toBe(ids[2]);
    expect(findUserCart(s, "b")?.id).toBe(ids[4]);
    expect(findUserCart(s, "c")).toBeUndefined();
    expect(listCarts(s).map((c) => c.id)).toEqual(ids);
    const gone = must(deleteCart(s, ids[2] ?? "")).state;
    expect(findUserCart(gone, "a")?.id).toBe(ids[0]);
    expect(getCart(gone, ids[2] ?? "").ok).toBe(false);
    const missing = deleteCart(gone, ids[2] ?? "");
    expect(missing.ok ? "ok" : `${missing.error.code}: ${missing.error.message}`).toBe(`not_found: Cart ${ids[2]} not found`);
  });
});

describe("D19 cart items and their messages", () => {
  it("a patch changes only what it names; null clears the location", () => {
    const c = must(createCart(stocked(), {}, NOW));
    const a = must(addCartItem(c.state, c.value.id, { upc: "U", quantity: 1, locationCode: "L1", fulfillmentMethod: "Pickup", allowsBackOrder: true }, NOW));
    const q = must(updateCartItem(a.state, c.value.id, a.value.item.id, { quantity: 2 }, NOW)).value.item;
    expect(q).toMatchObject({ quantity: 2, locationCode: "L1", fulfillmentMethod: "Pickup", allowsBackOrder: true });
    const cleared = must(updateCartItem(a.state, c.value.id, a.value.item.id, { locationCode: null, allowsBackOrder: false, fulfillmentMethod: "Ship" }, NOW)).value.item;
    expect(cleared).toMatchObject({ quantity: 1, locationCode: null, fulfillmentMethod: "Ship", allowsBackOrder: false });
    const bad = updateCartItem(a.state, c.value.id, a.value.item.id, { quantity: 0 }, NOW);
    expect(bad.ok ? [] : bad.error.details.map((d) => `${d.index} ${d.field} ${d.code}`)).toEqual(["0 quantity out_of_range"]);
    const unknown = updateCartItem(a.state, c.value.id, "nope", { quantity: 1 }, NOW);
    expect(unknown.ok ? "ok" : `${unknown.error.code}: ${unknown.error.message}`).toBe("not_found: Cart item nope not found");
  });

  it("changing one item keeps the other items' messages; removing an item removes its message", () => {
    const c = must(createCart(stocked(), {}, NOW));
    const u = must(addCartItem(c.state, c.value.id, { upc: "U", quantity: 5, locationCode: "L1" }, NOW));
    const v = must(addCartItem(u.state, c.value.id, { upc: "V", quantity: 4, locationCode: "L1" }, NOW));
    expect(v.value.cart.messages.map((m) => m.upc)).toEqual(["U", "V"]);
    // V now fits: its message goes; U's stays.
    const fits = must(updateCartItem(v.state, c.value.id, v.value.item.id, { quantity: 2 }, NOW));
    expect(fits.value.cart.messages.map((m) => m.upc)).toEqual(["U"]);
    const removed = must(removeCartItem(v.state, c.value.id, u.value.item.id, NOW));
    expect(removed.value.messages.map((m) => m.upc)).toEqual(["V"]);
    expect(removed.value.items.map((i) => i.upc)).toEqual(["V"]);
    const unknown = removeCartItem(v.state, c.value.id, "nope", NOW);
    expect(unknown.ok ? "ok" : `${unknown.error.code}: ${unknown.error.message}`).toBe("not_found: Cart item nope not found");
    const empty = must(removeAllCartItems(v.state, c.value.id, NOW)).value;
    expect([empty.items, empty.messages]).toEqual([[], []]);
  });
});

describe("D19 cart reads and fields", () => {
  it("getCart answers a cart by id, 404 otherwise; a new cart has no items and no messages and keeps its extra", () => {
    const c = must(createCart(stocked(), { extra: { channel: "web" } }, NOW));
    expect(found(getCart(c.state, c.value.id))).toMatchObject({ id: c.value.id, items: [], messages: [], userId: null, extra: { channel: "web" } });
    expect(refusal(getCart(c.state, "nope"))).toEqual(["not_found: Cart nope not found", "- cartId not_found: Cart nope not found"]);
  });

  it("an update keeps the item's tags and extra unless it names them; a patch's extra replaces the item's", () => {
    let s = must(upsertTagCategory(stocked(), { name: "Channel", values: [{ value: "Web" }] }, NOW)).state;
    const c = must(createCart(s, {}, NOW));
    s = c.state;
    const a = must(addCartItem(s, c.value.id, { upc: "U", quantity: 1, inventoryTags: [{ name: "Channel", value: "Web" }], extra: { gift: true } }, NOW));
    const q = must(updateCartItem(a.state, c.value.id, a.value.item.id, { quantity: 2 }, NOW)).value.item;
    expect([q.inventoryTags, q.extra]).toEqual([[{ name: "Channel", value: "Web" }], { gift: true }]);
    const e = must(updateCartItem(a.state, c.value.id, a.value.item.id, { extra: { gift: false } }, NOW)).value.item;
    expect(e.extra).toEqual({ gift: false });
  });
});

describe("D19 cart refusals", () => {
  it("every command on an unknown cart is 404 naming cartId", () => {
    const c = must(createCart(stocked(), {}, NOW));
    const a = must(addCartItem(c.state, c.value.id, { upc: "U", quantity: 1 }, NOW));
    const notFound = ["not_found: Cart nope not found", "- cartId not_found: Cart nope not found"];
    expect(refusal(addCartItem(a.state, "nope", { upc: "U", quantity: 1 }, NOW))).toEqual(notFound);
    expect(refusal(updateCartItem(a.state, "nope", a.value.item.id, { quantity: 1 }, NOW))).toEqual(notFound);
    expect(refusal(removeCartItem(a.state, "nope", a.value.item.id, NOW))).toEqual(notFound);
    expect(refusal(removeAllCartItems(a.state, "nope", NOW))).toEqual(notFound);
    expect(refusal(deleteCart(a.state, "nope"))).toEqual(notFound);
  });

  it("an unknown item is 404 naming cartItemId; a bad item or patch is 400 at the item's position", () => {
    const c = must(createCart(stocked(), {}, NOW));
    const a = must(addCartItem(c.state, c.value.id, { upc: "U", quantity: 1 }, NOW));
    const missing = ["not_found: Cart item nope not found", "- cartItemId not_found: Cart item nope not found"];
    expect(refusal(updateCartItem(a.state, c.value.id, "nope", { quantity: 1 }, NOW))).toEqual(missing);
    expect(refusal(removeCartItem(a.state, c.value.id, "nope", NOW))).toEqual(missing);
    const bad = refusal(addCartItem(a.state, c.value.id, { upc: "V", quantity: 0 }, NOW));
    expect([bad[0], bad[1]?.split(":")[0]]).toEqual(["validation_failed: Invalid cart item", "1 quantity out_of_range"]);
    const patch = refusal(updateCartItem(a.state, c.value.id, a.value.item.id, { quantity: 0 }, NOW));
    expect([patch[0], patch[1]?.split(":")[0]]).toEqual(["validation_failed: Invalid cart item", "0 quantity out_of_range"]);
  });
});
