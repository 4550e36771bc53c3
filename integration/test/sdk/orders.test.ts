// biome-ignore-all lint/suspicious/noConsole: the README task prints its results; the test reads them
/**
 * The SDK README's task 6, "Orders with inventory tags", run against the reference server (D19):
 * the task's code below is the README block verbatim (checked by the first test), with `client`
 * and `commerce` wired to an in-process server holding Kibo's example — `Channel` (Warehouse
 * default, Target) at homebase, 100 Warehouse and 50 Target units of AD1001. What the task prints
 * is what the test asserts.
 */
import { readFileSync } from "node:fs";
import {
  buildCartItem,
  buildInventoryTags,
  buildOrderRequest,
  createCommerceClient,
  fetchTagConfiguration,
  type InventoryClient,
  orderAllocation,
  unwrap,
} from "@kibo-inventory/sdk";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CLIENT_ID, connect, SECRET } from "./support.js";

const KIBO_EXAMPLE = {
  inventory: {
    "1000": {
      locations: [{ code: "homebase" }],
      tagCategories: [{ name: "Channel", values: [{ value: "Warehouse", isDefault: true }, { value: "Target" }] }],
      records: [
        { locationCode: "homebase", upc: "AD1001", quantity: 100, tags: { Channel: "Warehouse" } },
        { locationCode: "homebase", upc: "AD1001", quantity: 50, tags: { Channel: "Target" } },
      ],
    },
  },
};

/** The README's sixth TypeScript block, without its imports and the client it makes with a vault token. */
function readmeTask(): string[] {
  const readme = readFileSync(new URL("../../../packages/sdk/README.md", import.meta.url), "utf8");
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)][5]?.[1] ?? "";
  return block.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("import ") && !line.startsWith("const commerce = createCommerceClient("));
}

/** onHand / available / allocated of each Channel segment of AD1001 at homebase. */
async function segments(client: InventoryClient) {
  const [row] = await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", locationCode: "homebase", items: [{ upc: "AD1001" }] } }));
  return Object.fromEntries((row?.taggedInventory ?? []).map((t) => [t.tags?.Channel, [t.onHand, t.available, t.allocated]]));
}

afterEach(() => vi.restoreAllMocks());

describe("SDK README task 6, Orders with inventory tags, against the reference server", () => {
  it("runs the README's code verbatim (indented here)", () => {
    const source = readFileSync(new URL(import.meta.url), "utf8")
      .split("\n")
      .map((line) => line.trim());
    let at = 0;
    for (const line of readmeTask()) {
      const found = source.indexOf(line.trim(), at);
      expect(found, `README line, in order: ${line}`).toBeGreaterThan(0);
      at = found + 1;
    }
    expect(readmeTask().length).toBeGreaterThan(20);
  });

  it("cart → checkout (tags upserted) → SubmitCheckout, then an order with tags → SubmitOrder: 2 + 2 units from Target only", async () => {
    const { mock, client } = connect({ seed: KIBO_EXAMPLE });
    const commerce = createCommerceClient({ tenantId: 1000, siteId: 2000, clientId: CLIENT_ID, sharedSecret: SECRET, authHost: "home.mozu.com", fetch: mock.fetch });
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);

    // ---- the README's code, verbatim from here ----
    const tagConfig = await fetchTagConfiguration(client); // tag names and values are checked against it

    // Cart: 2 × AD1001 from the Target segment at homebase. A shortfall is a cart message, not an error.
    await unwrap(commerce.POST("/commerce/carts/current/items", {
      body: buildCartItem({ productCode: "AD1001", quantity: 2, fulfillmentLocationCode: "homebase", tags: { Channel: "Target" } }, { tagConfig }),
    }));
    const cart = await unwrap(commerce.GET("/commerce/carts/current"));
    for (const message of cart.cartMessages) console.warn(message.messageType, message.message); // OutOfStock | Backorder

    // Checkout: tags stay editable (the array replaces the item's whole tag set)
    const checkout = await unwrap(commerce.POST("/commerce/checkouts", { params: { query: { cartId: cart.id } } }));
    await unwrap(commerce.PUT("/commerce/checkouts/{checkoutId}/items/{itemId}/upsert-inventory-tags", {
      params: { path: { checkoutId: checkout.id, itemId: checkout.items[0]!.id } },
      body: buildInventoryTags({ Channel: "Target" }, { tagConfig }),
    }));

    // Order + submit: SubmitCheckout creates the order and allocates each item from its own segment only
    await unwrap(commerce.POST("/commerce/checkouts/{checkoutId}/actions", {
      params: { path: { checkoutId: checkout.id } },
      body: { actionName: "SubmitCheckout" },
    }));
    const orders = await unwrap(commerce.GET("/commerce/orders", { params: { query: { filter: `parentCheckoutId eq ${checkout.id}` } } }));

    // Read the allocation: per item allocated / pending / unallocated / fulfilled, segment and inventory records
    for (const line of orderAllocation(orders.items[0]!)) {
      console.log(line.lineId, line.upc, line.locationCode, line.tags, line.allocated, line.pending, line.inventoryIds);
    }

    // Without a cart: a Pending order, tags editable until it is submitted (409 afterwards), then SubmitOrder
    const draft = await unwrap(commerce.POST("/commerce/orders", {
      body: buildOrderRequest({ locationCode: "homebase", items: [{ productCode: "AD1001", quantity: 2, tags: { Channel: "Target" } }] }, { tagConfig }),
    })); // a bad tag throws PayloadError naming it, e.g. items[0].inventoryTags[0].value
    await unwrap(commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", {
      params: { path: { orderId: draft.id, orderItemId: draft.items[0]!.id } },
      body: buildInventoryTags({ Channel: "Target" }, { tagConfig }),
    }));
    const submitted = await unwrap(commerce.POST("/commerce/orders/{orderId}/actions", {
      params: { path: { orderId: draft.id } },
      body: { actionName: "SubmitOrder" },
    }));
    console.log(orderAllocation(submitted)); // [{ lineId: 1, upc: "AD1001", tags: { Channel: "Target" }, allocated: 2, pending: 0, … }]
    // ---- end of the README's code ----

    // 2 Target units are in stock: no cart message.
    expect(warn).not.toHaveBeenCalled();
    const inventoryIds = (order: typeof submitted) => order.shipments?.[0]?.items?.[0]?.inventoryAllocations?.map((a) => a.inventoryId);
    expect(log.mock.calls[0]).toEqual([1, "AD1001", "homebase", { Channel: "Target" }, 2, 0, inventoryIds(orders.items[0]!)]);
    expect(log.mock.calls[1]?.[0]).toEqual([
      expect.objectContaining({ lineId: 1, upc: "AD1001", locationCode: "homebase", tags: { Channel: "Target" }, allocated: 2, pending: 0, unallocated: 0, fulfilled: 0, source: "allocationResult" }),
    ]);
    expect(log).toHaveBeenCalledTimes(2);
    // Both orders took their units from Target; Warehouse is untouched. SubmitCheckout used the cart up.
    expect(await segments(client)).toEqual({ Warehouse: [100, 100, 0], Target: [50, 46, 4] });
    expect((await commerce.GET("/commerce/carts/{cartId}", { params: { path: { cartId: cart.id } } })).response.status).toBe(404);
    // "tags editable until it is submitted (409 afterwards)"
    const late = await commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", {
      params: { path: { orderId: draft.id, orderItemId: draft.items[0]!.id } },
      body: buildInventoryTags({ Channel: "Warehouse" }, { tagConfig }),
    });
    expect(late.response.status).toBe(409);
  });
});
