import { describe, expect, it } from "vitest";
import { commerceClient } from "./commerce-client.js";
import type { ContractTarget } from "./contract-suite.js";

const SEED = {
  inventory: {
    "1000": {
      locations: [{ code: "homebase" }],
      tagCategories: [{ name: "Channel", values: [{ value: "Warehouse" }, { value: "Target" }] }],
      records: [
        { locationCode: "homebase", upc: "AD1001", quantity: 100, tags: { Channel: "Warehouse" } },
        { locationCode: "homebase", upc: "AD1001", quantity: 50, tags: { Channel: "Target" } },
      ],
    },
  },
};
const target = [{ name: "Channel", value: "Target" }];

type Json = Record<string, unknown> & { id: string };
type Items = { items: Json[] };

/**
 * Cart and checkout cases of the HTTP contract (D19), run once per adapter next to
 * `contractSuite`: a tagged cart item with its stock message, a checkout split and re-tagged, and
 * `SubmitCheckout` allocating each item from its own segment (seen through the Inventory API).
 * Every answer is validated against openapi/commerce.yaml; the adapter's `afterEach` resets.
 */
export function cartsContractSuite(adapter: string, target_: () => ContractTarget): void {
  describe(`HTTP contract (carts, checkouts) via ${adapter}`, () => {
    const { send, seed: install } = commerceClient(target_);
    const seed = () => install(SEED);

    it("cart (stock message) → checkout (split, re-tag) → SubmitCheckout allocates from each item's segment", async () => {
      await seed();
      const cart = (await send("getOrCreateCart", "GET", "/commerce/carts/current")).body;
      const item = await send("addItemToCart", "POST", "/commerce/carts/current/items", {
        product: { productCode: "AD1001" },
        quantity: 60,
        fulfillmentLocationCode: "homebase",
        inventoryTags: target,
      });
      expect(item.status).toBe(200);
      const withMessage = await send<{ cartMessages: Record<string, unknown>[] }>("getCart", "GET", `/commerce/carts/${cart.id}`);
      expect(withMessage.body.cartMessages).toEqual([expect.objectContaining({ messageType: "OutOfStock", cartItemId: item.body.id, availableQuantity: 50 })]);
      await send("updateCartItemQuantity", "PUT", `/commerce/carts/current/items/${item.body.id}/3`);

      const checkout = (await send<Json & Items>("createCheckoutFromCart", "POST", `/commerce/checkouts?cartId=${cart.id}`)).body;
      const line = checkout.items[0] as Json;
      const split = (await send<Items>("splitItem", "POST", `/commerce/checkouts/${checkout.id}/items/${line.id}/split?quantity=1`)).body;
      expect(split.items.map((i) => i.inventoryTags)).toEqual([target, target]);
      await send("upsertInventoryTagsForCheckout", "PUT", `/commerce/checkouts/${checkout.id}/items/${split.items[1]?.id}/upsert-inventory-tags`, [
        { name: "Channel", value: "Warehouse" },
      ]);
      const bad = await send<{ items: { field: string }[] }>(
        "upsertInventoryTagsForCheckout",
        "PUT",
        `/commerce/checkouts/${checkout.id}/items/${line.id}/upsert-inventory-tags`,
        [{ name: "Channel" }, { name: "Colour", value: "Red" }],
      );
      expect(bad.status).toBe(400);
      expect(bad.body.items.map((i) => i.field)).toEqual(["items[0].inventoryTags[0].value", "items[0].inventoryTags[1].name"]);

      const submitted = await send("performCheckoutAction", "POST", `/commerce/checkouts/${checkout.id}/actions`, { actionName: "SubmitCheckout" });
      expect(submitted.body).toMatchObject({ status: "Submitted", availableActions: [], orderId: expect.any(String) });
      const rows = await send<{ taggedInventory: { tags: { Channel: string }; allocated: number; onHand: number }[] }[]>(
        "postQueryInventory",
        "POST",
        "/commerce/inventory/v5/inventory",
        { type: "ALL", locationCode: "homebase", items: [{ upc: "AD1001" }] },
      );
      const seg = (channel: string) => rows.body[0]?.taggedInventory.find((t) => t.tags.Channel === channel);
      expect(seg("Target")).toMatchObject({ onHand: 50, allocated: 2 });
      expect(seg("Warehouse")).toMatchObject({ onHand: 100, allocated: 1 });
      // SubmitCheckout used the cart up.
      expect((await send("getCart", "GET", `/commerce/carts/${cart.id}`)).status).toBe(404);
    });

    // Every single-item path names a bad tag as an order does: items[i].inventoryTags[j], `i` the
    // item's position in its cart or checkout (a new item: the position it would take), nothing changed.
    const BAD_TAGS = [{ name: "Channel" }, { name: "Colour", value: "Red" }, { name: "Channel", value: "Mars" }];
    const ad1001 = (inventoryTags: unknown) => ({ product: { productCode: "AD1001" }, quantity: 1, fulfillmentLocationCode: "homebase", inventoryTags });
    /** The current cart with two items (Target, then untagged). */
    const twoItems = async () => {
      await seed();
      const cart = (await send<Json>("getOrCreateCart", "GET", "/commerce/carts/current")).body;
      await send("addItemToCart", "POST", "/commerce/carts/current/items", ad1001(target));
      const second = (await send<Json>("addItemToCart", "POST", "/commerce/carts/current/items", ad1001([]))).body;
      return { cart, second };
    };
    const expectItemTagErrors = async (res: { status: number; body: unknown }, i: number, unchanged: () => Promise<unknown>, before: unknown) => {
      expect(res.status).toBe(400);
      const body = res.body as { errorCode: string; applicationName: string; items: { index: number; field: string }[] };
      expect(body).toMatchObject({ errorCode: "VALIDATION_ERROR", applicationName: "Commerce" });
      // A name twice is the third tag here (Channel after Channel): all three problems, one 400.
      expect(body.items.map((e) => [e.index, e.field])).toEqual([
        [i, `items[${i}].inventoryTags[0].value`],
        [i, `items[${i}].inventoryTags[1].name`],
        [i, `items[${i}].inventoryTags[2].name`],
      ]);
      expect(await unchanged()).toEqual(before);
    };

    const cartPaths: [operationId: string, method: string, path: (cartId: string, itemId: string) => string, position: number][] = [
      ["addItemToCart", "POST", () => "/commerce/carts/current/items", 2],
      ["addItemToCartByCartId", "POST", (cartId) => `/commerce/carts/${cartId}/items`, 2],
      ["updateCartItem", "PUT", (_, itemId) => `/commerce/carts/current/items/${itemId}`, 1],
      ["updateCartItemByCartId", "PUT", (cartId, itemId) => `/commerce/carts/${cartId}/items/${itemId}`, 1],
    ];
    for (const [operationId, method, path, position] of cartPaths) {
      it(`${operationId}: bad tags are 400 at items[${position}].inventoryTags[j], nothing changed`, async () => {
        const { cart, second } = await twoItems();
        const read = async () => (await send("getCart", "GET", `/commerce/carts/${cart.id}`)).body;
        const before = await read();
        const res = await send(operationId, method, path(cart.id, second.id), ad1001(BAD_TAGS));
        await expectItemTagErrors(res, position, read, before);
      });
    }

    it("addCheckoutItem: bad tags are 400 at items[2].inventoryTags[j] (the position it would take), nothing changed", async () => {
      const { cart } = await twoItems();
      const checkout = (await send("createCheckoutFromCart", "POST", `/commerce/checkouts?cartId=${cart.id}`)).body;
      const read = async () => (await send("getCheckout", "GET", `/commerce/checkouts/${checkout.id}`)).body;
      const before = await read();
      await expectItemTagErrors(await send("addCheckoutItem", "POST", `/commerce/checkouts/${checkout.id}/items`, ad1001(BAD_TAGS)), 2, read, before);
    });

    it("upsertInventoryTagsForCheckout: bad tags are 400 at items[1].inventoryTags[j], a body that is no array at items[1].inventoryTags", async () => {
      const { cart } = await twoItems();
      const checkout = (await send<Json & Items>("createCheckoutFromCart", "POST", `/commerce/checkouts?cartId=${cart.id}`)).body;
      const path = `/commerce/checkouts/${checkout.id}/items/${checkout.items[1]?.id}/upsert-inventory-tags`;
      const read = async () => (await send("getCheckout", "GET", `/commerce/checkouts/${checkout.id}`)).body;
      const before = await read();
      await expectItemTagErrors(await send("upsertInventoryTagsForCheckout", "PUT", path, BAD_TAGS), 1, read, before);
      const notArray = await send<{ items: { index: number; field: string }[] }>("upsertInventoryTagsForCheckout", "PUT", path, { name: "Channel", value: "Target" });
      expect(notArray.status).toBe(400);
      expect(notArray.body.items.map((e) => [e.index, e.field])).toEqual([[1, "items[1].inventoryTags"]]);
      expect(await read()).toEqual(before);
    });
  });
}
