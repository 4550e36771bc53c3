// biome-ignore-all lint/suspicious/noConsole: the README examples print their results
// The README's six tasks, type-checked against the built package. Generated from README.md;
// test/readme.test.ts fails when the two drift apart.
import { buildCartItem, buildInventoryTags, buildOrderRequest, buildRefreshRequest, createCommerceClient, createInventoryClient, fetchTagConfiguration, getAvailability, isInventoryRateLimitError, isInventoryValidationError, orderAllocation, refreshAll, stockStatus, unwrap, waitForJob } from "@kibo-inventory/sdk";
import { it } from "vitest";

declare const client: ReturnType<typeof createInventoryClient>;

it("1. Create a client and read stock", async () => {
const client = createInventoryClient({
  tenantId: 1000,
  siteId: 2000, // host t1000-s2000.sandbox.mozu.com, headers x-vol-tenant / x-vol-site
  clientId: "my-app",
  sharedSecret: "s3cret",
  authHost: "home.mozu.com", // or accessToken: "…" / async () => "…"
});

const rows = await unwrap(
  client.POST("/commerce/inventory/v5/inventory", {
    body: { type: "ALL", items: [{ upc: "SHIRT-1" }], locationCode: "WH1" },
  }),
);
console.log(rows[0]?.available);
});

it("2. Build a valid refresh and wait for its job", async () => {
const tagConfig = await fetchTagConfiguration(client);
const body = buildRefreshRequest(
  { locationCode: "WH1", items: [{ upc: "SHIRT-1", quantity: 40, tags: { Channel: "Web" }, lotCode: "L-7", date: "06/30/2026" }] },
  { tagConfig }, // throws PayloadError naming every bad field, e.g. items[0].tags.Channel
);
const { jobID } = await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", { body }));
const job = await waitForJob(client, jobID ?? 0, { timeout: 60_000 });
console.log(job.status); // "SUCCESS" | "FAILED"
});

it("3. Refresh thousands of items with progress", async () => {
const items = Array.from({ length: 12_500 }, (_, i) => ({ upc: `SKU-${i}`, quantity: 10 }));
const summary = await refreshAll(client, "WH1", items, {
  batchSize: 3_000, // Kibo allows ≤ 12,000 per refresh (≤ 1,000 per adjust with adjustAll)
  onProgress: (p) => console.log(`${p.phase} batch ${p.batch + 1}/${p.batches}: ${p.itemsDone}/${p.total}`),
});
for (const failure of summary.failures) console.warn(failure.index, failure.field, failure.message);
});

it("4. Ask how many units are available (ATS / ATP)", async () => {
const { products } = await getAvailability(client, {
  productCodes: ["SHIRT-1"],
  locationCodes: ["WH1", "STORE-9"], // omit for site-wide totals
  tags: { Channel: "Web" },
  mode: "ATP", // or "ATS"
  excludeExpired: true,
});
for (const location of products[0]?.locations ?? []) {
  console.log(location.locationCode, location.available, stockStatus(location.available, 5));
}
});

it("5. Handle errors, retries and correlation ids", async () => {
const careful = createInventoryClient({
  tenantId: 1000,
  accessToken: async () => "token-from-your-vault",
  timeout: 10_000,
  retry: { limit: 3, writes: false }, // reads retry on 408/429/5xx; opt writes in with writes: true
  hooks: { afterResponse: (response, { correlationId }) => console.debug(response.status, correlationId) },
});

try {
  await unwrap(careful.POST("/commerce/inventory/v5/inventory/adjust", { body: { locationCode: "WH1", items: [{ upc: "X", quantity: -1 }] } }));
} catch (error) {
  if (isInventoryValidationError(error)) console.warn(error.items, error.correlationId);
  else if (isInventoryRateLimitError(error)) console.warn(`retry in ${error.retryAfter}s`);
  else throw error;
}
});

it("6. Orders with inventory tags", async () => {
const commerce = createCommerceClient({ tenantId: 1000, siteId: 2000, accessToken: async () => "token-from-your-vault" });
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
});
