import { describe, expect, it } from "vitest";
import { buildInventoryTags, buildOrderRequest } from "../builders/commerce.js";
import type { InventoryApiError } from "../errors/api-error.js";
import { InventoryConflictError } from "../errors/conflict-error.js";
import { isInventoryValidationError, isUnknownApiError } from "../errors/guards.js";
import { InventoryNotFoundError } from "../errors/not-found-error.js";
import { InventoryValidationError } from "../errors/validation-error.js";
import { createFetchSpy, instantSleep, json } from "../testing/fetch-spy.js";
import { unwrap } from "../unwrap.js";
import { createCommerceClient } from "./client.js";

/** A commerce error body: Kibo's platform shape with applicationName "Commerce". */
function commerceError(status: number, errorCode: string, message: string, items: unknown[] = []): Response {
  return json({ message, errorCode, applicationName: "Commerce", correlationId: "corr-9", additionalErrorData: [], items }, { status, headers: { "x-vol-correlation": "corr-9" } });
}

async function failure(call: Promise<unknown>): Promise<InventoryApiError> {
  try {
    await call;
  } catch (error) {
    return error as InventoryApiError;
  }
  throw new Error("expected the call to fail");
}

describe("createCommerceClient", () => {
  it("sends an order to Kibo's host with the x-vol headers, bearer token and JSON body", async () => {
    const fetch = createFetchSpy(() => json({ id: "o1", orderNumber: 1, status: "Pending", items: [] }));
    const commerce = createCommerceClient({ tenantId: 100, siteId: 200, accessToken: "tok", fetch });
    const body = buildOrderRequest({ items: [{ productCode: "AD1001", quantity: 2, fulfillmentLocationCode: "homebase", tags: { Channel: "Target" } }] });
    const order = await unwrap(commerce.POST("/commerce/orders", { body }));
    expect(order.orderNumber).toBe(1);
    const [call] = fetch.calls;
    expect(call?.method).toBe("POST");
    expect(call?.url).toBe("https://t100-s200.sandbox.mozu.com/api/commerce/orders");
    expect(call?.headers).toMatchObject({ "x-vol-tenant": "100", "x-vol-site": "200", authorization: "Bearer tok", "content-type": "application/json" });
    expect(call?.body).toEqual({
      items: [{ product: { productCode: "AD1001" }, quantity: 2, fulfillmentLocationCode: "homebase", inventoryTags: [{ name: "Channel", value: "Target" }] }],
    });
  });

  it("follows the same base URL rules, encodes path and query parameters, and adds extra headers", async () => {
    const fetch = createFetchSpy(() => json([]));
    const commerce = createCommerceClient({ tenantId: 100, region: "euw1", fetch, headers: { "x-vol-catalog": "2" } });
    await unwrap(
      commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", {
        params: { path: { orderId: "o 1", orderItemId: "i1" } },
        body: buildInventoryTags({ Channel: "Target" }),
      }),
    );
    await unwrap(commerce.POST("/commerce/checkouts", { params: { query: { cartId: "c1" } } }));
    expect(fetch.calls.map((c) => c.url)).toEqual([
      "https://t100.sb.euw1.kibocommerce.com/api/commerce/orders/o%201/items/i1/upsertInventoryTags",
      "https://t100.sb.euw1.kibocommerce.com/api/commerce/checkouts?cartId=c1",
    ]);
    expect(fetch.calls[0]?.body).toEqual([{ name: "Channel", value: "Target" }]);
    expect(fetch.calls[0]?.headers).toMatchObject({ "x-vol-tenant": "100", "x-vol-catalog": "2" });
    expect(fetch.calls[0]?.headers).not.toHaveProperty("x-vol-site");
    expect(fetch.calls[0]?.headers).not.toHaveProperty("authorization");
    const local = createFetchSpy(() => json({ id: "c1", items: [], cartMessages: [] }));
    await unwrap(createCommerceClient({ tenantId: 1, baseUrl: "http://127.0.0.1:4010/api/", fetch: local }).GET("/commerce/carts/current"));
    expect(local.calls[0]?.url).toBe("http://127.0.0.1:4010/api/commerce/carts/current");
  });

  it("fetches an OAuth ticket first, like the inventory client", async () => {
    const fetch = createFetchSpy((request) =>
      request.path.endsWith("/oauth")
        ? json({ access_token: "ticket-1", expires_in: 3600, token_type: "bearer" })
        : json({ id: "c1", items: [], cartMessages: [] }),
    );
    const commerce = createCommerceClient({ tenantId: 1, clientId: "app", sharedSecret: "s", authHost: "http://auth.test", fetch });
    await unwrap(commerce.GET("/commerce/carts/current"));
    expect(fetch.calls.map((c) => c.path)).toEqual(["/api/platform/applications/authtickets/oauth", "/api/commerce/carts/current"]);
    expect(fetch.calls[1]?.headers.authorization).toBe("Bearer ticket-1");
  });

  it("retries reads but not order writes by default", async () => {
    const sleep = instantSleep();
    const fetch = createFetchSpy((_, call) => (call === 0 ? json({ message: "busy" }, { status: 503 }) : json({ id: "o1" })));
    const commerce = createCommerceClient({ tenantId: 1, fetch, retry: { sleep, random: () => 0 } });
    await unwrap(commerce.GET("/commerce/orders/{orderId}", { params: { path: { orderId: "o1" } } }));
    expect(fetch.calls).toHaveLength(2);

    const once = createFetchSpy(() => json({ message: "busy", errorCode: "INTERNAL_ERROR" }, { status: 503 }));
    const writer = createCommerceClient({ tenantId: 1, fetch: once, retry: { sleep, random: () => 0 } });
    const error = await failure(unwrap(writer.POST("/commerce/orders/{orderId}/actions", { params: { path: { orderId: "o1" } }, body: { actionName: "SubmitOrder" } })));
    expect(once.calls).toHaveLength(1);
    expect(isUnknownApiError(error)).toBe(true);
  });
});

describe("commerce errors", () => {
  it("map a 400 with applicationName Commerce to InventoryValidationError with every bad tag", async () => {
    const items = [
      { index: 0, field: "items[0].inventoryTags[0].value", code: "UNKNOWN_TAG_VALUE", message: "Moon is not a value of Channel" },
      { index: 1, field: "items[1].inventoryTags[1].name", code: "DUPLICATE_TAG", message: "Channel is named twice" },
    ];
    const fetch = createFetchSpy(() => commerceError(400, "VALIDATION_ERROR", "2 invalid inventory tags", items));
    const commerce = createCommerceClient({ tenantId: 1, accessToken: "tok", fetch });
    const error = await failure(unwrap(commerce.POST("/commerce/orders", { body: { items: [] } })));
    expect(error).toBeInstanceOf(InventoryValidationError);
    expect(isInventoryValidationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, errorCode: "VALIDATION_ERROR", serverMessage: "2 invalid inventory tags", correlationId: "corr-9" });
    expect(error.items.map((i) => i.field)).toEqual(["items[0].inventoryTags[0].value", "items[1].inventoryTags[1].name"]);
    expect(error.message).toContain("POST https://t1.sandbox.mozu.com/api/commerce/orders");
    expect(error.body).toMatchObject({ applicationName: "Commerce" });
  });

  it("map 409 (tags after submit), 404 and 501 (not simulated) by status", async () => {
    const answers = [
      commerceError(409, "CONFLICT", "order 1 is Submitted: tags can be changed only while it is Pending"),
      commerceError(404, "NOT_FOUND", "order nope not found"),
      commerceError(501, "NOT_IMPLEMENTED", "applyCoupon is not simulated"),
    ];
    const fetch = createFetchSpy((_, call) => answers[call] ?? json({}));
    const commerce = createCommerceClient({ tenantId: 1, fetch, retry: false });
    const conflict = await failure(
      unwrap(commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", { params: { path: { orderId: "o1", orderItemId: "i1" } }, body: [] })),
    );
    const missing = await failure(unwrap(commerce.GET("/commerce/orders/{orderId}", { params: { path: { orderId: "nope" } } })));
    const notSimulated = await failure(unwrap(commerce.POST("/commerce/orders", { body: {} })));
    expect(conflict).toBeInstanceOf(InventoryConflictError);
    expect(conflict.errorCode).toBe("CONFLICT");
    expect(missing).toBeInstanceOf(InventoryNotFoundError);
    expect(isUnknownApiError(notSimulated)).toBe(true);
    expect(notSimulated).toMatchObject({ status: 501, errorCode: "NOT_IMPLEMENTED" });
  });
});
