import { describe, expect, it } from "vitest";
import { readFixture, segmentationExample, TENANT } from "../../../test/support/read-fixture.js";

const QUERY = "/commerce/inventory/v5/inventory";
const RIS_QUERY = "/commerce/realtime-inventory/v5/inventory";

type Row = Record<string, unknown> & { taggedInventory?: Record<string, unknown>[]; futureInventory?: Record<string, unknown>[] };

describe("postQueryInventory", () => {
  it("reads Kibo's segmentation example back exactly", async () => {
    const f = readFixture();
    await segmentationExample(f);
    const { status, body } = await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "UPC1" }] });
    expect(status).toBe(200);
    expect(body).toEqual([
      {
        tenantID: TENANT,
        locationCode: "homebase",
        locationName: "Location homebase",
        upc: "UPC1",
        onHand: 150,
        available: 148,
        allocated: 2,
        pending: 0,
        floor: 0,
        safetyStock: 0,
        ltd: 0,
        directShip: true,
        pickup: false,
        transferEnabled: false,
        taggedInventory: [
          { tags: { Channel: "Warehouse" }, onHand: 100, available: 100, allocated: 0, pending: 0 },
          { tags: { Channel: "Target" }, onHand: 50, available: 48, allocated: 2, pending: 0 },
        ],
      },
    ]);
  });

  it("narrows to a segment with tags, and to defaults with forceDefaultsForUnspecifiedTagCategories", async () => {
    const f = readFixture();
    await segmentationExample(f);
    const target = await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "UPC1", tags: { Channel: "Target" } }] });
    expect(target.body[0]).toMatchObject({ onHand: 50, available: 48, allocated: 2 });
    expect(target.body[0]?.taggedInventory).toEqual([{ tags: { Channel: "Target" }, onHand: 50, available: 48, allocated: 2, pending: 0 }]);
    const topLevel = await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "UPC1" }], tags: { Channel: "Warehouse" } });
    expect(topLevel.body[0]).toMatchObject({ onHand: 100, available: 100 });
    const forced = await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "UPC1" }], forceDefaultsForUnspecifiedTagCategories: true });
    expect(forced.body[0]?.taggedInventory).toEqual([{ tags: { Channel: "Warehouse" }, onHand: 100, available: 100, allocated: 0, pending: 0 }]);
  });

  it("refuses unknown tags and bad bodies with 400 listing each problem", async () => {
    const f = readFixture();
    await segmentationExample(f);
    const unknown = await f.post<{ errorCode: string; items: unknown[] }>(QUERY, { type: "ALL", items: [{ upc: "UPC1" }, { upc: "UPC1", tags: { Channel: "Nope" } }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.items).toEqual([expect.objectContaining({ index: 1, field: "items[1].tags.Channel", code: "UNKNOWN_TAG_VALUE" })]);
    const bad = await f.post<{ errorCode: string; items: { field: string }[] }>(QUERY, { items: [{ upc: 5 }], limit: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe("VALIDATION_ERROR");
    expect(bad.body.items.map((i) => i.field).sort()).toEqual(["items[0].upc", "limit", "type"]);
    const noUpc = await f.post<{ items: { field: string }[] }>(QUERY, { type: "ALL", items: [{ partNumber: "P" }] });
    expect(noUpc.status).toBe(400);
    expect(noUpc.body.items[0]?.field).toBe("items[0].upc");
    const none = await f.post(QUERY, { type: "ALL", items: [] });
    expect(none.status).toBe(400);
  });

  it("answers by location (top level or requestLocation) with sortByEnum and sortDescending", async () => {
    const f = readFixture();
    await f.location("homebase");
    await f.location("other");
    await f.stock("homebase", [
      { upc: "A", quantity: 5 },
      { upc: "B", quantity: 9 },
      { upc: "C", quantity: 1 },
    ]);
    await f.stock("other", [{ upc: "A", quantity: 3 }]);
    const all = await f.post<Row[]>(QUERY, { type: "ALL", items: [], locationCode: "homebase" });
    expect(all.body.map((r) => r.upc)).toEqual(["A", "B", "C"]);
    const sorted = await f.post<Row[]>(QUERY, { type: "ALL", items: [], requestLocation: { locationCode: "homebase" }, sortByEnum: "ON_HAND", sortDescending: true });
    expect(sorted.body.map((r) => [r.upc, r.onHand])).toEqual([["B", 9], ["A", 5], ["C", 1]]);
    const one = await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "A" }], locationCode: "other" });
    expect(one.body.map((r) => [r.locationCode, r.onHand])).toEqual([["other", 3]]);
  });

  it("filters locations: whitelist, blacklist, priority list and limit", async () => {
    const f = readFixture();
    for (const code of ["L1", "L2", "L3", "L4"]) {
      await f.location(code);
      await f.stock(code, [{ upc: "A", quantity: 10 }]);
    }
    const codes = async (extra: object) => (await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "A" }], ...extra })).body.map((r) => r.locationCode);
    expect(await codes({})).toEqual(["L1", "L2", "L3", "L4"]);
    expect(await codes({ locationWhitelist: ["L2", "L4"] })).toEqual(["L2", "L4"]);
    expect(await codes({ locationBlacklist: ["L1"] })).toEqual(["L2", "L3", "L4"]);
    expect(await codes({ locationPriorityList: ["L4", "L3"] })).toEqual(["L4", "L3", "L1", "L2"]);
    expect(await codes({ limit: 2 })).toEqual(["L1", "L2"]);
    expect(await codes({ limit: 1, locationPriorityList: ["L3", "L2"] })).toEqual(["L3", "L2"]);
  });

  it("filters locations by their flags (directShip, pickup)", async () => {
    const f = readFixture();
    await f.location("ship", { directShip: true, pickup: false });
    await f.location("store", { directShip: false, pickup: true });
    await f.stock("ship", [{ upc: "A", quantity: 1 }]);
    await f.stock("store", [{ upc: "A", quantity: 1 }]);
    const codes = async (extra: object) => (await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "A" }], ...extra })).body.map((r) => r.locationCode);
    expect(await codes({ pickup: true })).toEqual(["store"]);
    expect(await codes({ directShip: true })).toEqual(["ship"]);
  });

  it("leaves out negative rows (after safety stock) unless includeNegativeInventory or ignoreSafetyStock", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.stock("L1", [
      { upc: "LOW", quantity: 5, safetyStock: 10 },
      { upc: "NEG", quantity: 1 },
    ]);
    await f.allocate([{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "NEG", locationCode: "L1", quantity: 3 }]);
    const upcs = async (extra: object) =>
      (await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "LOW" }, { upc: "NEG" }], ...extra })).body.map((r) => `${r.upc}:${r.available}`);
    expect(await upcs({})).toEqual([]);
    expect(await upcs({ ignoreSafetyStock: true })).toEqual(["LOW:5"]);
    expect(await upcs({ includeNegativeInventory: true })).toEqual(["LOW:5", "NEG:-2"]);
    const neg = await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "NEG" }], includeNegativeInventory: true });
    expect(neg.body[0]).toMatchObject({ onHand: 1, allocated: 1, pending: 2, available: -2 });
  });

  it("attaches future inventory (onhand, lower-case h) in the delivery window", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.stock("L1", [
      { upc: "A", quantity: 4 },
      { upc: "A", quantity: 20, deliveryDate: "2025-03-01T00:00:00Z", externalId: "PO-1" },
      { upc: "A", quantity: 7, deliveryDate: "2025-06-01T00:00:00Z", externalId: "PO-2" },
    ]);
    const plain = await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "A" }] });
    expect(plain.body[0]?.futureInventory).toBeUndefined();
    const all = await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "A" }], includeFutureInventory: true });
    const future = all.body[0]?.futureInventory ?? [];
    expect(future.map((r) => r.onhand)).toEqual([20, 7]);
    expect(future[0]).toMatchObject({ futureInventoryID: expect.any(Number), onhand: 20, available: 20, allocated: 0, pending: 0, type: "REFRESH" });
    expect(future[0]).not.toHaveProperty("onHand");
    expect(future[0]).not.toHaveProperty("externalID");
    expect(all.body[0]?.taggedInventory?.[0]?.futureInventory).toHaveLength(2);
    const window = await f.post<Row[]>(QUERY, {
      type: "ALL",
      items: [{ upc: "A" }],
      includeFutureInventory: true,
      deliveryDateAfter: "2025-02-01T00:00:00Z",
      deliveryDateBefore: "2025-04-01T00:00:00-0500",
    });
    expect(window.body[0]?.futureInventory?.map((r) => r.onhand)).toEqual([20]);
  });

  it("the v1 path (the developer guide's) is the same operation as v5", async () => {
    const f = readFixture();
    await segmentationExample(f);
    const body = { type: "ALL", items: [{ upc: "UPC1" }] };
    const v5 = await f.post<Row[]>(QUERY, body);
    const v1 = await f.post<Row[]>("/commerce/inventory/v1/inventory", body);
    expect(v1.status).toBe(200);
    expect(v1.body).toEqual(v5.body);
    expect(v1.body[0]?.onHand).toBe(150);
    const bad = await f.post<{ errorCode: string }>("/commerce/inventory/v1/inventory", { type: "ALL", items: [{ upc: "UPC1", tags: { Channel: "Nope" } }] });
    expect([bad.status, bad.body.errorCode]).toEqual([400, "VALIDATION_ERROR"]);
  });

  it("lists a granular future record under its granular record's row; a granular filter finds it", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.post("/commerce/inventory/v5/inventory/refresh", {
      locationCode: "L1",
      items: [
        { upc: "FG", quantity: 2, lotCode: "A" },
        { upc: "FG", quantity: 1, lotCode: "B" },
        { upc: "FG", quantity: 8, lotCode: "A", deliveryDate: "2030-01-01T00:00:00Z", externalID: "PO-9" },
      ],
    });
    const rows = (await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "FG", lotCode: "A" }], includeFutureInventory: true })).body;
    expect(rows.map((r) => [r.lotCode, r.onHand, r.futureInventory?.map((x) => [x.externalID ?? x.futureInventoryID, x.onhand])])).toEqual([
      ["A", 2, [[expect.anything(), 8]]],
    ]);
    const lotB = (await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "FG", lotCode: "B" }], includeFutureInventory: true })).body;
    expect(lotB.map((r) => [r.lotCode, r.futureInventory])).toEqual([["B", undefined]]);
  });

  it("includes infinite-inventory records only with includeItemsWithInfiniteInventoryFlag", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.stock("L1", [{ upc: "INF", quantity: 0, hasInfiniteInventory: true }]);
    expect((await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "INF" }] })).body).toEqual([]);
    const rows = (await f.post<Row[]>(RIS_QUERY, { type: "ALL", items: [{ upc: "INF" }], includeItemsWithInfiniteInventoryFlag: true })).body;
    expect(rows).toEqual([expect.objectContaining({ upc: "INF", hasInfiniteInventory: true })]);
  });

  it("answers granular records as separate rows with their fields and inventoryID", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.stock("L1", [
      { upc: "G", quantity: 3, lotCode: "LOT-1", date: "2025-06-30", condition: "New" },
      { upc: "G", quantity: 1, serialNumber: "SN-1", condition: "Refurbished" },
    ]);
    const rows = (await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "G" }] })).body;
    expect(rows).toEqual([
      expect.objectContaining({ inventoryID: expect.any(Number), lotCode: "LOT-1", condition: "New", date: expect.stringMatching(/^2025-06-30/), onHand: 3 }),
      expect.objectContaining({ inventoryID: expect.any(Number), serialNumber: "SN-1", condition: "Refurbished", onHand: 1 }),
    ]);
    const lot = (await f.post<Row[]>(QUERY, { type: "ALL", items: [{ upc: "G", condition: "Refurbished" }] })).body;
    expect(lot.map((r) => r.serialNumber)).toEqual(["SN-1"]);
  });
});

describe("postQueryRealtimeInventory", () => {
  it("answers the same rows with active, hasInfiniteInventory, inventoryID and future externalID", async () => {
    const f = readFixture();
    await segmentationExample(f);
    await f.stock("homebase", [{ upc: "UPC1", quantity: 10, tags: { Channel: "Target" }, deliveryDate: "2025-02-01T00:00:00Z", externalId: "PO-9" }]);
    const { status, body } = await f.post<Row[]>(RIS_QUERY, { type: "ALL", items: [{ upc: "UPC1" }], includeFutureInventory: true });
    expect(status).toBe(200);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({
      tenantID: TENANT,
      inventoryID: expect.any(Number),
      active: true,
      hasInfiniteInventory: false,
      onHand: 150,
      available: 148,
      allocated: 2,
      ltd: 0,
    });
    expect(body[0]?.futureInventory).toEqual([expect.objectContaining({ externalID: "PO-9", onhand: 10, type: "REFRESH" })]);
    const target = body[0]?.taggedInventory?.find((s) => (s.tags as Record<string, string>).Channel === "Target");
    expect(target?.futureInventory).toEqual([expect.objectContaining({ externalID: "PO-9", onhand: 10 })]);
  });
});

describe("aggregate", () => {
  it("sums a product over locations included in aggregates, per segment when asked", async () => {
    const f = readFixture();
    await segmentationExample(f);
    await f.location("second");
    await f.location("hidden", { includeInAggregate: false });
    await f.stock("second", [{ upc: "UPC1", quantity: 7, tags: { Channel: "Target" } }]);
    await f.stock("hidden", [{ upc: "UPC1", quantity: 1000 }]);
    const all = await f.post<Row[]>("/commerce/inventory/v5/inventory/aggregate", { items: [{ upc: "UPC1" }] });
    expect(all.status).toBe(200);
    expect(all.body).toEqual([{ tenantID: TENANT, upc: "UPC1", onHand: 157, available: 155, floor: 0, tags: {} }]);
    const target = await f.post<Row[]>("/commerce/inventory/v5/inventory/aggregate", { items: [{ upc: "UPC1", tags: { Channel: "Target" } }] });
    expect(target.body[0]).toMatchObject({ onHand: 57, available: 55, tags: { Channel: "Target" } });
    const bad = await f.post("/commerce/inventory/v5/inventory/aggregate", { items: [{ upc: "UPC1" }], includeFutureInventory: "yes" });
    expect(bad.status).toBe(400);
  });
});
