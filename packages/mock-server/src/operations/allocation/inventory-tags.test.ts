import { describe, expect, it } from "vitest";
import { allocateCall, call, INV, refreshCall, segmentedMock, segments } from "../../../test/support/write-test-kit.js";

const item = (orderItemID: number, quantity: number, extra: Record<string, unknown> = {}) => ({
  orderID: 20,
  orderItemID,
  shipmentID: 200,
  locationCode: "homebase",
  upc: "UPC1",
  quantity,
  ...extra,
});
const target = [{ name: "Channel", value: "Target" }];

async function stocked() {
  const mock = segmentedMock();
  await refreshCall(mock, {
    locationCode: "homebase",
    items: [
      { upc: "UPC1", quantity: 100, tags: { Channel: "Warehouse" } },
      { upc: "UPC1", quantity: 50, tags: { Channel: "Target" } },
    ],
  });
  return mock;
}

const fields = (body: Record<string, unknown>) => (body.items as { index?: number; field: string; code: string }[]).map((i) => [i.index, i.field, i.code]);

describe("inventoryTags on Inventory API items (Kibo's order-side spelling of tags)", () => {
  it("allocates from the segment inventoryTags name, never the default", async () => {
    const mock = await stocked();
    const r = await allocateCall(mock, { items: [item(1, 2, { inventoryTags: target })] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ allocations: [{ allocated: 2, pending: 0, unallocated: 0 }] });
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 2, 0] });
  });

  it("deallocate and fulfill read inventoryTags too", async () => {
    const mock = await stocked();
    await allocateCall(mock, { items: [item(1, 4, { inventoryTags: target })] });
    const d = await call(mock, "deallocateInventory", "POST", `${INV}/deallocate`, { items: [item(1, 1, { inventoryTags: target })] });
    expect(d.status).toBe(200);
    const f = await call(mock, "fulfillInventory", "POST", `${INV}/fulfill`, { items: [item(1, 3, { inventoryTags: target })] });
    expect(f.status).toBe(200);
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [100, 0, 0], Target: [47, 0, 0] });
  });

  it("lists every bad item (blank value, name twice, unknown name, unknown value) in one 400 and allocates nothing", async () => {
    const mock = await stocked();
    const before = mock.engine.get();
    const r = await allocateCall(mock, {
      items: [
        item(1, 1, { inventoryTags: [{ name: "Channel" }] }),
        item(2, 1, { inventoryTags: [...target, { name: "Channel", value: "Warehouse" }] }),
        item(3, 1, { inventoryTags: target }),
        item(4, 1, { inventoryTags: [{ name: "Colour", value: "Red" }] }),
        item(5, 1, { inventoryTags: [{ name: "Channel", value: "Nope" }] }),
        item(6, 1, { upc: undefined }),
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errorCode: "VALIDATION_ERROR" });
    expect(fields(r.body).map(([index, field]) => [index, field])).toEqual([
      [0, "items[0].inventoryTags[0].value"],
      [1, "items[1].inventoryTags[1].name"],
      [3, "items[3].inventoryTags[0].name"],
      [4, "items[4].inventoryTags[0].value"],
      [5, "items[5].upc"],
    ]);
    expect(mock.engine.get()).toBe(before);
  });

  it("accepts tags and inventoryTags together when they name the same segment (defaults filled in)", async () => {
    const mock = await stocked();
    const same = await allocateCall(mock, { items: [item(1, 1, { tags: { Channel: "Target" }, inventoryTags: target })] });
    expect(same.status).toBe(200);
    const defaults = await allocateCall(mock, { items: [item(2, 1, { tags: { Channel: "Warehouse" }, inventoryTags: [] })] });
    expect(defaults.status).toBe(200);
    expect(segments(mock, "UPC1")).toEqual({ Warehouse: [100, 1, 0], Target: [50, 1, 0] });
  });

  it("answers 400 TAGS_CONFLICT when tags and inventoryTags disagree, nothing allocated", async () => {
    const mock = await stocked();
    const before = mock.engine.get();
    const r = await allocateCall(mock, { items: [item(1, 1, { inventoryTags: target }), item(2, 1, { tags: { Channel: "Warehouse" }, inventoryTags: target })] });
    expect(r.status).toBe(400);
    expect(fields(r.body)).toEqual([[1, "items[1].inventoryTags", "TAGS_CONFLICT"]]);
    expect(mock.engine.get()).toBe(before);
  });
});
