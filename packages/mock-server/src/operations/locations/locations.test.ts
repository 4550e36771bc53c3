import { describe, expect, it } from "vitest";
import { readFixture, TENANT } from "../../../test/support/read-fixture.js";

const LOC = "/commerce/inventory/v1/location";
const ADMIN = "/commerce/admin/locations";

type Json = Record<string, unknown>;
interface KiboError {
  errorCode: string;
  items: { field: string }[];
}

describe("inventory locations", () => {
  it("saves (create, then update) and answers one-element arrays; lists by code", async () => {
    const f = readFixture();
    const body = { locationCode: "WH1", locationName: "Warehouse", tenantID: TENANT, active: true, directShip: true, pickup: false, countryCode: "US", latitude: 40.7 };
    const created = await f.post<Json[]>(LOC, body);
    expect(created.status).toBe(200);
    expect(created.body).toEqual([
      {
        locationID: expect.any(Number),
        locationCode: "WH1",
        locationName: "Warehouse",
        tenantID: TENANT,
        active: true,
        directShip: true,
        pickup: false,
        transferEnabled: false,
        express: false,
        includeInAggregate: true,
        includeInLocationExport: true,
        countryCode: "US",
        latitude: 40.7,
      },
    ]);
    const updated = await f.post<Json[]>(LOC, { ...body, locationName: "Main warehouse", pickup: true });
    expect(updated.body[0]).toMatchObject({ locationID: created.body[0]?.locationID, locationName: "Main warehouse", pickup: true });
    await f.location("A1");
    expect((await f.get<Json[]>(LOC)).body.map((l) => l.locationCode)).toEqual(["A1", "WH1"]);
    expect((await f.get<Json[]>(`${LOC}/WH1`)).body).toEqual(updated.body);
    const missing = await f.get<KiboError>(`${LOC}/NOPE`);
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe("LOCATION_NOT_FOUND");
  });

  it("refuses incomplete bodies with 400 naming every missing field", async () => {
    const f = readFixture();
    const res = await f.post<KiboError>(LOC, { locationCode: "", latitude: "north" });
    expect(res.status).toBe(400);
    expect(res.body.items.map((i) => i.field).sort()).toEqual(["active", "directShip", "latitude", "locationCode", "locationName", "pickup", "tenantID"]);
    const range = await f.post<KiboError>(LOC, { locationCode: "X", locationName: "X", tenantID: TENANT, active: true, directShip: false, pickup: false, latitude: 123 });
    expect(range.status).toBe(400);
    expect(range.body.items[0]?.field).toBe("latitude");
  });

  it("lists no location groups, and has none to look up by code", async () => {
    const f = readFixture();
    expect(await f.get("/commerce/inventory/v1/locationGroup")).toEqual({ status: 200, body: [] });
  });
});

describe("admin locations", () => {
  it("creates without inventory support unless asked; toggles supportsInventory, allowFulfillmentWithNoStock and isDisabled", async () => {
    const f = readFixture();
    const created = await f.post<Json>(ADMIN, { code: "S1", name: "Store 1", fulfillmentTypes: [{ code: "SP", name: "In Store Pickup" }] });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      code: "S1",
      name: "Store 1",
      supportsInventory: false,
      allowFulfillmentWithNoStock: false,
      isDisabled: false,
      fulfillmentTypes: [{ code: "SP", name: "In Store Pickup" }],
      includeInInventoryAggregrate: true,
    });
    expect((await f.post<KiboError>(ADMIN, { code: "S1", name: "again" })).status).toBe(409);

    // Without inventory support a write is refused (D1); the admin endpoint turns it on.
    const refresh = await f.post("/commerce/inventory/v5/inventory/refresh", { locationCode: "S1", items: [{ upc: "A", quantity: 1 }] });
    if (refresh.status !== 501) expect(refresh.status).toBe(400);
    const updated = await f.put<Json>(`${ADMIN}/S1`, { code: "S1", name: "Store 1", supportsInventory: true, allowFulfillmentWithNoStock: true, isDisabled: true });
    expect(updated.body).toMatchObject({ supportsInventory: true, allowFulfillmentWithNoStock: true, isDisabled: true, fulfillmentTypes: [{ code: "SP" }] });
    expect((await f.get<Json[]>(`${LOC}/S1`)).body[0]).toMatchObject({ active: false, pickup: true, directShip: false });
    expect((await f.get<Json>(`${ADMIN}/S1`)).body).toEqual(updated.body);

    expect((await f.put(`${ADMIN}/NOPE`, { code: "NOPE", name: "x" })).status).toBe(404);
    expect((await f.put<KiboError>(`${ADMIN}/S1`, { code: "S2", name: "x" })).body.items[0]?.field).toBe("code");
    expect((await f.get(`${ADMIN}/NOPE`)).status).toBe(404);
    expect((await f.post<KiboError>(ADMIN, { name: 5 })).body.items.map((i) => i.field).sort()).toEqual(["code", "name"]);
  });

  it("pages, sorts and filters the admin list", async () => {
    const f = readFixture();
    for (const code of ["C", "A", "B"]) await f.post(ADMIN, { code, name: `Loc ${code}`, supportsInventory: code !== "B" });
    const page = await f.get<{ startIndex: number; pageSize: number; pageCount: number; totalCount: number; items: Json[] }>(`${ADMIN}?startIndex=1&pageSize=1`);
    expect(page.body).toMatchObject({ startIndex: 1, pageSize: 1, pageCount: 3, totalCount: 3 });
    expect(page.body.items.map((l) => l.code)).toEqual(["B"]);
    const desc = await f.get<{ items: Json[] }>(`${ADMIN}?sortBy=${encodeURIComponent("code desc")}`);
    expect(desc.body.items.map((l) => l.code)).toEqual(["C", "B", "A"]);
    const filtered = await f.get<{ items: Json[]; totalCount: number }>(`${ADMIN}?filter=${encodeURIComponent("supportsInventory eq true")}`);
    expect(filtered.body.items.map((l) => l.code)).toEqual(["A", "C"]);
    for (const bad of ["pageSize=0", "startIndex=-1", "startIndex=x", "filter=weird", "sortBy=color"]) {
      const res = await f.get<KiboError>(`${ADMIN}?${bad}`);
      expect(res.status, bad).toBe(400);
    }
  });
});
