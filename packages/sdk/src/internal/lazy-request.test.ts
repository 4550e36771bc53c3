import { afterEach, describe, expect, it, vi } from "vitest";
import { createInventoryClient } from "../client.js";
import { unwrap } from "../unwrap.js";

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  isRequest: boolean;
}

/** Stubs the global fetch (the client's default) and records what each call was handed. */
function stubFetch(): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal("fetch", async (input: string | Request, init: RequestInit = {}) => {
    const request = new Request(input, init);
    sent.push({
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: request.body ? await request.text() : undefined,
      isRequest: input instanceof Request,
    });
    return Response.json([{ upc: "A" }], { headers: { "x-vol-correlation": "c-1" } });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the client's fast path (no Request built)", () => {
  it("sends the JSON body with Content-Type application/json, auth and x-vol headers as fetch(url, init)", async () => {
    const sent = stubFetch();
    const client = createInventoryClient({ tenantId: 7, siteId: 8, baseUrl: "https://t7.example/api", accessToken: "tok" });
    const rows = await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "A" }] } }));
    expect(rows).toEqual([{ upc: "A" }]);
    expect(sent).toEqual([
      {
        url: "https://t7.example/api/commerce/inventory/v5/inventory",
        method: "POST",
        headers: { authorization: "Bearer tok", "content-type": "application/json", "x-vol-site": "8", "x-vol-tenant": "7" },
        body: '{"type":"ALL","items":[{"upc":"A"}]}',
        isRequest: false,
      },
    ]);
  });

  it("sends no body and no Content-Type on a GET", async () => {
    const sent = stubFetch();
    const client = createInventoryClient({ tenantId: 7, baseUrl: "https://t7.example/api" });
    await client.GET("/commerce/inventory/v1/queue", { params: { query: { limit: 5 } } });
    expect(sent[0]?.url).toBe("https://t7.example/api/commerce/inventory/v1/queue?limit=5");
    expect(sent[0]?.body).toBeUndefined();
    expect(sent[0]?.headers).toEqual({ "x-vol-tenant": "7" });
  });

  it("middleware sees a Request-like object: a header it sets is sent; reading the body switches to the real Request", async () => {
    const sent = stubFetch();
    const client = createInventoryClient({ tenantId: 7, baseUrl: "https://t7.example/api" });
    const seen: unknown[] = [];
    client.use({
      async onRequest({ request }) {
        request.headers.set("x-trace", "t-1");
        seen.push(request.method, request.url, await request.clone().json());
        return undefined;
      },
    });
    await client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "B" }] } });
    expect(seen).toEqual(["POST", "https://t7.example/api/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "B" }] }]);
    expect(sent[0]?.headers["x-trace"]).toBe("t-1");
    expect(sent[0]?.body).toBe('{"type":"ALL","items":[{"upc":"B"}]}');
  });

  it("middleware may return a real Request, which is then sent", async () => {
    const sent = stubFetch();
    const client = createInventoryClient({ tenantId: 7, baseUrl: "https://t7.example/api" });
    client.use({ onRequest: ({ request }) => new Request(`${request.url}?replaced=1`, { method: "GET", headers: request.headers }) });
    await client.GET("/commerce/inventory/v1/queue");
    expect(sent[0]?.url).toBe("https://t7.example/api/commerce/inventory/v1/queue?replaced=1");
    expect(sent[0]?.headers["x-vol-tenant"]).toBe("7");
  });
});
