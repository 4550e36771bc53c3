import { describe, expect, it } from "vitest";
import { allocateCall, call, INV, refreshCall, segmentedMock, segments } from "../../../test/support/write-test-kit.js";

describe("deleteItems / deleteInventory / deleteFutureInventory / adjustFutureDate", () => {
  async function stocked() {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "A1", quantity: 1 }, { upc: "A2", quantity: 2 }, { upc: "B1", quantity: 3 }] });
    await refreshCall(mock, { locationCode: "store2", items: [{ upc: "A1", quantity: 4 }] });
    return mock;
  }

  it("deleteItems: dryRun reports without deleting; then one DELETE job per location", async () => {
    const mock = await stocked();
    const dry = await call(mock, "deleteItems", "POST", `${INV}/deleteItems`, { items: [{ upc: "A1" }], dryRun: true });
    expect(dry.body).toMatchObject({ dryRun: true, jobIDs: [], totalInventoryEntriesDeleted: 2, totalLocationsAffected: 2, totalProductsDeleted: 1 });
    expect(segments(mock, "A1")).toEqual({ Warehouse: [1, 0, 0] });
    const r = await call(mock, "deleteItems", "POST", `${INV}/deleteItems`, { items: [{ upc: "A1" }], explicit: true });
    expect(r.body).toMatchObject({ dryRun: false, jobIDs: [3, 4], totalLocationsAffected: 2, itemsDeleted: [{ itemIdentifier: { upc: "A1" } }] });
    expect(segments(mock, "A1")).toEqual({});
    const jobs = await call<{ type: string }[]>(mock, "getJobs", "GET", "https://x/api/commerce/inventory/v1/queue?types=DELETE");
    expect(jobs.body.map((j) => j.type)).toEqual(["DELETE", "DELETE"]);
  });

  it("deleteInventory matches a UPC pattern; records holding allocations are kept with 409", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "B1", quantity: 1 }] });
    const held = await call(mock, "deleteInventory", "POST", `${INV}/delete`, { upc: "B.*" });
    expect(held.status).toBe(409);
    const r = await call(mock, "deleteInventory", "POST", `${INV}/delete`, { upc: "A.*", locationCodes: ["homebase"] });
    expect(r.body).toMatchObject({ totalInventoryEntriesDeleted: 2, totalProductsDeleted: 2, jobIDs: [3] });
    expect(segments(mock, "A1", "store2")).toEqual({ Warehouse: [4, 0, 0] });
    expect((await call(mock, "deleteInventory", "POST", `${INV}/delete`, { upc: "[" })).status).toBe(400);
    expect((await call(mock, "deleteInventory", "POST", `${INV}/delete`, { partNumber: "P1" })).status).toBe(501);
  });

  it("deleteItems lists schema and engine problems together (D8), pattern expansions mapped back to request items", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "B1", quantity: 1 }] });
    const before = mock.engine.get();
    const r = await call(mock, "deleteItems", "POST", `${INV}/deleteItems`, { items: [{ upc: "A.*" }, { upc: "B.*" }, { upc: "A1", lotCode: "x".repeat(51) }] });
    expect(r.status).toBe(400);
    const items = (r.body as unknown as { items: { index?: number; field: string; code: string }[] }).items;
    expect(items.map((i) => [i.index, i.field, i.code])).toEqual([
      [1, "items[1].upc", "HOLDS_UNITS"],
      [2, "items[2].lotCode", expect.any(String)],
    ]);
    expect(mock.engine.get()).toBe(before);
  });

  it("patterns run in linear time: a backtracking pattern answers at once, groups and nested quantifiers are 400 naming the field", async () => {
    const mock = segmentedMock();
    const upc = `${"a".repeat(29)}!`;
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc, quantity: 1 }] });
    const before = mock.engine.get();
    const t0 = performance.now();
    // With RegExp this backtracked for minutes (C(41, 12) ways to share the a's among the stars).
    const slow = await call(mock, "deleteInventory", "POST", `${INV}/delete`, { upc: `${"a*".repeat(12)}b`, dryRun: true });
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(slow.body).toMatchObject({ totalInventoryEntriesDeleted: 0 });
    const nested = await call(mock, "deleteInventory", "POST", `${INV}/delete`, { upc: "(a+)+" });
    expect(nested.status).toBe(400);
    expect(nested.body).toMatchObject({ items: [{ field: "upc", code: "INVALID_PATTERN" }] });
    const inItems = await call(mock, "deleteItems", "POST", `${INV}/deleteItems`, { items: [{ upc: "a.*" }, { upc: "a**" }] });
    expect(inItems.status).toBe(400);
    expect(inItems.body).toMatchObject({ items: [{ index: 1, field: "items[1].upc", code: "INVALID_PATTERN" }] });
    expect(mock.engine.get()).toBe(before);
    const matched = await call(mock, "deleteInventory", "POST", `${INV}/delete`, { upc: "a+[!?]$", dryRun: true });
    expect(matched.body).toMatchObject({ totalInventoryEntriesDeleted: 1 });
  });

  it("deleteItems beyond 1,000 items is 400", async () => {
    const mock = segmentedMock();
    const items = Array.from({ length: 1001 }, (_, i) => ({ upc: `U${i}` }));
    expect((await call(mock, "deleteItems", "POST", `${INV}/deleteItems`, { items })).status).toBe(400);
  });

  it("deleteFutureInventory deletes by window and externalID; adjustFutureDate moves a record (404 unknown)", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, {
      locationCode: "homebase",
      items: [
        { upc: "F1", quantity: 5, deliveryDate: "2025-03-01T00:00:00Z", externalID: "PO-1" },
        { upc: "F1", quantity: 6, deliveryDate: "2025-04-01T00:00:00-0500", externalID: "PO-2" },
      ],
    });
    const moved = await call(mock, "adjustFutureDate", "PUT", "https://x/api/adjustFutureDate/1", { futureDate: "2025-01-01T00:00:00Z" });
    expect(moved.status).toBe(200);
    expect(segments(mock, "F1")).toEqual({ Warehouse: [5, 0, 0] });
    expect((await call(mock, "adjustFutureDate", "PUT", "https://x/api/adjustFutureDate/77", { futureDate: "2025-05-01T00:00:00Z" })).status).toBe(404);
    expect((await call(mock, "adjustFutureDate", "PUT", "https://x/api/adjustFutureDate/2", { futureDate: "soon" })).status).toBe(400);
    const d = await call(mock, "deleteFutureInventory", "POST", `${INV}/deleteFutureInventory`, {
      futureStartDate: "2025-01-01T00:00:00Z",
      futureEndDate: "2025-12-31T00:00:00Z",
      externalIDs: ["PO-2"],
      explicit: true,
    });
    expect(d.body).toMatchObject({ dryRun: false, totalInventoryEntriesDeleted: 1, totalexternalIDsAffected: 1, itemsDeleted: [{ itemIdentifier: { upc: "F1" } }] });
    mock.clock.set("2025-06-01T00:00:00Z");
    expect(segments(mock, "F1")).toEqual({ Warehouse: [5, 0, 0] });
  });
});
