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
      expect(bad.body.items.map((i) => i.field)).toEqual(["inventoryTags[0].value", "inventoryTags[1].name"]);

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
  });
}
