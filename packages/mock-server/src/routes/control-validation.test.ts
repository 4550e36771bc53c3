// Issue 14 §1, §4, §6: every control validates its whole body, answers 400 naming each bad field,
// changes nothing when it refuses, and no control leaves the server unable to answer.
import { describe, expect, it } from "vitest";
import { createInventoryMock, type InventoryMock } from "../create-inventory-mock.js";
import { demoSeed } from "../demo/demo-seed.js";

const M = "http://localhost:4010/__mock";
const send = (method: string, body: unknown) => ({
  method,
  headers: { "content-type": "application/json" },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

interface ErrorBody {
  errorCode: string;
  items: { field: string; code: string; message: string; index?: number }[];
}

const api = { "x-vol-tenant": "1000", "content-type": "application/json" };

/** A mock with one location and stock, answering API calls without tokens. */
function stocked(): InventoryMock {
  return createInventoryMock({
    auth: "any",
    startTime: "2025-01-01T00:00:00Z",
    seed: { inventory: { "1000": { locations: [{ code: "WH1" }], records: [{ locationCode: "WH1", upc: "A", quantity: 5 }] } } },
  });
}

/** A valid refresh and a valid query still work, and health answers 200. */
async function expectServing(mock: InventoryMock): Promise<void> {
  expect((await mock.fetch(`${M}/health`)).status).toBe(200);
  const refresh = await mock.fetch("http://x/api/commerce/inventory/v5/inventory/refresh", {
    method: "POST",
    headers: api,
    body: JSON.stringify({ locationCode: "WH1", items: [{ upc: "B", quantity: 2 }] }),
  });
  expect(refresh.status).toBe(200);
  const query = await mock.fetch("http://x/api/commerce/inventory/v5/inventory", {
    method: "POST",
    headers: api,
    body: JSON.stringify({ type: "ALL", locationCode: "WH1", items: [{ upc: "A" }, { upc: "B" }] }),
  });
  expect(query.status).toBe(200);
  expect(((await query.json()) as { upc: string; onHand: number }[]).map((r) => [r.upc, r.onHand])).toEqual([
    ["A", 5],
    ["B", 2],
  ]);
  expect((await mock.fetch(`${M}/snapshot`)).status).toBe(200);
}

async function refused(mock: InventoryMock, method: string, path: string, body: unknown): Promise<ErrorBody> {
  const before = await (await mock.fetch(`${M}/snapshot`)).text();
  const clock = mock.clock.toISOString();
  const faults = JSON.stringify(mock.faults.list());
  const res = await mock.fetch(`${M}/${path}`, send(method, body));
  expect(res.status).toBe(400);
  const error = (await res.json()) as ErrorBody;
  expect(error.errorCode).toBe("VALIDATION_ERROR");
  expect(error.items.length).toBeGreaterThan(0);
  expect(await (await mock.fetch(`${M}/snapshot`)).text()).toBe(before);
  expect(mock.clock.toISOString()).toBe(clock);
  expect(JSON.stringify(mock.faults.list())).toBe(faults);
  return error;
}

const fields = (error: ErrorBody) => error.items.map((i) => i.field);

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
}

describe("POST /__mock/seed validates the whole document", () => {
  it.each([
    [{ tenants: "x" }, ["tenants"]],
    [{ apps: 5 }, ["apps"]],
    [{ tenants: [null] }, ["tenants[0]"]],
    [{ tenants: [{ id: 5, sites: "x" }] }, ["tenants[0].sites"]],
    [{ tenants: [{ id: 5, name: { first: "x" } }] }, ["tenants[0].name"]],
    [{ tenants: [{ id: 5, sites: [{ id: 6, name: ["x"] }] }] }, ["tenants[0].sites[0].name"]],
    [{ apps: [{ clientId: { a: 1 }, clientSecret: "s", tenants: [1000] }] }, ["apps[0].clientId"]],
    [{ apps: [{ clientId: "c", clientSecret: "s", tenants: ["1000"] }] }, ["apps[0].tenants[0]"]],
    [{ colour: 1 }, ["colour"]],
    [{ inventory: { constructor: {} } }, ["inventory.constructor"]],
    [{ inventory: { toString: {} } }, ["inventory.toString"]],
    [{ tenants: [{ id: { toString: null } }] }, ["tenants[0].id"]],
    [{ inventory: { hasOwnProperty: {} } }, ["inventory.hasOwnProperty"]],
    [{ inventory: { valueOf: {} } }, ["inventory.valueOf"]],
    [{ inventory: { "1000": { records: [{ locationCode: "WH1", upc: "A", quantity: 1e308 }] } } }, ["inventory.1000.records[0].quantity"]],
    [{ inventory: { "1000": { records: [{ locationCode: "WH1", upc: "A", quantity: 2 ** 31 }] } } }, ["inventory.1000.records[0].quantity"]],
    [{ inventory: { "1000": { locations: [{ code: { x: 1 } }] } } }, ["inventory.1000.locations[0].code"]],
    [{ inventory: { "1000": { locations: [{ code: "WH1", constructor: 1 }] } } }, ["inventory.1000.locations[0].constructor"]],
    [{ inventory: { "1000": { tagCategories: [{ name: ["Channel"], values: [] }] } } }, ["inventory.1000.tagCategories[0].name"]],
  ])("%j → 400 naming %j, nothing changed, still serving", async (body, expected) => {
    const mock = stocked();
    const error = await refused(mock, "POST", "seed", body);
    for (const field of expected) expect(fields(error)).toContain(field);
    await expectServing(mock);
  });

  it("refuses deep nesting with 400, not a stack overflow", async () => {
    const mock = stocked();
    await refused(mock, "POST", "seed", { tenants: [{ id: 5, name: nested(1000) }] });
    await refused(mock, "POST", "seed", nested(1000));
    await refused(mock, "POST", "seed", { inventory: { "1000": { records: [{ locationCode: "WH1", upc: "A", quantity: 1, tags: nested(100) }] } } });
    // Nesting deeper than JSON.parse copes with is a 400 too.
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    await refused(mock, "POST", "seed", `{"tenants":${deep}}`);
    await expectServing(mock);
  });

  it("the largest quantity (2^31 − 1) is accepted, one more is not", async () => {
    const mock = stocked();
    const ok = await mock.fetch(
      `${M}/seed`,
      send("POST", { inventory: { "1000": { records: [{ locationCode: "WH1", upc: "M", quantity: 2_147_483_647 }] } } }),
    );
    expect(ok.status).toBe(200);
    await refused(mock, "POST", "seed", { inventory: { "1000": { records: [{ locationCode: "WH1", upc: "M", quantity: 2_147_483_648 }] } } });
    await expectServing(mock);
  });

  it("an app named constructor or __proto__ is data", async () => {
    const mock = stocked();
    const body = `{"apps":[{"clientId":"__proto__","clientSecret":"s","tenants":[1000]},{"clientId":"constructor","clientSecret":"t","tenants":[1000]}]}`;
    expect((await mock.fetch(`${M}/seed`, send("POST", body))).status).toBe(200);
    const snapshot = (await (await mock.fetch(`${M}/snapshot`)).json()) as { apps: Record<string, { clientSecret: string }> };
    expect(Object.hasOwn(snapshot.apps, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(snapshot.apps, "constructor")?.value).toMatchObject({ clientSecret: "t" });
    const ticket = await mock.fetch("http://x/api/platform/applications/authtickets/oauth", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: "__proto__", client_secret: "s", grant_type: "client_credentials" }),
    });
    expect(ticket.status).toBe(200);
    await expectServing(mock);
  });
});

describe("POST /__mock/restore validates the snapshot", () => {
  async function snapshotOf(mock: InventoryMock): Promise<Record<string, unknown>> {
    return (await (await mock.fetch(`${M}/snapshot`)).json()) as Record<string, unknown>;
  }

  it("round-trips its own snapshot, which carries a format and version", async () => {
    const mock = stocked();
    const snapshot = await snapshotOf(mock);
    expect(snapshot).toMatchObject({ format: "kibo-inventory-mock-snapshot", version: 1 });
    expect((await mock.fetch(`${M}/restore`, send("POST", snapshot))).status).toBe(200);
    await expectServing(mock);
  });

  // biome-ignore lint/suspicious/noExplicitAny: each case spoils a different path of the JSON document
  type Doc = Record<string, any>;
  /** A tag category as a snapshot stores it; `values` are [name, isDefault] pairs. */
  const category = (name: string, values: [string, boolean][], id = 1) => ({
    tagCategoryId: id,
    name,
    values: values.map(([value, isDefault], i) => ({ tagId: id * 10 + i, value, isDefault, created: "2025-01-01T00:00:00.000Z", updated: "2025-01-01T00:00:00.000Z" })),
    created: "2025-01-01T00:00:00.000Z",
  });
  it("round-trips tag categories made through the API (two values, one default, stock on their segments)", async () => {
    const mock = stocked();
    const put = await mock.fetch("http://x/api/commerce/inventory/v1/tagCategory/Channel", {
      method: "PUT",
      headers: api,
      body: JSON.stringify({ name: "Channel", tags: [{ tagValue: "Web" }, { tagValue: "Store", isDefault: true }] }),
    });
    expect(put.status).toBe(200);
    const snapshot = await snapshotOf(mock);
    expect((await mock.fetch(`${M}/restore`, send("POST", snapshot))).status).toBe(200);
    expect(await snapshotOf(mock)).toEqual(snapshot);
  });

  it.each<[string, (s: Doc) => void, string]>([
    ["an app without tenants", (s) => delete s.apps["mock-app"].tenants, 'apps["mock-app"].tenants'],
    ["a tenant without sites", (s) => delete s.tenants["1000"].sites, "tenants.1000.sites"],
    ["a tenant id of the wrong type", (s) => (s.tenants["1000"].id = "1000"), "tenants.1000.id"],
    ["a tenant id that cannot even be printed (found by the fuzz test)", (s) => (s.tenants["1000"].id = { toString: null }), "tenants.1000.id"],
    ["a site id of the wrong type", (s) => (s.tenants["1000"].sites[0].id = { id: 1 }), "tenants.1000.sites[0].id"],
    ["a tenant keyed by another id", (s) => (s.tenants["1000"].id = 1001), "tenants.1000.id"],
    ["an inventory without records", (s) => delete s.inventory["1000"].slots, "inventory.1000.slots"],
    ["a segment quantity of the wrong type", (s) => (s.inventory["1000"].slots[0].records[0].segments[0].onHand = "5"), "inventory.1000.slots[0].records[0].segments[0].onHand"],
    ["a quantity out of range", (s) => (s.inventory["1000"].slots[0].records[0].segments[0].onHand = 1e20), "inventory.1000.slots[0].records[0].segments[0].onHand"],
    ["settings missing", (s) => delete s.inventory["1000"].settings, "inventory.1000.settings"],
    ["a location without a code", (s) => delete s.inventory["1000"].locations[0].code, "inventory.1000.locations[0].code"],
    ["inventory for a tenant that is not there", (s) => (s.inventory.constructor = s.inventory["1000"]), "inventory.constructor"],
    ["stock at a location it does not list", (s) => (s.inventory["1000"].slots[0].locationCode = "WH9"), "inventory.1000.slots[0].locationCode"],
    ["a tag category without values", (s) => (s.inventory["1000"].tagCategories = [category("Channel", [])]), "inventory.1000.tagCategories[0].values"],
    ["a tag category with two defaults", (s) => (s.inventory["1000"].tagCategories = [category("Channel", [["Web", true], ["Store", true]])]), "inventory.1000.tagCategories[0].values"],
    ["a tag category without a default", (s) => (s.inventory["1000"].tagCategories = [category("Channel", [["Web", false]])]), "inventory.1000.tagCategories[0].values"],
    ["a tag value named twice", (s) => (s.inventory["1000"].tagCategories = [category("Channel", [["Web", true], ["Web", false]])]), "inventory.1000.tagCategories[0].values[1].value"],
    ["a tag category named twice", (s) => (s.inventory["1000"].tagCategories = [category("Channel", [["Web", true]]), category("Channel", [["Store", true]], 2)]), "inventory.1000.tagCategories[1].name"],
    ["another format", (s) => (s.format = "something-else"), "format"],
    ["another version", (s) => (s.version = 2), "version"],
  ])("refuses %s (400 naming it, nothing changed)", async (_, spoil, field) => {
    const mock = stocked();
    const snapshot = structuredClone(await snapshotOf(mock));
    spoil(snapshot);
    const error = await refused(mock, "POST", "restore", snapshot);
    expect(fields(error)).toContain(field);
    await expectServing(mock);
  });
});

describe("PUT /__mock/clock keeps a valid date", () => {
  it.each([
    [{ advanceMs: 1e20 }, "advanceMs"],
    [{ advanceMs: -1e20 }, "advanceMs"],
    [{ advanceMs: 8.64e15 }, "advanceMs"],
    [{ advanceMs: 1.5 }, "advanceMs"],
    [{ advanceMs: "60000" }, "advanceMs"],
    [{ now: "+275760-09-13T00:00:00.001Z" }, "now"],
    [{ now: "soon" }, "now"],
    [{ now: { iso: "2025-01-01" } }, "now"],
    [{}, "body"],
    [{ now: "2025-01-01T00:00:00Z", later: 1 }, "later"],
  ])("%j → 400 naming %s, clock unchanged, still serving", async (body, field) => {
    const mock = stocked();
    const error = await refused(mock, "PUT", "clock", body);
    expect(fields(error)).toContain(field);
    await expectServing(mock);
  });

  it("moves within the documented range (years 0000–9999) and refuses one step past either end", async () => {
    const mock = stocked();
    const put = (body: unknown) => mock.fetch(`${M}/clock`, send("PUT", body));
    expect(await (await put({ now: "9999-12-31T23:59:59.999Z" })).json()).toEqual({ now: "9999-12-31T23:59:59.999Z" });
    expect((await put({ advanceMs: 1 })).status).toBe(400);
    expect(await (await put({ now: "0000-01-01T00:00:00.000Z" })).json()).toEqual({ now: "0000-01-01T00:00:00.000Z" });
    expect((await put({ advanceMs: -1 })).status).toBe(400);
    expect(await (await put({ advanceMs: 86_400_000 })).json()).toEqual({ now: "0000-01-02T00:00:00.000Z" });
    expect(await (await put({ now: "2025-01-01T00:00:00Z", advanceMs: -1000 })).json()).toEqual({ now: "2024-12-31T23:59:59.000Z" });
    await expectServing(mock);
  });
});

describe("POST /__mock/faults validates the fault", () => {
  it.each([
    [{ operationId: nested(200), status: 503 }, "operationId"],
    [{ operationId: "nope", status: 503 }, "operationId"],
    [{ operationId: "refresh", status: 200 }, "status"],
    [{ operationId: "refresh", times: 0, status: 503 }, "times"],
    [{ operationId: "refresh", latencyMs: 1e12 }, "latencyMs"],
    [{ operationId: "refresh", status: 503, colour: 1 }, "colour"],
    [{ operationId: "constructor", status: 503 }, "operationId"],
  ])("%j → 400 naming %s, nothing added", async (body, field) => {
    const mock = stocked();
    const error = await refused(mock, "POST", "faults", body);
    expect(fields(error)).toContain(field);
    await expectServing(mock);
  });

  it("still takes a fault without times (once) and with `*`", async () => {
    const mock = stocked();
    expect((await mock.fetch(`${M}/faults`, send("POST", { operationId: "*", status: 503 }))).status).toBe(200);
    expect(mock.faults.list()).toMatchObject([{ operationId: "*", times: 1, status: 503 }]);
  });
});

describe("controls without a body", () => {
  it("reset and jobs/flush ignore nothing but refuse a body that is not JSON", async () => {
    const mock = stocked();
    expect((await mock.fetch(`${M}/reset`, { method: "POST" })).status).toBe(200);
    expect((await mock.fetch(`${M}/jobs/flush`, { method: "POST" })).status).toBe(200);
    expect((await mock.fetch(`${M}/reset`, send("POST", {}))).status).toBe(200);
    await refused(mock, "POST", "reset", { colour: 1 });
    await refused(mock, "POST", "jobs/flush", [1]);
    await expectServing(mock);
  });
});

describe("snapshots round-trip at any size (issue 14 §4)", () => {
  it("restores the demo data's own snapshot (over 20 MiB, the API's body limit)", async () => {
    const mock = createInventoryMock({ auth: "any", startTime: "2025-01-01T00:00:00Z", seed: demoSeed({ now: Date.parse("2025-01-01T00:00:00Z") }) });
    const text = await (await mock.fetch(`${M}/snapshot`)).text();
    expect(text.length).toBeGreaterThan(mock.options.maxBodyBytes);
    expect((await mock.fetch(`${M}/reset`, send("POST", {}))).status).toBe(200);
    await mock.fetch(`${M}/seed`, send("POST", { inventory: { "1000": { locations: [{ code: "NEW" }] } } }));
    const restored = await mock.fetch(`${M}/restore`, send("POST", text));
    expect(restored.status).toBe(200);
    expect(await (await mock.fetch(`${M}/snapshot`)).text()).toBe(text);
  }, 120_000);

  it("the document limit is an option, and a body past it is 413", async () => {
    const mock = createInventoryMock({ maxControlBodyBytes: 1000 });
    const res = await mock.fetch(`${M}/restore`, send("POST", { padding: "x".repeat(2000) }));
    expect(res.status).toBe(413);
    expect((await mock.fetch(`${M}/seed`, send("POST", { tenants: [{ id: 5, name: "x".repeat(2000) }] }))).status).toBe(413);
  });
});
