import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInventoryMock } from "../create-inventory-mock.js";

const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
const server = setupServer(
  ...mock.handlers,
  http.all("*", ({ request }) => HttpResponse.json({ fallback: new URL(request.url).pathname })),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

async function answeredBy(url: string): Promise<"mock" | "fallback"> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  const body = (await res.json()) as { fallback?: string };
  return body.fallback === undefined ? "mock" : "fallback";
}

describe("MSW handlers", () => {
  it("answer Kibo's API paths and the controls on any host", async () => {
    expect(await answeredBy("https://t1000-s2000.sandbox.mozu.com/api/commerce/inventory/v5/inventory")).toBe("mock");
    expect(await answeredBy("http://localhost:8080/api/platform/applications/authtickets/oauth")).toBe("mock");
    expect(await answeredBy("https://example.test/api/commerce/no/such/operation?x=1")).toBe("mock");
    expect(await answeredBy("https://example.test/__mock/reset")).toBe("mock");
  });

  it("leave other paths, under /api/ or not, to the next handler", async () => {
    expect(await answeredBy("https://example.test/api/other/thing")).toBe("fallback");
    expect(await answeredBy("https://example.test/prefix/api/commerce/inventory/v5/inventory")).toBe("fallback");
    expect(await answeredBy("https://example.test/commerce/inventory/v5/inventory")).toBe("fallback");
  });

  it("pass a typeless empty body (what a service worker makes of a bodyless POST) as no body, and still refuse a typeless one with content", async () => {
    const post = (body: BodyInit) => fetch("https://example.test/__mock/reset", { method: "POST", body });
    expect((await post(new Uint8Array(0))).status).toBe(200);
    const refused = await post(new Blob(["{}"]));
    expect(refused.status).toBe(415);
    expect(await refused.json()).toMatchObject({ errorCode: "UNSUPPORTED_MEDIA_TYPE" });
  });
});
