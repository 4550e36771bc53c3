import { describe, expect, it } from "vitest";
import { commerceCall, refreshCall, segmentedMock, segments } from "../../../test/support/write-test-kit.js";

const target = [{ name: "Channel", value: "Target" }];
const ad1001 = (quantity: number, extra: Record<string, unknown> = {}) => ({
  product: { productCode: "AD1001" },
  quantity,
  fulfillmentLocationCode: "homebase",
  inventoryTags: target,
  ...extra,
});

async function stocked() {
  const mock = segmentedMock();
  await refreshCall(mock, {
    locationCode: "homebase",
    items: [
      { upc: "AD1001", quantity: 100, tags: { Channel: "Warehouse" } },
      { upc: "AD1001", quantity: 5, tags: { Channel: "Target" } },
    ],
  });
  return mock;
}

type Item = { id: string; lineId: number; quantity: number; inventoryTags: unknown[] };
type Cart = { id: string; items: Item[]; cartMessages: { messageType: string; cartItemId: string; availableQuantity: number }[] };

describe("carts (D19)", () => {
  it("creates the current cart on first use and adds, reads, updates and removes items; nothing is allocated", async () => {
    const mock = await stocked();
    const empty = await commerceCall<Cart>(mock, "getOrCreateCart", "GET", "/carts/current");
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ items: [], cartMessages: [] });
    const again = await commerceCall<Cart>(mock, "getOrCreateCart", "GET", "/carts/current");
    expect(again.body.id).toBe(empty.body.id);

    const added = await commerceCall<Item>(mock, "addItemToCart", "POST", "/carts/current/items", ad1001(2));
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ lineId: 1, quantity: 2, inventoryTags: target, product: { productCode: "AD1001" } });
    const id = added.body.id;
    expect((await commerceCall(mock, "getCartItem", "GET", `/carts/current/items/${id}`)).body).toMatchObject({ id, quantity: 2 });
    expect((await commerceCall(mock, "getCartItems", "GET", "/carts/current/items")).body).toMatchObject({ totalCount: 1 });

    const quantity = await commerceCall<Item>(mock, "updateCartItemQuantity", "PUT", `/carts/current/items/${id}/3`);
    expect(quantity.body.quantity).toBe(3);
    const retagged = await commerceCall<Item>(mock, "updateCartItem", "PUT", `/carts/current/items/${id}`, ad1001(3, { inventoryTags: [] }));
    expect(retagged.body.inventoryTags).toEqual([]);
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [5, 0, 0] });

    const deleted = await commerceCall(mock, "deleteCartItem", "DELETE", `/carts/current/items/${id}`);
    expect(deleted.status).toBe(204);
    expect((await commerceCall<Cart>(mock, "getOrCreateCart", "GET", "/carts/current")).body.items).toEqual([]);
    expect((await commerceCall(mock, "getCartItem", "GET", `/carts/current/items/${id}`)).status).toBe(404);
  });

  it("adds an out-of-stock item with an OutOfStock message, or Backorder when the item allows it", async () => {
    const mock = await stocked();
    const cart = (await commerceCall<Cart>(mock, "getOrCreateCart", "GET", "/carts/current")).body;
    const short = await commerceCall<Item>(mock, "addItemToCartByCartId", "POST", `/carts/${cart.id}/items`, ad1001(7));
    expect(short.status).toBe(200);
    const back = await commerceCall<Item>(mock, "addItemToCartByCartId", "POST", `/carts/${cart.id}/items`, ad1001(9, { allowsBackOrder: true }));
    const read = (await commerceCall<Cart>(mock, "getCart", "GET", `/carts/${cart.id}`)).body;
    expect(read.cartMessages.map((m) => [m.messageType, m.cartItemId, m.availableQuantity])).toEqual([
      ["OutOfStock", short.body.id, 5],
      ["Backorder", back.body.id, 5],
    ]);
    // Back within stock: the message goes away.
    await commerceCall(mock, "updateCartItemQuantityByCartId", "PUT", `/carts/${cart.id}/items/${short.body.id}/5`);
    const after = (await commerceCall<Cart>(mock, "getCart", "GET", `/carts/${cart.id}`)).body;
    expect(after.cartMessages.map((m) => m.cartItemId)).toEqual([back.body.id]);
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [5, 0, 0] });
  });

  it("answers 400 listing every bad tag (blank value, name twice, unknown name, unknown value), nothing changed", async () => {
    const mock = await stocked();
    await commerceCall(mock, "addItemToCart", "POST", "/carts/current/items", ad1001(1));
    const before = mock.engine.get();
    const bad = await commerceCall<{ errorCode: string; items: { field: string; index: number }[] }>(mock, "addItemToCart", "POST", "/carts/current/items", {
      ...ad1001(1),
      inventoryTags: [{ name: "Channel", value: "" }, { name: "Channel", value: "Target" }, { name: "Colour", value: "Red" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe("VALIDATION_ERROR");
    // The new item would be the cart's second: items[1].
    expect(bad.body.items.map((i) => [i.index, i.field])).toEqual([
      [1, "items[1].inventoryTags[0].value"],
      [1, "items[1].inventoryTags[1].name"],
      [1, "items[1].inventoryTags[2].name"],
    ]);
    const unknown = await commerceCall<{ items: { field: string }[] }>(mock, "addItemToCart", "POST", "/carts/current/items", {
      ...ad1001(1),
      inventoryTags: [{ name: "Channel", value: "Nope" }],
    });
    expect(unknown.body.items.map((i) => i.field)).toEqual(["items[1].inventoryTags[0].value"]);
    expect(mock.engine.get()).toBe(before);
  });

  it("empties a cart by id and deletes it", async () => {
    const mock = await stocked();
    const cart = (await commerceCall<Cart>(mock, "getOrCreateCart", "GET", "/carts/current")).body;
    await commerceCall(mock, "addItemToCartByCartId", "POST", `/carts/${cart.id}/items`, ad1001(1));
    const item = (await commerceCall<{ items: Item[] }>(mock, "getCartItemsByCartId", "GET", `/carts/${cart.id}/items`)).body.items[0] as Item;
    expect((await commerceCall(mock, "getCartItemByCartId", "GET", `/carts/${cart.id}/items/${item.id}`)).body).toMatchObject({ id: item.id });
    const updated = await commerceCall<Item>(mock, "updateCartItemByCartId", "PUT", `/carts/${cart.id}/items/${item.id}`, ad1001(4));
    expect(updated.body.quantity).toBe(4);
    const emptied = await commerceCall<Cart>(mock, "removeAllCartItemsByCartId", "DELETE", `/carts/${cart.id}/items`);
    expect(emptied.body.items).toEqual([]);
    await commerceCall(mock, "addItemToCartByCartId", "POST", `/carts/${cart.id}/items`, ad1001(1));
    const second = (await commerceCall<Cart>(mock, "getCart", "GET", `/carts/${cart.id}`)).body.items[0] as Item;
    expect((await commerceCall(mock, "deleteCartItemByCartId", "DELETE", `/carts/${cart.id}/items/${second.id}`)).status).toBe(204);
    expect((await commerceCall(mock, "deleteCart", "DELETE", `/carts/${cart.id}`)).status).toBe(204);
    expect((await commerceCall(mock, "getCart", "GET", `/carts/${cart.id}`)).status).toBe(404);
    expect((await commerceCall(mock, "updateCartItemQuantity", "PUT", "/carts/current/items/x/0")).status).toBe(400);
  });

  it("a refused request on the current cart creates no cart (found by the HTTP fuzz)", async () => {
    const mock = segmentedMock();
    const before = JSON.stringify(mock.exportState());
    expect((await commerceCall(mock, "updateCartItem", "PUT", "/carts/current/items/x", ad1001(1))).status).toBe(404);
    expect((await commerceCall(mock, "deleteCartItem", "DELETE", "/carts/current/items/x")).status).toBe(404);
    expect((await commerceCall(mock, "updateCartItemQuantity", "PUT", "/carts/current/items/x/2")).status).toBe(404);
    expect((await commerceCall(mock, "addItemToCart", "POST", "/carts/current/items", false)).status).toBe(400);
    expect(JSON.stringify(mock.exportState())).toBe(before);
  });
});
