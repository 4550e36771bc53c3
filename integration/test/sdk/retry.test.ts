import { createInventoryClient, getAvailability, isInventoryRateLimitError, unwrap } from "@kibo-inventory/sdk";
import { describe, expect, it, vi } from "vitest";
import { CLIENT_ID, connect, SECRET } from "./support.js";

describe("retries against injected faults (mock.faults)", () => {
  it("retries a 429 with Retry-After, then answers the query", async () => {
    const sleep = vi.fn(async (_ms: number) => {});
    const retried: number[] = [];
    const { mock, client } = connect({}, { retry: { limit: 3, sleep }, hooks: { beforeRetry: (info) => void retried.push(info.response?.status ?? 0) } });
    await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", { body: { locationCode: "WH1", items: [{ upc: "SHIRT-1", quantity: 9 }] } }));

    mock.faults.add({ operationId: "postQueryInventory", times: 2, status: 429, retryAfter: 1 });
    const rows = await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "SHIRT-1" }] } }));

    expect(rows).toEqual([expect.objectContaining({ upc: "SHIRT-1", onHand: 9, available: 9 })]);
    expect(retried).toEqual([429, 429]);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([1000, 1000]); // Retry-After: 1 second, honoured
    expect(mock.faults.list()).toEqual([]);
  });

  it("retries the RIS GraphQL read too (getAvailability)", async () => {
    const sleep = vi.fn(async (_ms: number) => {});
    const { mock, client } = connect({}, { retry: { sleep } });
    await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", { body: { locationCode: "WH1", items: [{ upc: "SHIRT-1", quantity: 9 }] } }));
    mock.faults.add({ operationId: "postRealtimeInventoryGraphql", status: 429, retryAfter: 0 });

    const { products } = await getAvailability(client, { productCodes: ["SHIRT-1"], mode: "ATS" });
    expect(products).toEqual([{ productCode: "SHIRT-1", available: 9, hasInfiniteInventory: false }]);
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it("does not retry a write by default: the 429 surfaces as InventoryRateLimitError", async () => {
    const sleep = vi.fn(async (_ms: number) => {});
    const { mock, client } = connect({}, { retry: { sleep } });
    mock.faults.add({ operationId: "refresh", status: 429, retryAfter: 1 });

    const error = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/refresh", { body: { locationCode: "WH1", items: [{ upc: "SHIRT-1", quantity: 9 }] } }),
    ).catch((e: unknown) => e);
    expect(isInventoryRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, errorCode: "RATE_LIMITED", retryAfter: 1, correlationId: expect.any(String) });
    expect(sleep).not.toHaveBeenCalled();
  });

  it("retries a network error on a read, with writes opted in too", async () => {
    const sleep = vi.fn(async (_ms: number) => {});
    const { mock } = connect();
    const client = createInventoryClient({
      tenantId: 1000,
      clientId: CLIENT_ID,
      sharedSecret: SECRET,
      authHost: "home.mozu.com",
      fetch: mock.fetch,
      retry: { writes: true, sleep, random: () => 0 },
    });
    mock.faults.add({ operationId: "refresh", networkError: true });
    const { jobID } = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/refresh", { body: { locationCode: "WH1", items: [{ upc: "SHIRT-1", quantity: 9 }] } }),
    );
    expect(jobID).toEqual(expect.any(Number));
    expect(sleep).toHaveBeenCalledTimes(1);
  });
});
