// Run with: npx tsx examples/orders-kibo-example.ts
// Kibo's inventory-tags example on the reference server's order side (docs/orders.md):
// order → tag upsert → submit → late upsert (409) → fulfil → return + restock, then an over-order.
import { createInventoryMock } from "@kibo-inventory/mock-server";
import { buildInventoryTags, buildOrderRequest, createCommerceClient, createInventoryClient, unwrap } from "@kibo-inventory/sdk";

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

/** Prints onHand/available/allocated/pending of both segments of AD1001 at homebase, as the Inventory API reads them. */
async function show(step: string): Promise<void> {
  const [row] = await unwrap(inventory.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", locationCode: "homebase", items: [{ upc: "AD1001" }] } }));
  const segments = (row?.taggedInventory ?? []).map((s) => `${s.tags?.Channel} ${s.onHand}/${s.available}/${s.allocated}/${s.pending}`);
  console.log(`${step.padEnd(10)} ${segments.join("  ")}`);
}

await show("start");

// 1. Create: a Pending order for 2 units (tagged Warehouse for now).
const order = await unwrap(
  commerce.POST("/commerce/orders", {
    body: buildOrderRequest({ locationCode: "homebase", items: [{ productCode: "AD1001", quantity: 2, tags: { Channel: "Warehouse" } }] }),
  }),
);
const orderItemId = order.items[0]?.id ?? "";
console.log("created", order.status, JSON.stringify(order.availableActions));

// 2. Tag: upsert Target (the array replaces the item's whole tag set). Nothing is allocated yet.
await unwrap(
  commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", {
    params: { path: { orderId: order.id, orderItemId } },
    body: buildInventoryTags({ Channel: "Target" }),
  }),
);
await show("tagged");

// 3. Submit: the item allocates from Target only.
const submitted = await unwrap(
  commerce.POST("/commerce/orders/{orderId}/actions", { params: { path: { orderId: order.id } }, body: { actionName: "SubmitOrder" } }),
);
console.log("submitted", submitted.status, JSON.stringify(submitted.items[0]?.allocationResult), submitted.shipments[0]?.shipmentStatus);
await show("submitted");

// 4. Upserting tags after submit is refused: 409, nothing changed.
const late = await commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", {
  params: { path: { orderId: order.id, orderItemId } },
  body: buildInventoryTags({ Channel: "Warehouse" }),
});
console.log("late tag", late.response.status, late.error?.errorCode, late.error?.applicationName);

// 5. Fulfil the shipment: the 2 allocated units leave onHand.
const shipmentNumber = submitted.shipments[0]?.number ?? 0;
const shipment = await unwrap(commerce.PUT("/commerce/shipments/{shipmentNumber}/fulfilled", { params: { path: { shipmentNumber } } }));
console.log("fulfilled", shipment.shipmentStatus);
await show("fulfilled");

// 6. Return both units and restock them: they go back into Target, where they came from.
const ret = await unwrap(
  commerce.POST("/commerce/returns", {
    body: { originalOrderId: order.id, items: [{ orderItemId, reasons: [{ reason: "Damaged", quantity: 2 }] }] },
  }),
);
const restocked = await unwrap(
  commerce.POST("/commerce/returns/{returnId}/restock", {
    params: { path: { returnId: ret.id } },
    body: [{ returnItemId: ret.items[0]?.id ?? "", quantity: 2 }],
  }),
);
console.log("restocked", JSON.stringify(restocked.items[0]?.restocks));
await show("restocked");

// 7. Over-order: 55 Target units when Target holds 50. Target allocates what it has, the rest is
//    pending (available goes negative, D2), Warehouse is untouched; the shipment waits (BACKORDER).
const big = await unwrap(
  commerce.POST("/commerce/orders", {
    body: buildOrderRequest({ locationCode: "homebase", items: [{ productCode: "AD1001", quantity: 55, tags: { Channel: "Target" } }] }),
  }),
);
const bigSubmitted = await unwrap(
  commerce.POST("/commerce/orders/{orderId}/actions", { params: { path: { orderId: big.id } }, body: { actionName: "SubmitOrder" } }),
);
console.log("over-order", JSON.stringify(bigSubmitted.items[0]?.allocationResult), bigSubmitted.shipments[0]?.shipmentStatus);
await show("over");
