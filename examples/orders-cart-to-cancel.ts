// Run with: npx tsx examples/orders-cart-to-cancel.ts
// A storefront's flow on the reference server's order side (docs/orders.md): cart → checkout
// (split, re-tag) → SubmitCheckout → the order's allocation → CancelOrder.
import { createInventoryMock } from "@kibo-inventory/mock-server";
import { buildCartItem, buildInventoryTags, createCommerceClient, createInventoryClient, orderAllocation, unwrap } from "@kibo-inventory/sdk";

// Channel = Warehouse (default) | Target at homebase; 100 Warehouse and 50 Target units of AD1001.
const mock = createInventoryMock({
  staticTokens: { "example-token": "mock-app" },
  seed: {
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
  },
});
const config = { tenantId: 1000, siteId: 2000, accessToken: "example-token", fetch: mock.fetch };
const commerce = createCommerceClient(config);
const inventory = createInventoryClient(config);

async function show(step: string): Promise<void> {
  const [row] = await unwrap(inventory.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", locationCode: "homebase", items: [{ upc: "AD1001" }] } }));
  const segments = (row?.taggedInventory ?? []).map((s) => `${s.tags?.Channel} ${s.onHand}/${s.available}/${s.allocated}/${s.pending}`);
  console.log(`${step.padEnd(10)} ${segments.join("  ")}`);
}

// 1. Cart: 60 Target units is more than Target holds: the item goes in with an OutOfStock message.
const item = await unwrap(
  commerce.POST("/commerce/carts/current/items", {
    body: buildCartItem({ productCode: "AD1001", quantity: 60, fulfillmentLocationCode: "homebase", tags: { Channel: "Target" } }),
  }),
);
let cart = await unwrap(commerce.GET("/commerce/carts/current"));
console.log("cart", cart.cartMessages.map((m) => `${m.messageType} (${m.availableQuantity} available)`).join(", "));
// Back to 3 units: the message goes. Carts never allocate.
await unwrap(commerce.PUT("/commerce/carts/current/items/{cartItemId}/{quantity}", { params: { path: { cartItemId: item.id, quantity: 3 } } }));
cart = await unwrap(commerce.GET("/commerce/carts/current"));
console.log("cart", cart.items.map((i) => `${i.quantity} × ${i.product.productCode}`).join(", "), `messages: ${cart.cartMessages.length}`);
await show("cart");

// 2. Checkout: split 1 unit off (it copies the tags) and re-tag it Warehouse.
const checkout = await unwrap(commerce.POST("/commerce/checkouts", { params: { query: { cartId: cart.id } } }));
const split = await unwrap(
  commerce.POST("/commerce/checkouts/{checkoutId}/items/{itemId}/split", {
    params: { path: { checkoutId: checkout.id, itemId: checkout.items[0]?.id ?? "" }, query: { quantity: 1 } },
  }),
);
const retagged = await unwrap(
  commerce.PUT("/commerce/checkouts/{checkoutId}/items/{itemId}/upsert-inventory-tags", {
    params: { path: { checkoutId: checkout.id, itemId: split.items[1]?.id ?? "" } },
    body: buildInventoryTags({ Channel: "Warehouse" }),
  }),
);
console.log("checkout", retagged.items.map((i) => `${i.quantity} × ${i.inventoryTags.map((t) => t.value).join()}`).join(", "));

// 3. SubmitCheckout: creates the order and submits it (each item from its own segment), uses the cart up.
await unwrap(
  commerce.POST("/commerce/checkouts/{checkoutId}/actions", { params: { path: { checkoutId: checkout.id } }, body: { actionName: "SubmitCheckout" } }),
);
const orders = await unwrap(commerce.GET("/commerce/orders", { params: { query: { filter: `parentCheckoutId eq ${checkout.id}` } } }));
const [order] = orders.items;
if (order === undefined) throw new Error("SubmitCheckout made no order");
for (const line of orderAllocation(order)) console.log(`line ${line.lineId}`, JSON.stringify(line.tags), `allocated ${line.allocated}, pending ${line.pending}`);
const usedUp = await commerce.GET("/commerce/carts/{cartId}", { params: { path: { cartId: cart.id } } });
console.log("order", order.status, "cart", usedUp.response.status);
await show("submitted");

// 4. CancelOrder: every unit goes back to the segment it came from.
const cancelled = await unwrap(
  commerce.POST("/commerce/orders/{orderId}/actions", { params: { path: { orderId: order.id } }, body: { actionName: "CancelOrder" } }),
);
console.log("order", cancelled.status);
await show("cancelled");
