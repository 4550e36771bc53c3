import { createState, refresh, saveLocation } from "@kibo-inventory/engine";
import { describe, expect, it } from "vitest";
import { createInventoryMock } from "../create-inventory-mock.js";
import { API, allocateCall, call, refreshCall, segmentedMock, segments } from "../../test/support/write-test-kit.js";

function bigState(records: number) {
  let s = createState();
  const loc = saveLocation(s, { code: "L1" });
  if (!loc.ok) throw new Error(loc.error.message);
  s = loc.state;
  for (let start = 0; start < records; start += 10_000) {
    const items = Array.from({ length: Math.min(10_000, records - start) }, (_, i) => ({ upc: `U${start + i}`, quantity: 1 }));
    const r = refresh(s, { locationCode: "L1", items }, 0);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

describe("the inventory slot", () => {
  it("snapshot/restore round trip: later writes do not reach the snapshot", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 10, tags: { Channel: "Target" } }] });
    const snap = mock.snapshot();
    await allocateCall(mock, { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "UPC1", quantity: 4, tags: { Channel: "Target" } }] });
    expect(segments(mock, "UPC1")).toEqual({ Target: [10, 4, 0] });
    mock.restore(snap);
    expect(segments(mock, "UPC1")).toEqual({ Target: [10, 0, 0] });
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 1, tags: { Channel: "Target" } }] });
    mock.restore(snap);
    expect(segments(mock, "UPC1")).toEqual({ Target: [10, 0, 0] });
  });

  // Its cost is a benchmark figure (bench/, restore of 100,000 vs 1,000 records); here we check the
  // mechanism that makes it independent of store size: the snapshot shares the engine state.
  it("snapshot() and restore() share the immutable engine state instead of copying it", () => {
    const mock = createInventoryMock({ startTime: 0 });
    const state = bigState(1_000);
    mock.engine.set(1000, state);
    const snap = mock.snapshot();
    expect(snap.inventory["1000"]).toBe(state);
    mock.engine.set(1000, bigState(10));
    mock.restore(snap);
    expect(mock.engine.get(1000)).toBe(state);
  });

  it("exportState/importState round trip through plain JSON, also into another server", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 100, tags: { Channel: "Warehouse" } }, { upc: "UPC1", quantity: 50, tags: { Channel: "Target" } }] });
    await allocateCall(mock, { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "UPC1", quantity: 2, tags: { Channel: "Target" } }] });
    const doc = JSON.parse(JSON.stringify(mock.exportState()));
    const other = createInventoryMock({ staticTokens: { "test-token": "mock-app" } });
    other.importState(doc);
    expect(segments(other, "UPC1")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 2, 0] });
    expect(other.clock.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    // The imported allocation is live: deallocating works on the other server.
    expect(JSON.stringify(other.exportState())).toBe(JSON.stringify(doc));
  });

  it("GET /__mock/snapshot is JSON and POST /__mock/restore takes it back", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 7 }] });
    const snap = await (await mock.fetch("http://x/__mock/snapshot")).json();
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 1 }] });
    const res = await mock.fetch("http://x/__mock/restore", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(snap) });
    expect(res.status).toBe(200);
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [7, 0, 0] });
    const bad = await mock.fetch("http://x/__mock/restore", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...(snap as object), inventory: { "1000": { version: 2 } } }),
    });
    expect(bad.status).toBe(400);
  });

  it("a tenant slot missing from a restored snapshot is created with the server's settings", async () => {
    const mock = segmentedMock({ inventorySettings: { pendingOnShortfall: false } });
    const snap = mock.snapshot();
    delete snap.inventory["1000"];
    mock.restore(snap);
    const location = { locationCode: "homebase", locationName: "Home", tenantID: 1000, active: true, directShip: true, pickup: false };
    expect((await call(mock, "saveLocation", "POST", `${API}/commerce/inventory/v1/location`, location)).status).toBe(200);
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "UPC1", quantity: 3 }] });
    const r = await allocateCall(mock, { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "UPC1", quantity: 5 }] });
    expect(r.body).toMatchObject({ allocations: [{ allocated: 3, pending: 0, unallocated: 2 }] });
    expect(mock.engine.get().settings.pendingOnShortfall).toBe(false);
  });

  it("tenant settings come from options, per tenant", async () => {
    const mock = createInventoryMock({ inventorySettings: { totalTagLimit: 9 }, tenantInventorySettings: { "1000": { pendingOnShortfall: false } } });
    expect(mock.engine.get().settings).toMatchObject({ totalTagLimit: 9, pendingOnShortfall: false });
  });
});
