import { describe, expect, it } from "vitest";
import { commerceCall, refreshCall, segmentedMock, segments } from "../../../test/support/write-test-kit.js";

const target = [{ name: "Channel", value: "Target" }];
const warehouse = [{ name: "Channel", value: "Warehouse" }];
const ad1001 = (quantity: number, inventoryTags: unknown = target) => ({
  product: { productCode: "AD1001" },
  quantity,
  fulfillmentLocationCode: "homebase",
  inventoryTags,
});

type Item = { id: string; lineId: number; quantity: number; inventoryTags: unknown[]; originalCartItemId: string | null };
type Checkout = { id: string; number: number; items: Item[]; availableActions: string[]; orderId?: string | null; status?: string };

/** Kibo's example stock (Warehouse 100, Target 50) and a cart with 4 × AD1001 tagged Target. */
async function cartWithFour() {
  const mock = segmentedMock();
  await refreshCall(mock, {
    locationCode: "homebase",
    items: [
      { upc: "AD1001", quantity: 100, tags: { Channel: "Warehouse" } },
      { upc: "AD1001", quantity: 50, tags: { Channel: "Target" } },
    ],
  });
  const cart = (await commerceCall<{ id: string }>(mock, "getOrCreateCart", "GET", "/carts/current")).body;
  const item = (await commerceCall<Item>(mock, "addItemToCart", "POST", "/carts/current/items", ad1001(4))).body;
  return { mock, cartId: cart.id, cartItemId: item.id };
}

describe("checkouts (D19)", () => {
  it("copies the cart's items and tags; split copies the tags into a new, still editable item", async () => {
    const { mock, cartId, cartItemId } = await cartWithFour();
    const created = await commerceCall<Checkout>(mock, "createCheckoutFromCart", "POST", `/checkouts?cartId=${cartId}`);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ availableActions: ["SubmitCheckout"], items: [{ quantity: 4, inventoryTags: target, originalCartItemId: cartItemId }] });
    const checkout = created.body;
    const item = checkout.items[0] as Item;

    const split = await commerceCall<Checkout>(mock, "splitItem", "POST", `/checkouts/${checkout.id}/items/${item.id}/split?quantity=1`);
    expect(split.body.items.map((i) => [i.lineId, i.quantity, i.inventoryTags])).toEqual([
      [1, 3, target],
      [2, 1, target],
    ]);
    const splitOff = split.body.items[1] as Item;
    const retagged = await commerceCall<Checkout>(mock, "upsertInventoryTagsForCheckout", "PUT", `/checkouts/${checkout.id}/items/${splitOff.id}/upsert-inventory-tags`, warehouse);
    expect(retagged.body.items.map((i) => i.inventoryTags)).toEqual([target, warehouse]);

    const added = await commerceCall<Checkout>(mock, "addCheckoutItem", "POST", `/checkouts/${checkout.id}/items`, ad1001(1, []));
    expect(added.body.items).toHaveLength(3);
    const removed = await commerceCall<Checkout>(mock, "deleteCheckoutItem", "DELETE", `/checkouts/${checkout.id}/items/${(added.body.items[2] as Item).id}`);
    expect(removed.body.items).toHaveLength(2);
    expect((await commerceCall<Checkout>(mock, "getCheckout", "GET", `/checkouts/${checkout.id}`)).body.items).toHaveLength(2);
    expect((await commerceCall<{ totalCount: number }>(mock, "getCheckouts", "GET", "/checkouts")).body.totalCount).toBe(1);
    const count = async (query: string) => (await commerceCall<{ totalCount: number }>(mock, "getCheckouts", "GET", `/checkouts?${query}`)).body.totalCount;
    expect(await count(`filter=originalCartId eq ${cartId}`)).toBe(1);
    expect(await count(`filter=number eq ${checkout.number} and id eq ${checkout.id}`)).toBe(1);
    expect(await count("filter=number eq 99")).toBe(0);
    expect((await commerceCall(mock, "getCheckouts", "GET", "/checkouts?filter=status ne x")).status).toBe(400);
    // Nothing is allocated before the checkout is submitted.
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 0, 0] });
  });

  it("SubmitCheckout creates and submits the order: each item allocates from its own segment", async () => {
    const { mock, cartId } = await cartWithFour();
    const checkout = (await commerceCall<Checkout>(mock, "createCheckoutFromCart", "POST", `/checkouts?cartId=${cartId}`)).body;
    const item = checkout.items[0] as Item;
    const split = (await commerceCall<Checkout>(mock, "splitItem", "POST", `/checkouts/${checkout.id}/items/${item.id}/split?quantity=1`)).body;
    await commerceCall(mock, "upsertInventoryTagsForCheckout", "PUT", `/checkouts/${checkout.id}/items/${(split.items[1] as Item).id}/upsert-inventory-tags`, warehouse);
    expect((await commerceCall(mock, "getAvailableActionsForCheckout", "GET", `/checkouts/${checkout.id}/actions`)).body).toEqual(["SubmitCheckout"]);

    const submitted = await commerceCall<Checkout>(mock, "performCheckoutAction", "POST", `/checkouts/${checkout.id}/actions`, { actionName: "SubmitCheckout" });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ availableActions: [], orderId: expect.any(String), status: "Submitted" });
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 1, 0], Target: [50, 3, 0] });
    expect((await commerceCall(mock, "getAvailableActionsForCheckout", "GET", `/checkouts/${checkout.id}/actions`)).body).toEqual([]);
    // The source cart is used up.
    expect((await commerceCall(mock, "getCart", "GET", `/carts/${cartId}`)).status).toBe(404);

    // A submitted checkout is frozen: 409, nothing changed.
    const before = mock.engine.get();
    const late = await commerceCall<{ errorCode: string }>(mock, "upsertInventoryTagsForCheckout", "PUT", `/checkouts/${checkout.id}/items/${item.id}/upsert-inventory-tags`, warehouse);
    expect(late.status).toBe(409);
    const again = await commerceCall(mock, "performCheckoutAction", "POST", `/checkouts/${checkout.id}/actions`, { actionName: "SubmitCheckout" });
    expect(again.status).toBe(409);
    expect(mock.engine.get()).toBe(before);
  });

  it("answers 400 listing every bad tag, nothing changed; an unknown cart or checkout is 404", async () => {
    const { mock, cartId } = await cartWithFour();
    const checkout = (await commerceCall<Checkout>(mock, "createCheckoutFromCart", "POST", `/checkouts?cartId=${cartId}`)).body;
    const item = checkout.items[0] as Item;
    const before = mock.engine.get();
    const bad = await commerceCall<{ errorCode: string; items: { field: string }[] }>(
      mock,
      "upsertInventoryTagsForCheckout",
      "PUT",
      `/checkouts/${checkout.id}/items/${item.id}/upsert-inventory-tags`,
      [{ name: "Channel" }, { name: "Channel", value: "Target" }, { name: "Colour", value: "Red" }],
    );
    expect(bad.status).toBe(400);
    expect(bad.body.items.map((i) => i.field)).toEqual(["items[0].inventoryTags[0].value", "items[0].inventoryTags[1].name", "items[0].inventoryTags[2].name"]);
    const badItem = await commerceCall(mock, "addCheckoutItem", "POST", `/checkouts/${checkout.id}/items`, ad1001(1, [{ name: "Channel", value: "Nope" }]));
    expect(badItem.status).toBe(400);
    const badSplit = await commerceCall(mock, "splitItem", "POST", `/checkouts/${checkout.id}/items/${item.id}/split?quantity=4`);
    expect(badSplit.status).toBe(400);
    expect(mock.engine.get()).toBe(before);
    expect((await commerceCall(mock, "createCheckoutFromCart", "POST", "/checkouts?cartId=nope")).status).toBe(404);
    expect((await commerceCall(mock, "createCheckoutFromCart", "POST", "/checkouts")).status).toBe(400);
    await commerceCall(mock, "removeAllCartItemsByCartId", "DELETE", `/carts/${cartId}/items`);
    expect((await commerceCall(mock, "createCheckoutFromCart", "POST", `/checkouts?cartId=${cartId}`)).status).toBe(400);
    expect((await commerceCall(mock, "getCheckout", "GET", "/checkouts/nope")).status).toBe(404);
  });
});
