import { describe, expect, it } from "vitest";
import { createInventoryMock } from "../create-inventory-mock.js";

const BASE = "https://t1000-s2000.sandbox.mozu.com/api";
const OAUTH = `${BASE}/platform/applications/authtickets/oauth`;
const JOBS = `${BASE}/commerce/inventory/v1/bin/binTypes`; // a tenant route that stays 501 (bins are not simulated)

type Mock = ReturnType<typeof createInventoryMock>;

async function ticket(mock: Mock, body: Record<string, unknown> = {}) {
  const res = await mock.fetch(OAUTH, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials", ...body }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const api = (mock: Mock, headers: Record<string, string>) => mock.fetch(JOBS, { headers });

describe("OAuth tickets", () => {
  it("issues a ticket for the default app", async () => {
    const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
    const { status, body } = await ticket(mock);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: "bearer", expires_in: 3600 });
    expect(typeof body.access_token).toBe("string");
    expect(typeof body.refresh_token).toBe("string");
  });

  it("refuses bad credentials with 401 and errorCode", async () => {
    const mock = createInventoryMock();
    const { status, body } = await ticket(mock, { client_secret: "wrong" });
    expect(status).toBe(401);
    expect(body).toMatchObject({ errorCode: "UNAUTHORIZED", message: expect.any(String) });
    expect((await ticket(mock, { client_id: "nobody" })).status).toBe(401);
  });

  it("answers 400 for a body without the required fields", async () => {
    const mock = createInventoryMock();
    const { status, body } = await ticket(mock, { client_id: 5, grant_type: "password" });
    expect(status).toBe(400);
    expect((body.items as { field: string }[]).map((i) => i.field)).toEqual(["client_id", "grant_type"]);
  });

  it("accepts the refresh body (same body plus refresh_token), even with a stale refresh token", async () => {
    const mock = createInventoryMock();
    const first = await ticket(mock);
    const refreshed = await ticket(mock, { refresh_token: first.body.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(first.body.access_token);
    expect((await ticket(mock, { refresh_token: "from-before-a-restart" })).status).toBe(200);
  });

  it("honours overridden defaults and seeded apps", async () => {
    const mock = createInventoryMock({
      clientId: "my-app",
      clientSecret: "s3cret",
      tenantId: 7,
      siteId: 8,
      tokenTtlSeconds: 60,
      seed: { tenants: [{ id: 9, sites: [{ id: 10 }] }], apps: [{ clientId: "other", clientSecret: "x", tenants: [9] }] },
    });
    const mine = await ticket(mock, { client_id: "my-app", client_secret: "s3cret" });
    expect(mine.body.expires_in).toBe(60);
    const other = await ticket(mock, { client_id: "other", client_secret: "x" });
    const bearer = (t: typeof mine) => ({ authorization: `Bearer ${String(t.body.access_token)}` });
    expect((await api(mock, { ...bearer(mine), "x-vol-tenant": "7", "x-vol-site": "8" })).status).toBe(501);
    expect((await api(mock, { ...bearer(other), "x-vol-tenant": "9" })).status).toBe(501);
    expect((await api(mock, { ...bearer(other), "x-vol-tenant": "7" })).status).toBe(403);
  });
});

describe("API authentication", () => {
  it("needs a valid, unexpired token (401), by the server clock", async () => {
    const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
    const { body } = await ticket(mock);
    const headers = { authorization: `Bearer ${String(body.access_token)}`, "x-vol-tenant": "1000" };
    expect((await api(mock, { "x-vol-tenant": "1000" })).status).toBe(401);
    expect((await api(mock, { authorization: "Bearer nope", "x-vol-tenant": "1000" })).status).toBe(401);
    expect((await api(mock, { authorization: "Basic abc", "x-vol-tenant": "1000" })).status).toBe(401);
    expect((await api(mock, headers)).status).toBe(501);
    mock.clock.advance(3599_000);
    expect((await api(mock, headers)).status).toBe(501);
    mock.clock.advance(1000);
    const expired = await api(mock, headers);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ errorCode: "UNAUTHORIZED", message: "The access token has expired." });
  });

  it("checks x-vol-tenant (400 missing or malformed, 403 not installed) and x-vol-site (400 unknown)", async () => {
    const mock = createInventoryMock({ seed: { tenants: [{ id: 555 }] } });
    const { body } = await ticket(mock);
    const auth = { authorization: `Bearer ${String(body.access_token)}` };
    const missing = await api(mock, auth);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ errorCode: "VALIDATION_ERROR", items: [{ field: "x-vol-tenant", code: "REQUIRED" }] });
    expect((await api(mock, { ...auth, "x-vol-tenant": "abc" })).status).toBe(400);
    expect((await api(mock, { ...auth, "x-vol-tenant": "555" })).status).toBe(403);
    expect((await api(mock, { ...auth, "x-vol-tenant": "4242" })).status).toBe(403);
    expect((await api(mock, { ...auth, "x-vol-tenant": "1000", "x-vol-site": "3" })).status).toBe(400);
    expect((await mock.fetch(`${JOBS}?x-vol-site=3`, { headers: { ...auth, "x-vol-tenant": "1000" } })).status).toBe(400);
  });

  it("accepts static tokens and, in mode 'any', everything", async () => {
    const fixed = createInventoryMock({ staticTokens: { "test-token": "mock-app" } });
    expect((await api(fixed, { authorization: "Bearer test-token", "x-vol-tenant": "1000" })).status).toBe(501);
    const open = createInventoryMock({ auth: "any" });
    expect((await api(open, {})).status).toBe(501);
    expect((await open.fetch(`${BASE}/platform/tenants/1000`)).status).toBe(200);
  });

  it("looks tenants up: exactly 200 without domain, 404 unknown, 403 not installed, 401 without token", async () => {
    const mock = createInventoryMock({ seed: { tenants: [{ id: 555 }] } });
    const { body } = await ticket(mock);
    const headers = { authorization: `Bearer ${String(body.access_token)}` };
    const res = await mock.fetch(`${BASE}/platform/tenants/1000`, { headers });
    expect(res.status).toBe(200);
    const tenant = (await res.json()) as Record<string, unknown>;
    expect(tenant).toMatchObject({ id: 1000, sites: [{ id: 2000 }] });
    expect(tenant).not.toHaveProperty("domain");
    expect((await mock.fetch(`${BASE}/platform/tenants/4242`, { headers })).status).toBe(404);
    expect((await mock.fetch(`${BASE}/platform/tenants/555`, { headers })).status).toBe(403);
    expect((await mock.fetch(`${BASE}/platform/tenants/1000`)).status).toBe(401);
  });

  it("keeps tokens valid across reset() and restore()", async () => {
    const mock = createInventoryMock();
    const snapshot = mock.snapshot();
    const { body } = await ticket(mock);
    const headers = { authorization: `Bearer ${String(body.access_token)}`, "x-vol-tenant": "1000" };
    mock.reset();
    mock.restore(snapshot);
    expect((await api(mock, headers)).status).toBe(501);
  });
});

describe("token strings", () => {
  it("are unguessable: 256 random bits, unrelated from one ticket or one server to the next", async () => {
    const a = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
    const b = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
    const [a1, a2, b1] = [await ticket(a), await ticket(a), await ticket(b)].map((t) => t.body);
    const tokens = [a1, a2, b1].flatMap((t) => [t?.access_token, t?.refresh_token]) as string[];
    expect(new Set(tokens).size).toBe(6);
    for (const token of tokens) expect(token).toMatch(/^mock-[ar]t-[A-Za-z0-9_-]{43}$/);
    // No guessing from a known token: another server's first ticket differs from this one's first.
    expect(b1?.access_token).not.toBe(a1?.access_token);
  });
});
