import { describe, expect, it } from "vitest";
import { adjustCall, allocateCall, call, INV, refreshCall, segmentedMock, segments } from "../../../test/support/write-test-kit.js";

const item = (upc: string, quantity: number, channel?: string) => (channel ? { upc, quantity, tags: { Channel: channel } } : { upc, quantity });

describe("refresh / adjust (operationIds refresh, adjust)", () => {
  it("reproduces Kibo's segmentation example over HTTP", async () => {
    const mock = segmentedMock();
    const r = await refreshCall(mock, { locationCode: "homebase", items: [item("UPC1", 100, "Warehouse"), item("UPC1", 50, "Target")] });
    expect(r.status).toBe(200);
    expect(r.body.jobID).toBe(1);
    const a = await allocateCall(mock, {
      items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "UPC1", quantity: 2, tags: { Channel: "Target" } }],
    });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ type: "ALLOCATE", status: "SUCCESS", allocations: [{ index: 0, allocated: 2, pending: 0, unallocated: 0 }] });
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 2, 0] });
  });

  it("adjust adds signed deltas; sync jobs read SUCCESS", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [item("UPC1", 4)] });
    const r = await adjustCall(mock, { locationCode: "homebase", items: [item("UPC1", -3), item("UPC1", 5)] });
    expect(r.status).toBe(200);
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [6, 0, 0] });
    const job = await call(mock, "getJob", "GET", `https://x/api/commerce/inventory/v1/queue/${r.body.jobID}`);
    expect(job.body).toMatchObject({ jobID: 2, type: "ADJUST", status: "SUCCESS", itemCount: 2, tenantID: 1000, locationCode: "homebase" });
  });

  it("lists every bad item in a 400 and changes nothing", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [item("UPC1", 5)] });
    const before = mock.engine.get();
    const r = await refreshCall(mock, {
      locationCode: "homebase",
      items: [item("UPC1", 9), { upc: "UPC2", quantity: 1.5 }, item("UPC3", 1), { upc: "UPC4", quantity: 1, serialNumber: "x".repeat(31) }],
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errorCode: "VALIDATION_ERROR" });
    const items = (r.body as unknown as { items: { index?: number; field: string }[] }).items;
    expect(items.map((i) => i.index)).toEqual(expect.arrayContaining([1, 3]));
    expect(items.some((i) => i.field.startsWith("items[1]."))).toBe(true);
    expect(mock.engine.get()).toBe(before);
    // Schema-valid but refused by the engine (unknown tag value): also listed by index, nothing applied.
    const t = await refreshCall(mock, { locationCode: "homebase", items: [item("UPC1", 9), item("UPC3", 1, "Nope"), item("UPC4", 1, "Nada")] });
    expect(t.status).toBe(400);
    expect((t.body as unknown as { items: { index?: number }[] }).items.map((i) => i.index)).toEqual([1, 2]);
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [5, 0, 0] });
  });

  it("refresh lists schema and engine problems together (D8): quantity -1 and a 51-character lotCode", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [item("A", 5)] });
    const before = mock.engine.get();
    const r = await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "A", quantity: -1 }, { upc: "B", lotCode: "x".repeat(51), quantity: 1 }] });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errorCode: "VALIDATION_ERROR" });
    const items = (r.body as unknown as { items: { index?: number; field: string; code: string; message: string }[] }).items;
    expect(items.map((i) => [i.index, i.field])).toEqual([
      [0, "items[0].quantity"],
      [1, "items[1].lotCode"],
    ]);
    expect(items.every((i) => i.code.length > 0 && i.message.length > 0)).toBe(true);
    expect(mock.engine.get()).toBe(before);
    expect(segments(mock, "A")).toEqual({ Warehouse: [5, 0, 0] });
  });

  it("adjust lists schema and engine problems together (D8), in index order, nothing applied", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [item("C", 5)] });
    const before = mock.engine.get();
    const r = await adjustCall(mock, {
      locationCode: "homebase",
      items: [{ upc: "A", quantity: -1 }, { upc: "B", lotCode: "x".repeat(51), quantity: 1 }, item("C", 2), item("D", 1, "Nope"), { upc: "E", quantity: 1.5 }],
    });
    expect(r.status).toBe(400);
    const items = (r.body as unknown as { items: { index?: number; field: string; code: string }[] }).items;
    expect(items.map((i) => [i.index, i.field, i.code])).toEqual([
      [0, "items[0].quantity", "NEGATIVE_ON_HAND"],
      [1, "items[1].lotCode", expect.any(String)],
      [3, expect.stringMatching(/^items\[3\]\.tags/), expect.any(String)],
      [4, "items[4].quantity", expect.any(String)],
    ]);
    expect(mock.engine.get()).toBe(before);
    // A problem outside the items is still the schema's answer alone.
    const noLocation = await adjustCall(mock, { items: [{ upc: "A", quantity: -1 }, { upc: "B", lotCode: "x".repeat(51), quantity: 1 }] });
    expect(noLocation.status).toBe(400);
    expect(mock.engine.get()).toBe(before);
  });

  it("refuses more than 12,000 refresh items and 1,000 adjust items with 400", async () => {
    const mock = segmentedMock();
    const many = (n: number) => Array.from({ length: n }, (_, i) => item(`U${i}`, 1));
    expect((await refreshCall(mock, { locationCode: "homebase", items: many(12_001) })).status).toBe(400);
    expect((await adjustCall(mock, { locationCode: "homebase", items: many(1_001) })).status).toBe(400);
    expect((await adjustCall(mock, { locationCode: "homebase", items: many(1_000) })).status).toBe(200);
  });

  it("answers 404 LOCATION_NOT_FOUND for an unknown location, 400 for one without inventory, 400 below zero", async () => {
    const mock = segmentedMock();
    const unknown = await refreshCall(mock, { locationCode: "nowhere", items: [item("UPC1", 1)] });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ errorCode: "LOCATION_NOT_FOUND" });
    expect((await refreshCall(mock, { locationCode: "closed", items: [item("UPC1", 1)] })).status).toBe(400);
    const below = await adjustCall(mock, { locationCode: "homebase", items: [item("UPC1", -4)] });
    expect(below.status).toBe(400);
    expect(below.body).toMatchObject({ items: [{ index: 0, field: "items[0].quantity" }] });
  });

  it("smart refresh/adjust apply at once: {jobID: null, method: 'sync'}, even with queued jobs", async () => {
    const mock = segmentedMock({ jobs: "queued" });
    const r = await call(mock, "smartRefreshInventory", "POST", `${INV}/smart-refresh/`, { locationCode: "homebase", items: [item("UPC1", 7)] });
    expect(r).toEqual({ status: 200, body: { jobID: null, method: "sync" } });
    const a = await call(mock, "smartAdjustInventory", "POST", `${INV}/smart-adjust/`, { locationCode: "homebase", items: [item("UPC1", 2)] });
    expect(a.body).toEqual({ jobID: null, method: "sync" });
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [9, 0, 0] });
    const bad = await call(mock, "smartAdjustInventory", "POST", `${INV}/smart-adjust/`, { locationCode: "homebase", items: [item("UPC1", -10)] });
    expect(bad.status).toBe(400);
  });

  it("queued jobs stay PENDING until flushJobs, then read SUCCESS; an invalid one FAILED with messages", async () => {
    const mock = segmentedMock({ jobs: "queued" });
    const ok = await refreshCall(mock, { locationCode: "homebase", items: [item("UPC1", 3)] });
    const bad = await adjustCall(mock, { locationCode: "homebase", items: [item("UPC1", -7)] });
    const job = (id: number) => call(mock, "getJob", "GET", `https://x/api/commerce/inventory/v1/queue/${id}`);
    expect((await job(ok.body.jobID)).body).toMatchObject({ status: "PENDING" });
    expect(segments(mock, "UPC1")).toEqual({});
    expect(mock.flushJobs()).toBe(2);
    expect((await job(ok.body.jobID)).body).toMatchObject({ status: "SUCCESS", success: true });
    const failed = await job(bad.body.jobID);
    expect(failed.body).toMatchObject({ status: "FAILED", success: false });
    expect((failed.body.messages as string[])[0]).toMatch(/^items\[0\]\.quantity: /);
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [3, 0, 0] });
  });

  it("queued jobs also run when the clock moves", async () => {
    const mock = segmentedMock({ jobs: "queued" });
    await refreshCall(mock, { locationCode: "homebase", items: [item("UPC1", 3)] });
    mock.clock.advance(1000);
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [3, 0, 0] });
  });

  it("future inventory (deliveryDate) becomes stock when the clock reaches it and releases pending", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, {
      locationCode: "homebase",
      items: [item("UPC1", 2), { upc: "UPC1", quantity: 10, deliveryDate: "2025-02-01T00:00:00Z", externalID: "PO-1" }],
    });
    await allocateCall(mock, { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "UPC1", quantity: 5 }] });
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [2, 2, 3] });
    mock.clock.set("2025-01-31T23:59:59Z");
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [2, 2, 3] });
    mock.clock.set("2025-02-01T00:00:00Z");
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [12, 5, 0] });
  });

  it("MM/DD/YYYY over HTTP: a granular date in Kibo's documented form is accepted and reads back canonical", async () => {
    const mock = segmentedMock();
    const r = await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "D1", quantity: 3, lotCode: "L", date: "07/30/2027" }] });
    expect(r.status).toBe(200);
    const rows = await call<{ date?: string; onHand: number }[]>(mock, "postQueryInventory", "POST", INV, { type: "ALL", items: [{ upc: "D1" }] });
    expect(rows.body.map((row) => [row.date, row.onHand])).toEqual([["2027-07-30T00:00:00.000Z", 3]]);
    // The same record, whichever form names it.
    await adjustCall(mock, { locationCode: "homebase", items: [{ upc: "D1", quantity: 1, lotCode: "L", date: "2027-07-30" }] });
    const again = await call<{ onHand: number }[]>(mock, "postQueryInventory", "POST", INV, { type: "ALL", items: [{ upc: "D1" }] });
    expect(again.body.map((row) => row.onHand)).toEqual([4]);
    for (const date of ["02/30/2027", "7/30/2027", "2027/07/30"]) {
      const bad = await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "D1", quantity: 1, lotCode: "L", date }] });
      expect([date, bad.status]).toEqual([date, 400]);
    }
  });

  it("Kibo's granular example: null counts as absent, lowercase ltd is read, lTD wins over it", async () => {
    const mock = segmentedMock();
    const r = await refreshCall(mock, {
      locationCode: "homebase",
      items: [
        { upc: "G1", partNumber: null, sku: null, quantity: 5, ltd: 7, lotCode: "LOT-1", date: null, condition: null, serialNumber: null },
        { upc: "G2", quantity: 1, ltd: 7, lTD: 2 },
      ],
    });
    expect(r.status).toBe(200);
    const rows = await call<{ upc: string; ltd: number; lotCode?: string; sku?: string; partNumber?: string }[]>(mock, "postQueryInventory", "POST", INV, {
      type: "ALL",
      items: [{ upc: "G1" }, { upc: "G2" }],
    });
    expect(rows.body.map((row) => [row.upc, row.ltd, row.lotCode, row.sku, row.partNumber])).toEqual([
      ["G1", 7, "LOT-1", undefined, undefined],
      ["G2", 2, undefined, undefined, undefined],
    ]);
    // A required field sent as null is reported missing; nothing is applied.
    const bad = await adjustCall(mock, { locationCode: "homebase", items: [{ upc: "G1", quantity: null, lotCode: "LOT-1" }] });
    expect(bad.status).toBe(400);
    expect((bad.body as unknown as { items: { field: string }[] }).items.map((i) => i.field)).toEqual(["items[0].quantity"]);
  });

  it("infinite inventory: set by refresh and adjust items, cleared by false, shown by Get Inventory with the flag", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, {
      locationCode: "homebase",
      items: [
        { upc: "I1", quantity: 0, lotCode: "A", includeItemsWithInfiniteInventoryFlag: true },
        { upc: "I1", quantity: 2, lotCode: "B" },
      ],
    });
    const rows = async (flag: boolean) =>
      (
        await call<{ lotCode: string; hasInfiniteInventory?: boolean }[]>(mock, "postQueryInventory", "POST", INV, {
          type: "ALL",
          items: [{ upc: "I1" }],
          includeNegativeInventory: true,
          ...(flag ? { includeItemsWithInfiniteInventoryFlag: true } : {}),
        })
      ).body.map((row) => `${row.lotCode}:${String(row.hasInfiniteInventory)}`);
    expect(await rows(false)).toEqual(["B:undefined"]);
    expect(await rows(true)).toEqual(["A:true", "B:false"]);
    // An infinite record always allocates in full.
    const a = await allocateCall(mock, { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "I1", quantity: 50, lotCode: "A" }] });
    expect(a.body).toMatchObject({ allocations: [{ allocated: 50, pending: 0 }] });
    await adjustCall(mock, { locationCode: "homebase", items: [{ upc: "I1", quantity: 0, lotCode: "B", includeItemsWithInfiniteInventoryFlag: true }] });
    expect(await rows(true)).toEqual(["A:true", "B:true"]);
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "I1", lotCode: "A", includeItemsWithInfiniteInventoryFlag: false }] });
    // Left out, the mark stays as it is.
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "I1", quantity: 3, lotCode: "B" }] });
    expect(await rows(true)).toEqual(["A:false", "B:true"]);
  });
});
