import { describe, expect, it } from "vitest";
import { assertValidResponse } from "../../../test/support/validate-response.js";
import { allocateCall, call, INV, refreshCall, segmentedMock, segments } from "../../../test/support/write-test-kit.js";

const order = (orderItemID: number, quantity: number, extra: Record<string, unknown> = {}) => ({
  orderID: 10,
  orderItemID,
  shipmentID: 100,
  locationCode: "homebase",
  upc: "UPC1",
  quantity,
  tags: { Channel: "Target" },
  ...extra,
});

async function stocked(options: Parameters<typeof segmentedMock>[0] = {}) {
  const mock = segmentedMock(options);
  await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 100, tags: { Channel: "Warehouse" } }, { upc: "UPC1", quantity: 3, tags: { Channel: "Target" } }] });
  return mock;
}

describe("allocateInventory", () => {
  it("takes at most 1,000 items: 1,001 is 400 naming items and allocates nothing", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 5_000, tags: { Channel: "Target" } }] });
    const before = mock.engine.get();
    const many = (n: number) => Array.from({ length: n }, (_, i) => order(i + 1, 1));
    const refused = await allocateCall(mock, { items: many(1_001) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('"field":"items"');
    expect(mock.engine.get()).toBe(before);
    expect((await allocateCall(mock, { items: many(1_000) })).status).toBe(200);
  });

  it("takes only from the item's segment; a shortfall becomes pending and is reported per item", async () => {
    const mock = await stocked();
    const r = await allocateCall(mock, { items: [order(1, 5)] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ success: true, messages: ["items[0]: allocated 3, pending 2, unallocated 0"], allocations: [{ orderID: 10, orderItemID: 1, shipmentID: 100, allocated: 3, pending: 2, unallocated: 0 }] });
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [100, 0, 0], Target: [3, 3, 2] });
  });

  it("with pendingOnShortfall: false leaves the shortfall unallocated", async () => {
    const mock = await stocked({ inventorySettings: { pendingOnShortfall: false } });
    const r = await allocateCall(mock, { items: [order(1, 5)] });
    expect(r.body).toMatchObject({ allocations: [{ allocated: 3, pending: 0, unallocated: 2 }] });
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [100, 0, 0], Target: [3, 3, 0] });
  });

  it("lists schema and engine problems together (D8): an unknown tag value and a fractional orderID", async () => {
    const mock = await stocked();
    const before = mock.engine.get();
    const r = await allocateCall(mock, { items: [order(1, 1, { tags: { Channel: "Nope" } }), order(2, 1, { orderID: 1.5 }), order(3, 1)] });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errorCode: "VALIDATION_ERROR" });
    const items = (r.body as unknown as { items: { index?: number; field: string; code: string; message: string }[] }).items;
    expect(items.map((i) => i.index)).toEqual([0, 1]);
    expect(items[0]?.field).toMatch(/^items\[0\]\.tags/);
    expect(items[1]?.field).toBe("items[1].orderID");
    expect(mock.engine.get()).toBe(before);
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [100, 0, 0], Target: [3, 0, 0] });
  });

  it("answers AllocateInventoryResponse: the spec checks every allocations field (a renamed one fails)", async () => {
    const mock = await stocked({ inventorySettings: { pendingOnShortfall: false } });
    const r = await allocateCall(mock, { items: [order(1, 5)] }); // validated against the spec by allocateCall
    const body = r.body as { allocations: Record<string, unknown>[] };
    expect(body.allocations).toEqual([{ index: 0, orderID: 10, orderItemID: 1, shipmentID: 100, allocated: 3, pending: 0, unallocated: 2 }]);
    for (const field of Object.keys(body.allocations[0] ?? {})) {
      const { [field]: value, ...rest } = body.allocations[0] ?? {};
      const renamed = { ...body, allocations: [{ ...rest, [`${field}Renamed`]: value }] };
      expect(() => assertValidResponse("allocateInventory", 200, renamed), field).toThrow(/does not match the spec/);
    }
    expect(() => assertValidResponse("allocateInventory", 200, { ...body, allocations: [{ ...body.allocations[0], pending: "0" }] })).toThrow();
  });

  it("lists every bad item in a 400 and allocates nothing", async () => {
    const mock = await stocked();
    const before = mock.engine.get();
    const r = await allocateCall(mock, { items: [order(1, 1), order(2, 1, { tags: { Channel: "Nope" } }), order(3, 1, { upc: undefined })] });
    expect(r.status).toBe(400);
    expect((r.body.items as { index: number; field: string }[]).map((i) => [i.index, i.field])).toEqual([
      [1, "items[1].tags.Channel"],
      [2, "items[2].upc"],
    ]);
    expect(mock.engine.get()).toBe(before);
    const schema = await allocateCall(mock, { items: [{ orderID: "x", orderItemID: 1, shipmentID: 1, quantity: 1 }, { quantity: 1 }] });
    expect(schema.status).toBe(400);
    expect(new Set((schema.body.items as { index: number }[]).map((i) => i.index))).toEqual(new Set([0, 1]));
  });

  it("answers 404 LOCATION_NOT_FOUND for an unknown location", async () => {
    const mock = await stocked();
    const r = await allocateCall(mock, { items: [order(1, 1, { locationCode: "nowhere" })] });
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ errorCode: "LOCATION_NOT_FOUND" });
  });

  it("an inactive location refuses writes and allocations with 404 LOCATION_NOT_FOUND; reactivated, it takes them", async () => {
    const mock = await stocked();
    const save = (active: boolean) => call(mock, "saveLocation", "POST", "https://x/api/commerce/inventory/v1/location", { locationCode: "homebase", locationName: "Home", tenantID: 1000, active, directShip: false, pickup: false });
    expect((await save(false)).status).toBe(200);
    const before = mock.engine.get();
    const a = await allocateCall(mock, { items: [order(1, 1)] });
    expect([a.status, a.body.errorCode]).toEqual([404, "LOCATION_NOT_FOUND"]);
    expect(a.body).toMatchObject({ items: [{ index: 0, field: "items[0].locationCode", code: "LOCATION_NOT_ACTIVE" }] });
    const r = await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 1 }] });
    expect([r.status, (r.body as unknown as { errorCode: string }).errorCode]).toEqual([404, "LOCATION_NOT_FOUND"]);
    const adj = await call(mock, "adjust", "POST", `${INV}/adjust`, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 1 }] });
    expect(adj.status).toBe(404);
    expect(mock.engine.get()).toBe(before);
    await save(true);
    expect((await allocateCall(mock, { items: [order(1, 1)] })).status).toBe(200);
  });

  it("refuses futureDate with 501 NOT_IMPLEMENTED (not simulated), changing nothing", async () => {
    const mock = await stocked();
    const r = await allocateCall(mock, { items: [order(1, 1), order(2, 1, { futureDate: "2025-03-01T00:00:00Z" })] });
    expect(r.status).toBe(501);
    expect(r.body).toMatchObject({ errorCode: "NOT_IMPLEMENTED", items: [{ index: 1, field: "items[1].futureDate" }] });
    expect(segments(mock, "UPC1").Target).toEqual([3, 0, 0]);
  });
});

describe("deallocateInventory / fulfillInventory", () => {
  it("deallocate returns units (pending first); rising stock releases pending", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [order(1, 2), order(2, 2)] });
    expect(segments(mock, "UPC1").Target).toEqual([3, 3, 1]);
    const d = await call(mock, "deallocateInventory", "POST", `${INV}/deallocate`, { items: [order(1, 2)] });
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ success: true, numResults: 1 });
    expect(segments(mock, "UPC1").Target).toEqual([3, 2, 0]);
  });

  it("decrementOnHandOnDeallocate also removes the units from onHand", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [order(1, 2)] });
    await call(mock, "deallocateInventory", "POST", `${INV}/deallocate`, { items: [order(1, 1)], decrementOnHandOnDeallocate: true });
    expect(segments(mock, "UPC1").Target).toEqual([2, 1, 0]);
  });

  it("fulfill turns allocated units into an onHand deduction; more than allocated is 400; no allocation is 404", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [order(1, 2)] });
    const f = await call(mock, "fulfillInventory", "POST", `${INV}/fulfill`, { items: [order(1, 2)] });
    expect(f.status).toBe(200);
    expect(segments(mock, "UPC1").Target).toEqual([1, 0, 0]);
    const over = await call(mock, "fulfillInventory", "POST", `${INV}/fulfill`, { items: [order(1, 5)] });
    expect([400, 404]).toContain(over.status);
    const none = await call(mock, "deallocateInventory", "POST", `${INV}/deallocate`, { items: [order(9, 1)] });
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({ items: [{ index: 0 }] });
  });

  it("404 ITEM_NOT_FOUND when deallocate or fulfill names an allocation that does not exist (docs/semantics.md › Errors per operation)", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [order(1, 2)] });
    for (const [operationId, path] of [["deallocateInventory", "deallocate"], ["fulfillInventory", "fulfill"]] as const) {
      const none = await call(mock, operationId, "POST", `${INV}/${path}`, { items: [order(1, 1), order(9, 1)] });
      expect([operationId, none.status, none.body.errorCode]).toEqual([operationId, 404, "ITEM_NOT_FOUND"]);
      expect(none.body).toMatchObject({ items: [{ index: 1, field: "items[1].orderItemID", code: "ALLOCATION_NOT_FOUND" }] });
    }
    expect(segments(mock, "UPC1").Target).toEqual([3, 2, 0]);
    const moved = await call(mock, "adjustFutureDate", "PUT", "https://x/api/adjustFutureDate/999", { futureDate: "2025-03-01T00:00:00Z" });
    expect([moved.status, moved.body.errorCode]).toEqual([404, "ITEM_NOT_FOUND"]);
  });

  it("deallocating more than allocated is 400 with the item listed", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [order(1, 1)] });
    const r = await call(mock, "deallocateInventory", "POST", `${INV}/deallocate`, { items: [order(1, 3)] });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errorCode: "VALIDATION_ERROR", items: [{ index: 0, field: "items[0].quantity" }] });
  });
});

describe("transitionCart, allocation reads, blockAssignment", () => {
  it("moves a cart reservation to the order; shipment allocations and order item information report it", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [order(0, 2, { orderID: 0, shipmentID: 0, cartID: "cart-1", cartItemID: "ci-1" })] });
    const t = await call(mock, "transitionCart", "POST", `${INV}/transitionCart`, {
      cartID: "cart-1",
      orderID: 10,
      items: [{ cartItemID: "ci-1", orderItemID: 7, shipmentID: 100 }],
    });
    expect(t.status).toBe(200);
    expect(t.body).toMatchObject({ success: true, messages: ["moved to order:10:7:100"] });
    const again = await call(mock, "transitionCart", "POST", `${INV}/transitionCart`, { cartID: "cart-1", orderID: 10, items: [{ cartItemID: "ci-1", orderItemID: 7, shipmentID: 100 }] });
    expect(again.status).toBe(404);

    const s = await call(mock, "getShipmentInventoryAllocations", "POST", `${INV}/shipmentInventoryAllocations`, { shipmentIDs: [100, 200] });
    expect(s.body).toEqual({
      shipments: {
        "100": { currentAllocations: [{ orderItemID: 7, upc: "UPC1", tags: { Channel: "Target" }, quantity: 2, state: "ALLOCATED" }], futureAllocations: [] },
        "200": { currentAllocations: [], futureAllocations: [] },
      },
    });
    const info = await call<unknown[]>(mock, "getOrderItemInformation", "POST", `${INV}/getOrderItemInformation`, { orderID: 10 });
    expect(info.body).toMatchObject([{ orderID: 10, orderItemID: 7, upc: "UPC1", locationCode: "homebase", onHand: 103, available: 101, allocated: 2, pendingQuantity: 0 }]);
    expect((await call(mock, "getOrderItemInformation", "POST", `${INV}/getOrderItemInformation`, {})).status).toBe(400);
  });

  it("blockAssignment is not simulated: 501 after validating the body", async () => {
    const mock = segmentedMock();
    expect((await call(mock, "blockAssignment", "POST", `${INV}/blockAssignment`, { items: [{ blockAssignment: "yes" }] })).status).toBe(400);
    expect((await call(mock, "blockAssignment", "POST", `${INV}/blockAssignment`, { items: [{ blockAssignment: true, upc: "U" }] })).status).toBe(501);
  });
});
