import { describe, expect, it } from "vitest";
import { segmentedMock } from "../../test/support/write-test-kit.js";

const M = "http://localhost:4010/__mock";
const INV = "https://x/api/commerce/inventory/v5/inventory";
const API_HEADERS = { authorization: "Bearer test-token", "x-vol-tenant": "1000", "content-type": "application/json" };
const put = (body: unknown, query = "") =>
  ({ url: `${M}/settings${query}`, init: { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) } }) as const;

interface KiboError {
  errorCode: string;
  message: string;
  items: { field: string; code: string; message: string; index?: number }[];
}

/** One control call; `operationId` names it for a failing test's reader. */
async function send<T>(mock: ReturnType<typeof segmentedMock>, request: { url: string; init?: RequestInit }, _operationId: string) {
  const res = await mock.fetch(request.url, request.init);
  const body = (await res.json()) as T;
  return { status: res.status, body };
}

const DEFAULTS = {
  tenantID: 1000,
  tagsEnabled: true,
  granularFieldsEnabled: true,
  expirationEnabled: false,
  conditionAvailabilityEnabled: true,
  quantitySetsAvailable: false,
  pendingOnShortfall: true,
  tagCategoryLimit: 3,
  totalTagLimit: 6,
};

describe("GET/PUT /__mock/settings (docs/semantics.md › Tenant settings)", () => {
  it("reads the defaults, changes the given fields only, and keeps them in snapshots", async () => {
    const mock = segmentedMock();
    expect((await send(mock, { url: `${M}/settings` }, "getTenantSettings")).body).toEqual(DEFAULTS);
    const changed = await send(mock, put({ quantitySetsAvailable: true, granularFieldsEnabled: false }), "updateTenantSettings");
    expect(changed).toEqual({ status: 200, body: { ...DEFAULTS, quantitySetsAvailable: true, granularFieldsEnabled: false } });
    expect((await send(mock, { url: `${M}/settings?tenant=1000` }, "getTenantSettings")).body).toEqual(changed.body);
    // Snapshot and restore carry them.
    const snapshot = await (await mock.fetch(`${M}/snapshot`)).json();
    await send(mock, put({ quantitySetsAvailable: false }), "updateTenantSettings");
    await mock.fetch(`${M}/restore`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(snapshot) });
    expect((await send(mock, { url: `${M}/settings` }, "getTenantSettings")).body).toMatchObject({ quantitySetsAvailable: true, granularFieldsEnabled: false });
  });

  it("a seed document sets them too, per tenant", async () => {
    const mock = segmentedMock();
    const seeded = await mock.fetch(`${M}/seed`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tenants: [{ id: 77 }], inventory: { "77": { settings: { tagsEnabled: false, expirationEnabled: true } } } }),
    });
    expect(seeded.status).toBe(200);
    expect((await send(mock, { url: `${M}/settings?tenant=77` }, "getTenantSettings")).body).toEqual({ ...DEFAULTS, tenantID: 77, tagsEnabled: false, expirationEnabled: true });
    expect((await send(mock, { url: `${M}/settings` }, "getTenantSettings")).body).toEqual(DEFAULTS);
    const bad = await mock.fetch(`${M}/seed`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inventory: { "1000": { settings: { quantitySetsAvailable: "yes" } } } }),
    });
    expect(bad.status).toBe(400);
  });

  it("refuses bad bodies with 400 naming every field, and changes nothing", async () => {
    const mock = segmentedMock();
    const before = mock.engine.get();
    const unknown = await send<KiboError>(mock, put({ tagsEnabled: false, colour: "red", __proto__x: 1 }), "updateTenantSettings");
    expect(unknown.status).toBe(400);
    expect(unknown.body.items.map((i) => [i.field, i.code])).toEqual([["colour", "UNKNOWN_FIELD"], ["__proto__x", "UNKNOWN_FIELD"]]);
    const types = await send<KiboError>(mock, put({ tagsEnabled: "no", tagCategoryLimit: 0 }), "updateTenantSettings");
    expect(types.status).toBe(400);
    expect(types.body.errorCode).toBe("VALIDATION_ERROR");
    expect(types.body.items.map((i) => i.field).sort()).toEqual(["tagCategoryLimit", "tagsEnabled"]);
    expect((await send<KiboError>(mock, put({}), "updateTenantSettings")).status).toBe(400);
    expect((await send<KiboError>(mock, put([true]), "updateTenantSettings")).status).toBe(400);
    // A limit below what is configured (Channel has 2 values) is the engine's refusal, in the same shape.
    const below = await send<KiboError>(mock, put({ totalTagLimit: 1 }), "updateTenantSettings");
    expect([below.status, below.body.items[0]?.field]).toEqual([400, "totalTagLimit"]);
    expect((await send<KiboError>(mock, put({ tagsEnabled: false }, "?tenant=abc"), "updateTenantSettings")).status).toBe(400);
    expect((await send<KiboError>(mock, put({ tagsEnabled: false }, "?tenant=4242"), "updateTenantSettings")).status).toBe(404);
    expect(mock.engine.get()).toBe(before);
  });

  it("writes using a disabled feature are 400 naming the setting; the next valid request works", async () => {
    const mock = segmentedMock();
    await send(mock, put({ tagsEnabled: false, granularFieldsEnabled: false }), "updateTenantSettings");
    const refresh = (items: unknown[]) => mock.fetch(`${INV}/refresh`, { method: "POST", headers: API_HEADERS, body: JSON.stringify({ locationCode: "homebase", items }) });
    const res = await refresh([{ upc: "U", quantity: 1, tags: { Channel: "Target" } }, { upc: "U", quantity: 1, lotCode: "A" }]);
    const body = (await res.json()) as KiboError;
    expect(res.status).toBe(400);
    expect(body.items.map((i) => [i.field, i.code])).toEqual([
      ["items[0].tags", "SETTING_DISABLED"],
      ["items[1].lotCode", "SETTING_DISABLED"],
    ]);
    expect(body.items[0]?.message).toContain("tagsEnabled");
    expect(body.items[1]?.message).toContain("granularFieldsEnabled");
    const tag = await mock.fetch("https://x/api/commerce/inventory/v1/tagCategory/Region", {
      method: "PUT",
      headers: API_HEADERS,
      body: JSON.stringify({ tags: [{ tagValue: "EU" }] }),
    });
    expect(tag.status).toBe(400);
    expect((await refresh([{ upc: "U", quantity: 1 }])).status).toBe(200);
  });

  it("quantity sets Available over HTTP: refresh 10 with 4 allocated → onHand 14, available 10", async () => {
    const mock = segmentedMock();
    await send(mock, put({ quantitySetsAvailable: true }), "updateTenantSettings");
    const post = (path: string, body: unknown) => mock.fetch(`${INV}${path}`, { method: "POST", headers: API_HEADERS, body: JSON.stringify(body) });
    await post("/refresh", { locationCode: "homebase", items: [{ upc: "Q", quantity: 10 }] });
    await post("/allocate", { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "Q", quantity: 4 }] });
    await post("/refresh", { locationCode: "homebase", items: [{ upc: "Q", quantity: 10 }] });
    const rows = (await (await post("", { type: "ALL", items: [{ upc: "Q" }] })).json()) as { onHand: number; available: number; allocated: number }[];
    expect(rows.map((r) => [r.onHand, r.allocated, r.available])).toEqual([[14, 4, 10]]);
  });
});
