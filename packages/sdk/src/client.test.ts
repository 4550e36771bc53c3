import { describe, expect, it } from "vitest";
import { createInventoryClient, resolveBaseUrl } from "./client.js";
import { createFetchSpy, json } from "./testing/fetch-spy.js";
import { unwrap } from "./unwrap.js";

describe("resolveBaseUrl", () => {
  it.each([
    [{ tenantId: 100, siteId: 200 }, "https://t100-s200.sandbox.mozu.com/api"],
    [{ tenantId: 100 }, "https://t100.sandbox.mozu.com/api"],
    [{ tenantId: 100, siteId: 200, env: "tp1" }, "https://t100-s200.tp1.mozu.com/api"],
    [{ tenantId: 100, siteId: 200, region: "euw1" }, "https://t100-s200.sb.euw1.kibocommerce.com/api"],
    [{ tenantId: 100, region: "eu1", env: "tp2" }, "https://t100.tp2.eu1.kibocommerce.com/api"],
    [{ tenantId: 100, siteId: 200, region: "us2" }, "https://t100-s200.sandbox.mozu.com/api"],
    [{ tenantId: 100, siteId: 200, baseUrl: "http://localhost:4010/api/" }, "http://localhost:4010/api"],
  ])("%j → %s", (options, expected) => {
    expect(resolveBaseUrl(options)).toBe(expected);
  });
});

describe("createInventoryClient", () => {
  it("sends a query to the right URL with the x-vol headers, bearer token and JSON body", async () => {
    const fetch = createFetchSpy(() => json([{ upc: "SHIRT-1", locationCode: "WH1", onHand: 5, available: 5 }]));
    const client = createInventoryClient({ tenantId: 100, siteId: 200, accessToken: "tok", fetch });
    const rows = await unwrap(
      client.POST("/commerce/inventory/v5/inventory", {
        body: { type: "ALL", items: [{ upc: "SHIRT-1" }], locationCode: "WH1" },
      }),
    );
    expect(rows[0]?.available).toBe(5);
    expect(fetch.calls).toHaveLength(1);
    const [call] = fetch.calls;
    expect(call?.method).toBe("POST");
    expect(call?.url).toBe("https://t100-s200.sandbox.mozu.com/api/commerce/inventory/v5/inventory");
    expect(call?.headers).toMatchObject({
      "x-vol-tenant": "100",
      "x-vol-site": "200",
      authorization: "Bearer tok",
      "content-type": "application/json",
    });
    expect(call?.body).toEqual({ type: "ALL", items: [{ upc: "SHIRT-1" }], locationCode: "WH1" });
  });

  it("sends a refresh exactly as given and returns its job id", async () => {
    const fetch = createFetchSpy(() => json({ jobID: 42 }));
    const client = createInventoryClient({ tenantId: 1, baseUrl: "http://localhost:4010/api", accessToken: "tok", fetch });
    const body = {
      locationCode: "WH1",
      items: [{ upc: "SHIRT-1", quantity: 10, lTD: 1, tags: { Channel: "Web" }, lotCode: "L1", date: "2026-01-31" }],
    };
    const { jobID } = await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", { body }));
    expect(jobID).toBe(42);
    const [call] = fetch.calls;
    expect(call?.url).toBe("http://localhost:4010/api/commerce/inventory/v5/inventory/refresh");
    expect(call?.headers["x-vol-tenant"]).toBe("1");
    expect(call?.headers).not.toHaveProperty("x-vol-site");
    expect(call?.body).toEqual(body);
  });

  it("sends no Content-Type without a body and repeats array query params", async () => {
    const fetch = createFetchSpy(() => json([]));
    const client = createInventoryClient({ tenantId: 1, accessToken: "tok", fetch });
    await unwrap(client.GET("/commerce/inventory/v1/queue", { params: { query: { locationCode: "L1", limit: 5, types: ["REFRESH", "ADJUST"] } } }));
    const [call] = fetch.calls;
    expect(call?.url).toBe("https://t1.sandbox.mozu.com/api/commerce/inventory/v1/queue?locationCode=L1&limit=5&types=REFRESH&types=ADJUST");
    expect(call?.headers).not.toHaveProperty("content-type");
  });

  it("encodes path parameters and adds configured extra headers", async () => {
    const fetch = createFetchSpy(() => json({ name: "Channel Name", tags: [] }));
    const client = createInventoryClient({ tenantId: 1, accessToken: "tok", fetch, headers: { "x-vol-catalog": "2" } });
    await unwrap(client.GET("/commerce/inventory/v1/tagCategory/{tagCategoryName}", { params: { path: { tagCategoryName: "Channel Name" } } }));
    expect(fetch.calls[0]?.url).toBe("https://t1.sandbox.mozu.com/api/commerce/inventory/v1/tagCategory/Channel%20Name");
    expect(fetch.calls[0]?.headers["x-vol-catalog"]).toBe("2");
  });

  it("sends no Authorization header without auth config", async () => {
    const fetch = createFetchSpy(() => json([]));
    const client = createInventoryClient({ tenantId: 1, fetch });
    await unwrap(client.GET("/commerce/inventory/v1/queue"));
    expect(fetch.calls[0]?.headers).not.toHaveProperty("authorization");
  });
});
