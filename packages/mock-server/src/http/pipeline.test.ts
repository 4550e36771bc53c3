import { afterEach, describe, expect, it, vi } from "vitest";
import { createClock } from "../core/clock.js";
import { createCorrelationIds } from "../core/correlation.js";
import { createFaults } from "../core/faults.js";
import { initialState } from "../core/seed.js";
import { emptySessions } from "../core/server-state.js";
import { createInventoryMock } from "../create-inventory-mock.js";
import { createPipeline, type ResponseEvent } from "./pipeline.js";
import type { RouteDefinition, ServerRuntime } from "./route.js";
import { createRouter } from "./router.js";

const OAUTH = "http://localhost/api/platform/applications/authtickets/oauth";
const TENANT = "http://localhost/api/platform/tenants/1000";
const JSON_TYPE = { "content-type": "application/json" };
const CREDS = JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" });

function pipelineWith(routes: RouteDefinition[], events: ResponseEvent[] = []) {
  const clock = createClock("2025-01-01T00:00:00Z");
  const state = initialState({ tenantId: 1000, siteId: 2000, clientId: "mock-app", clientSecret: "mock-secret" }, undefined);
  const runtime: ServerRuntime = { state, sessions: emptySessions(), clock };
  const router = createRouter(routes);
  const errors: unknown[] = [];
  const handle = createPipeline({
    router,
    runtime,
    faults: createFaults((id) => router.hasOperation(id)),
    correlation: createCorrelationIds(),
    auth: { mode: "any", staticTokens: {}, defaultTenantId: 1000 },
    maxBodyBytes: 1024,
    commit: undefined,
    jobHistory: 10_000,
    onResponse: (event) => events.push(event),
    onUnhandledError: (error) => errors.push(error),
  });
  return { handle, errors };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("pipeline", () => {
  it("turns a throwing handler into a 500 in Kibo's shape, without details", async () => {
    const { handle, errors } = pipelineWith([
      {
        method: "POST",
        path: "/api/boom",
        operationId: "boom",
        access: "tenant",
        handler: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'secret')");
        },
      },
    ]);
    const res = await handle(new Request("http://x/api/boom", { method: "POST" }));
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      message: "The server failed to process the request.",
      errorCode: "INTERNAL_ERROR",
      applicationName: "Inventory",
      correlationId: res.headers.get("x-vol-correlation"),
      additionalErrorData: [],
      items: [],
    });
    expect(errors).toHaveLength(1);
  });

  it("validates bodies with a schema through ctx.body(schema)", async () => {
    const schema = {
      safeParse: (input: unknown) =>
        Array.isArray(input)
          ? ({ success: true, data: input } as const)
          : ({ success: false, error: { issues: [{ path: ["items", 3, "quantity"], message: "bad", code: "too_small" }] } } as const),
    };
    const { handle } = pipelineWith([
      { method: "POST", path: "/api/v", operationId: "v", access: "public", handler: async (ctx) => ctx.json(await ctx.body(schema)) },
    ]);
    const bad = await handle(new Request("http://x/api/v", { method: "POST", headers: JSON_TYPE, body: "{}" }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ items: [{ index: 3, field: "items[3].quantity", code: "TOO_SMALL" }] });
    const good = await handle(new Request("http://x/api/v", { method: "POST", headers: JSON_TYPE, body: "[1]" }));
    expect(await good.json()).toEqual([1]);
  });

  it("lets ctx.body() be called more than once: the body is read once, each call parses it afresh", async () => {
    const seen: unknown[] = [];
    const { handle } = pipelineWith([
      {
        method: "POST",
        path: "/api/twice",
        operationId: "twice",
        access: "public",
        handler: async (ctx) => {
          seen.push(await ctx.body(), await ctx.body());
          return ctx.json({ ok: true });
        },
      },
    ]);
    const res = await handle(new Request("http://x/api/twice", { method: "POST", headers: JSON_TYPE, body: '{"a":[1]}' }));
    expect(res.status).toBe(200);
    expect(seen).toEqual([{ a: [1] }, { a: [1] }]);
    expect(seen[0]).not.toBe(seen[1]);
    const malformed = await handle(new Request("http://x/api/twice", { method: "POST", headers: JSON_TYPE, body: "{" }));
    expect(malformed.status).toBe(400);
  });

  it("logs each answer with its operationId", async () => {
    const events: ResponseEvent[] = [];
    const { handle } = pipelineWith([{ method: "GET", path: "/api/a", operationId: "a", access: "public" }], events);
    await handle(new Request("http://x/api/a"));
    await handle(new Request("http://x/api/zzz"));
    expect(events.map((e) => [e.operationId, e.status])).toEqual([
      ["a", 501],
      [undefined, 404],
    ]);
  });
});

describe("correlation ids and JSON everywhere", () => {
  it("echoes the caller's id, else counts deterministically from mock-00000001", async () => {
    const mock = createInventoryMock();
    const first = await mock.fetch("http://x/api/commerce/nope");
    const echoed = await mock.fetch("http://x/api/commerce/nope", { headers: { "x-vol-correlation": "abc-123" } });
    const second = await mock.fetch(OAUTH, { method: "POST", headers: JSON_TYPE, body: CREDS });
    expect(first.headers.get("x-vol-correlation")).toBe("mock-00000001");
    expect(echoed.headers.get("x-vol-correlation")).toBe("abc-123");
    expect(((await echoed.json()) as { correlationId: string }).correlationId).toBe("abc-123");
    expect(second.headers.get("x-vol-correlation")).toBe("mock-00000002");
    for (const res of [first, second]) expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    mock.reset();
    expect((await mock.fetch("http://x/__mock/health")).headers.get("x-vol-correlation")).toBe("mock-00000001");
  });

  it("404s unknown paths, wrong methods and non-Kibo paths", async () => {
    const mock = createInventoryMock();
    for (const [method, url] of [
      ["GET", "http://x/api/commerce/inventory/v9/nothing"],
      ["GET", OAUTH],
      ["GET", "http://x/elsewhere"],
    ] as const) {
      const res = await mock.fetch(url, { method });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ errorCode: "NOT_FOUND", applicationName: "Inventory" });
    }
  });
});

describe("bodies", () => {
  it("answers 400 VALIDATION_ERROR for malformed or missing JSON", async () => {
    const mock = createInventoryMock();
    const malformed = await mock.fetch(OAUTH, { method: "POST", headers: JSON_TYPE, body: '{"client_id": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errorCode: "VALIDATION_ERROR", items: [{ field: "body", code: "MALFORMED_JSON" }] });
    expect((await mock.fetch(OAUTH, { method: "POST" })).status).toBe(400);
  });

  it("answers 413 over the limit, declared or streamed", async () => {
    const mock = createInventoryMock({ maxBodyBytes: 100 });
    const big = JSON.stringify({ pad: "x".repeat(200) });
    const declared = await mock.fetch(OAUTH, { method: "POST", headers: JSON_TYPE, body: big });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ errorCode: "PAYLOAD_TOO_LARGE" });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(50)));
        controller.close();
      },
    });
    const streamed = await mock.fetch(OAUTH, { method: "POST", headers: JSON_TYPE, body: stream, duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("fits a 12,000-item refresh under the default limit", async () => {
    const mock = createInventoryMock();
    const items = Array.from({ length: 12_000 }, (_, i) => ({ upc: `UPC-${i}`, quantity: i, locationCode: "WH1", lTD: 1 }));
    const body = JSON.stringify({ ...JSON.parse(CREDS), locationCode: "WH1", items });
    expect(body.length).toBeGreaterThan(700_000);
    const res = await mock.fetch(OAUTH, { method: "POST", headers: JSON_TYPE, body }); // a route that reads the whole body
    expect(res.status).toBe(200);
  });
});

describe("content types (CSRF: a cross-site page can send text/plain, forms and typeless bodies, never application/json)", () => {
  const seedBody = JSON.stringify({ tenants: [{ id: 4242, name: "Injected" }] });
  const tenants = async (mock: ReturnType<typeof createInventoryMock>) => Object.keys(mock.snapshot().tenants).sort();

  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
    ["a near miss", "application/jsonx"],
  ])("refuses %s with 415 and changes nothing, on the API and on the controls", async (_, type) => {
    const mock = createInventoryMock();
    const before = await tenants(mock);
    const seeded = await mock.fetch("http://x/__mock/seed", { method: "POST", headers: { "content-type": type }, body: seedBody });
    expect(seeded.status).toBe(415);
    expect(await seeded.json()).toMatchObject({ errorCode: "UNSUPPORTED_MEDIA_TYPE", items: [{ field: "Content-Type" }] });
    expect(await tenants(mock)).toEqual(before);
    const ticket = await mock.fetch(OAUTH, { method: "POST", headers: { "content-type": type }, body: CREDS });
    expect(ticket.status).toBe(415);
    // A body-less control with a declared non-JSON type (an empty form post) is refused too.
    mock.clock.advance(60_000);
    const advanced = mock.clock.toISOString();
    const reset = await mock.fetch("http://x/__mock/reset", { method: "POST", headers: { "content-type": type } });
    expect(reset.status).toBe(415);
    expect(mock.clock.toISOString()).toBe(advanced); // a reset would have rewound it
  });

  it("refuses a body sent without any Content-Type (fetch of a Blob or bytes)", async () => {
    const mock = createInventoryMock();
    const res = await mock.fetch("http://x/__mock/seed", { method: "POST", body: new TextEncoder().encode(seedBody) });
    expect(res.status).toBe(415);
    expect(await tenants(mock)).not.toContain("4242");
  });

  it("accepts application/json in any case and with parameters, and body-less writes without a type", async () => {
    const mock = createInventoryMock();
    for (const type of ["application/json", "Application/JSON; charset=utf-8"]) {
      expect((await mock.fetch(OAUTH, { method: "POST", headers: { "content-type": type }, body: CREDS })).status).toBe(200);
    }
    expect((await mock.fetch("http://x/__mock/seed", { method: "POST", headers: JSON_TYPE, body: seedBody })).status).toBe(200);
    expect(await tenants(mock)).toContain("4242");
    expect((await mock.fetch("http://x/__mock/reset", { method: "POST" })).status).toBe(200);
    expect(await tenants(mock)).not.toContain("4242");
  });
});

describe("methods", () => {
  it.each(["OPTIONS", "HEAD", "PROPFIND", "FOO"])("answers %s, which no route has, 405 with Allow on every path", async (method) => {
    const mock = createInventoryMock();
    for (const url of [OAUTH, "http://x/__mock/health", "http://x/nowhere"]) {
      const res = await mock.handle(new Request(url, { method }));
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, POST, PUT, DELETE, PATCH");
      if (method !== "HEAD") expect(await res.json()).toMatchObject({ errorCode: "METHOD_NOT_ALLOWED" });
    }
  });

  it("keeps 404 + Allow for a served method the path lacks", async () => {
    const res = await createInventoryMock().fetch(OAUTH, { method: "PUT" });
    expect(res.status).toBe(404);
    expect(res.headers.get("allow")).toBe("POST");
  });
});

describe("admin token", () => {
  const SNAPSHOT = "http://x/__mock/snapshot";

  it("guards every control but health with the token, as a bearer token or x-mock-admin-token", async () => {
    const mock = createInventoryMock({ adminToken: "s3cret-admin" });
    for (const headers of [{}, { authorization: "Bearer wrong" }, { "x-mock-admin-token": "s3cret-admi" }, { "x-mock-admin-token": "s3cret-admin-" }]) {
      const res = await mock.fetch(SNAPSHOT, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/Bearer/);
    }
    const refused = await mock.fetch("http://x/__mock/reset", { method: "POST" });
    expect(refused.status).toBe(401);
    expect((await mock.fetch(SNAPSHOT, { headers: { authorization: "Bearer s3cret-admin" } })).status).toBe(200);
    expect((await mock.fetch(SNAPSHOT, { headers: { "x-mock-admin-token": "s3cret-admin" } })).status).toBe(200);
    expect((await mock.fetch("http://x/__mock/health")).status).toBe(200);
  });

  it("leaves the API alone and the controls open when not set", async () => {
    const guarded = createInventoryMock({ adminToken: "s3cret-admin" });
    expect((await guarded.fetch(OAUTH, { method: "POST", headers: JSON_TYPE, body: CREDS })).status).toBe(200);
    expect((await createInventoryMock().fetch(SNAPSHOT)).status).toBe(200);
    expect(() => createInventoryMock({ adminToken: " " })).toThrow(/adminToken/);
  });
});

describe("faults", () => {
  it("answers 429 + Retry-After for exactly N calls, then runs the operation", async () => {
    const mock = createInventoryMock();
    mock.faults.add({ operationId: "getTenant", times: 2, status: 429, retryAfter: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await mock.fetch(TENANT, { headers: { authorization: "Bearer x" } });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers.get("retry-after")).toBe("3");
        expect(await res.json()).toMatchObject({ errorCode: "RATE_LIMITED", applicationName: "Inventory" });
      }
    }
    expect(statuses).toEqual([429, 429, 401]);
  });

  it("delays by latencyMs (fake timers)", async () => {
    vi.useFakeTimers();
    const mock = createInventoryMock({ auth: "any" });
    mock.faults.add({ operationId: "getTenant", latencyMs: 5000 });
    let settled = false;
    const pending = mock.fetch(TENANT).then((res) => {
      settled = true;
      return res;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it("fails at the network level: fetch rejects with a TypeError", async () => {
    const mock = createInventoryMock({ auth: "any" });
    mock.faults.add({ operationId: "oauthAuthenticateApp", networkError: true });
    await expect(mock.fetch(OAUTH, { method: "POST", headers: JSON_TYPE, body: CREDS })).rejects.toThrow(TypeError);
    expect((await mock.handle(new Request(TENANT))).status).toBe(200);
  });
});
