/**
 * Compatibility: the official `@kibocommerce/rest-sdk` Commerce clients `CartApi` and
 * `CheckoutApi`, unchanged, against the standalone reference server — Kibo's inventory-tags
 * example from the cart side: a tagged cart item (with its stock message), a checkout whose item
 * is split and re-tagged, and `SubmitCheckout` allocating each item from its own segment, seen
 * through the Inventory API. Same `fetchApi` wrapper as official-sdk.test.ts (docs/official-sdk.md).
 */
import type { RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import type { Configuration } from "@kibocommerce/rest-sdk";
import { ResponseError } from "@kibocommerce/rest-sdk/client-runtime/index.js";
import { CartApi, CheckoutApi } from "@kibocommerce/rest-sdk/clients/Commerce/index.js";
import { InventoryApi, InventoryLocationApi, InventoryTagCategoryApi, ModifyInventoryApi } from "@kibocommerce/rest-sdk/clients/Inventory/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverForOfficialSdk, SITE, TENANT } from "../support/official-sdk.js";

const UPC = "AD1001";

let server: RunningInventoryServer;
let config: Configuration;

beforeAll(async () => {
  ({ server, config } = await serverForOfficialSdk());
  await new InventoryTagCategoryApi(config).updateTagCategory({
    tagCategoryName: "Channel",
    tagCategory: { name: "Channel", tags: [{ tagValue: "Warehouse", isDefault: true }, { tagValue: "Target" }] },
  });
  await new InventoryLocationApi(config).saveLocation({
    locationRequest: { tenantID: TENANT, locationCode: "homebase", locationName: "Home Base", active: true, directShip: true, pickup: false },
  });
  await new ModifyInventoryApi(config).refresh({
    refreshRequest: {
      locationCode: "homebase",
      items: [
        { upc: UPC, quantity: 100, tags: { Channel: "Warehouse" } },
        { upc: UPC, quantity: 50, tags: { Channel: "Target" } },
      ],
    },
  });
});
afterAll(() => server.close());

async function segmentsAtHomebase() {
  const rows = await new InventoryApi(config).postQueryInventory({
    inventoryRequest: { type: "ALL", locationCode: "homebase", items: [{ upc: UPC }] },
    xVolSite: SITE,
  });
  const row = rows[0];
  const seg = (value: string) => row?.taggedInventory?.find((t) => t.tags?.Channel === value);
  return { warehouse: seg("Warehouse"), target: seg("Target") };
}

describe("official CartApi and CheckoutApi against the standalone server", () => {
  it("cart → checkout (split, re-tag) → SubmitCheckout allocates each item from its own segment", async () => {
    const carts = new CartApi(config);
    const checkouts = new CheckoutApi(config);
    const tagged = { name: "Channel", value: "Target" };

    const cart = await carts.getOrCreateCart();
    expect(cart.id).toEqual(expect.any(String));
    const item = await carts.addItemToCart({
      cartItem: { product: { productCode: UPC }, quantity: 60, fulfillmentMethod: "Ship", fulfillmentLocationCode: "homebase", inventoryTags: [tagged] },
    });
    expect(item.inventoryTags).toEqual([tagged]);
    // 60 asked, 50 in Target: the item goes in with an OutOfStock message.
    expect((await carts.getOrCreateCart()).cartMessages).toEqual([expect.objectContaining({ messageType: "OutOfStock" })]);
    const fewer = await carts.updateCartItemQuantity({ cartItemId: item.id as string, quantity: 3 });
    expect(fewer.quantity).toBe(3);
    expect((await carts.getCartItems({})).items).toHaveLength(1);
    expect((await carts.getCart({ cartId: cart.id as string })).cartMessages).toEqual([]);

    const checkout = await checkouts.createCheckoutFromCart({ cartId: cart.id as string });
    const line = checkout.items?.[0];
    expect(line).toMatchObject({ quantity: 3, inventoryTags: [tagged] });
    const split = await checkouts.splitItem({ checkoutId: checkout.id as string, itemId: line?.id as string, quantity: 1 });
    expect(split.items?.map((i) => [i.quantity, i.inventoryTags])).toEqual([
      [2, [tagged]],
      [1, [tagged]],
    ]);
    const retagged = await checkouts.upsertInventoryTags({
      checkoutId: checkout.id as string,
      itemId: split.items?.[1]?.id as string,
      inventoryTags: [{ name: "Channel", value: "Warehouse" }],
    });
    expect(retagged.items?.[1]?.inventoryTags).toEqual([{ name: "Channel", value: "Warehouse" }]);
    expect(await checkouts.getAvailableActions({ checkoutId: checkout.id as string })).toEqual(["SubmitCheckout"]);

    await checkouts.performCheckoutAction({ checkoutId: checkout.id as string, checkoutAction: { actionName: "SubmitCheckout" } });
    const { warehouse, target } = await segmentsAtHomebase();
    expect(target).toMatchObject({ onHand: 50, allocated: 2, available: 48 });
    expect(warehouse).toMatchObject({ onHand: 100, allocated: 1 });

    // Frozen after submit: the SDK throws a ResponseError with status 409.
    const late = await checkouts
      .upsertInventoryTags({ checkoutId: checkout.id as string, itemId: line?.id as string, inventoryTags: [tagged] })
      .catch((e: unknown) => e);
    expect(late).toBeInstanceOf(ResponseError);
    expect((late as ResponseError).response.status).toBe(409);

    // SubmitCheckout used the cart up.
    const gone = await carts.getCart({ cartId: cart.id as string }).catch((e: unknown) => e);
    expect((gone as ResponseError).response.status).toBe(404);
  });
});
