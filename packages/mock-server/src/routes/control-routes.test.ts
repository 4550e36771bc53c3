import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { specOperations } from "../../test/support/spec-operations.js";
import { createInventoryMock } from "../create-inventory-mock.js";

const M = "http://localhost:4010/__mock";
/** A schema of openapi/mock-controls.yaml's components, as a validator. */
function controlSchema(name: string) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(parse(readFileSync(new URL("../../../../openapi/mock-controls.yaml", import.meta.url), "utf8")), "mock-controls.yaml");
  return ajv.compile({ $ref: `mock-controls.yaml#/components/schemas/${name}` });
}

const json = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("/__mock controls", () => {
  it("health, clock, seed, snapshot, restore and reset over HTTP", async () => {
    const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
    expect(await (await mock.fetch(`${M}/health`)).json()).toEqual({ status: "ok", now: "2025-01-01T00:00:00.000Z", jobs: "sync" });

    const clock = await mock.fetch(`${M}/clock`, { ...json({ advanceMs: 60_000 }), method: "PUT" });
    expect(await clock.json()).toEqual({ now: "2025-01-01T00:01:00.000Z" });
    expect((await mock.fetch(`${M}/clock`, { ...json({ now: "soon" }), method: "PUT" })).status).toBe(400);

    const before = await (await mock.fetch(`${M}/snapshot`)).json();
    expect((await mock.fetch(`${M}/seed`, json({ tenants: [{ id: 77, sites: [{ id: 78 }] }] }))).status).toBe(200);
    expect(mock.snapshot().tenants["77"]).toMatchObject({ id: 77, sites: [{ id: 78 }] });
    expect((await mock.fetch(`${M}/seed`, json({ tenants: [{ id: -1 }] }))).status).toBe(400);

    expect((await mock.fetch(`${M}/restore`, json(before))).status).toBe(200);
    expect(mock.snapshot().tenants["77"]).toBeUndefined();
    expect((await mock.fetch(`${M}/restore`, json({ version: 2 }))).status).toBe(400);

    await mock.fetch(`${M}/seed`, json({ tenants: [{ id: 77 }] }));
    expect((await mock.fetch(`${M}/reset`, { method: "POST" })).status).toBe(200);
    expect(mock.snapshot().tenants["77"]).toBeUndefined();
    expect(mock.clock.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("adds, lists and clears faults over HTTP", async () => {
    const mock = createInventoryMock({ auth: "any" });
    const added = await mock.fetch(`${M}/faults`, json({ operationId: "getTenant", times: 2, status: 503 }));
    expect(added.status).toBe(200);
    expect(await added.json()).toEqual({ ok: true });
    expect(await (await mock.fetch(`${M}/faults`)).json()).toMatchObject([{ operationId: "getTenant", times: 2, status: 503 }]);
    expect((await mock.fetch(`${M}/faults`, json({ operationId: "nope" }))).status).toBe(400);
    expect((await mock.fetch("http://x/api/platform/tenants/1000")).status).toBe(503);
    expect((await mock.fetch(`${M}/faults`, { method: "DELETE" })).status).toBe(200);
    expect((await mock.fetch("http://x/api/platform/tenants/1000")).status).toBe(200);
  });

  it("flushes jobs", async () => {
    const mock = createInventoryMock();
    expect(await (await mock.fetch(`${M}/jobs/flush`, { method: "POST" })).json()).toEqual({ flushed: 0 });
  });

  it("pages the inventory by (product, location), sorted, filtered by location and UPC/part number/SKU", async () => {
    const mock = createInventoryMock({
      seed: {
        inventory: {
          "1000": {
            locations: [{ code: "A" }, { code: "B" }],
            records: [
              { locationCode: "B", upc: "200", quantity: 1, partNumber: "Boot-9" },
              { locationCode: "A", upc: "200", quantity: 2 },
              { locationCode: "A", upc: "100", quantity: 3, lotCode: "L1" },
              { locationCode: "A", upc: "100", quantity: 4, lotCode: "L2" },
              { locationCode: "B", upc: "300", quantity: 5, sku: "sku-X" },
            ],
          },
        },
      },
    });
    const browsePage = controlSchema("InventoryBrowsePage");
    const page = async (query: string) => {
      const body: unknown = await (await mock.fetch(`${M}/inventory?${query}`)).json();
      expect(browsePage(body), JSON.stringify(browsePage.errors)).toBe(true);
      return body;
    };
    expect(await page("limit=2")).toEqual({
      total: 4,
      offset: 0,
      limit: 2,
      items: [
        { upc: "100", locationCode: "A", records: 2 },
        { upc: "200", locationCode: "A", records: 1 },
      ],
    });
    expect(await page("offset=2&limit=2")).toMatchObject({ total: 4, items: [{ upc: "200", locationCode: "B" }, { upc: "300", locationCode: "B" }] });
    expect(await page("locationCode=B")).toMatchObject({ total: 2, items: [{ upc: "200" }, { upc: "300" }] });
    expect(await page("search=boot")).toMatchObject({ total: 1, items: [{ upc: "200", locationCode: "B" }] });
    expect(await page("search=SKU-x")).toMatchObject({ total: 1, items: [{ upc: "300" }] });
    expect(await page("search=0&locationCode=A")).toMatchObject({ total: 2 });
    expect(await page("tenantId=1000&offset=9")).toMatchObject({ total: 4, items: [] });
    // A write shows on the next page read.
    mock.seed({ inventory: { "1000": { records: [{ locationCode: "B", upc: "050", quantity: 1 }] } } });
    expect(await page("limit=1")).toMatchObject({ total: 5, items: [{ upc: "050" }] });

    for (const [query, field] of [["limit=0", "limit"], ["limit=501", "limit"], ["offset=-1", "offset"], ["offset=x", "offset"], ["tenantId=0", "tenantId"]]) {
      const res = await mock.fetch(`${M}/inventory?${query}`);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(await res.json()), query).toContain(`"field":"${field}"`);
    }
    expect(await page("limit=500")).toMatchObject({ limit: 500, total: 5 });
  });

  it("are 404 with admin: false", async () => {
    const mock = createInventoryMock({ admin: false });
    for (const path of ["health", "snapshot", "reset"]) {
      const res = await mock.fetch(`${M}/${path}`, { method: path === "reset" ? "POST" : "GET" });
      expect(res.status).toBe(404);
    }
  });
});

describe("state changes and persistence seam", () => {
  it("exports and imports the whole server, tokens and clock included", async () => {
    const a = createInventoryMock({ startTime: "2025-01-01T00:00:00Z", seed: { tenants: [{ id: 5 }] } });
    const res = await a.fetch(
      "http://x/api/platform/applications/authtickets/oauth",
      json({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" }),
    );
    const { access_token } = (await res.json()) as { access_token: string };
    a.clock.advance(1000);
    const document = JSON.parse(JSON.stringify(a.exportState()));

    const b = createInventoryMock();
    b.importState(document);
    expect(b.clock.toISOString()).toBe("2025-01-01T00:00:01.000Z");
    expect(b.snapshot().tenants["5"]).toBeDefined();
    const tenant = await b.fetch("http://x/api/platform/tenants/1000", { headers: { authorization: `Bearer ${access_token}` } });
    expect(tenant.status).toBe(200);
    expect(() => b.importState({ ...document, format: "other" })).toThrow(/format/);
  });
});

describe("control routes vs openapi/mock-controls.yaml", () => {
  it("serve every operation of the contract, under the same operationId, and no control it leaves out", () => {
    const ours = createInventoryMock()
      .routes.filter((r) => r.path.startsWith("/__mock/"))
      .map((r) => `${r.method} ${r.path} ${r.operationId}`)
      .sort();
    expect(ours).toEqual(specOperations("mock-controls.yaml"));
  });

  it("answer the clock and the faults list as the contract's schemas say", async () => {
    const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
    const clock = controlSchema("ClockState");
    expect(clock(await (await mock.fetch(`${M}/clock`)).json())).toBe(true);
    await mock.fetch(`${M}/faults`, json({ operationId: "refresh", times: 2, status: 429, retryAfter: 1, latencyMs: 5 }));
    const faults: unknown = await (await mock.fetch(`${M}/faults`)).json();
    const fault = controlSchema("ActiveFault");
    expect(Array.isArray(faults) && faults.length === 1 && fault(faults[0]), JSON.stringify(fault.errors)).toBe(true);
  });
});
