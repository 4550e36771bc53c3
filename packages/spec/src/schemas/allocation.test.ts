import { describe, expect, it } from "vitest";
import { AllocateInventoryRequestSchema, TransitionCartRequestSchema } from "./allocation.js";

const item = { orderID: 1001, orderItemID: 1, shipmentID: 501, locationCode: "WH1", upc: "0001", quantity: 2 };

describe("allocation schemas", () => {
  it("parses an allocate body with segment and granular filters", () => {
    const body = {
      runSynchronous: true,
      items: [{ ...item, tags: { Channel: "Web" }, condition: "New", date: "2026-01-31T00:00:00Z" }],
    };
    expect(AllocateInventoryRequestSchema.parse(body)).toEqual(body);
  });

  it("rejects a 31-character serialNumber on allocate", () => {
    const result = AllocateInventoryRequestSchema.safeParse({ items: [{ ...item, serialNumber: "X".repeat(31) }] });
    expect(result.error?.issues[0]?.path).toEqual(["items", 0, "serialNumber"]);
  });

  it("requires the order, item and shipment ids and a whole quantity", () => {
    const result = AllocateInventoryRequestSchema.safeParse({ items: [{ upc: "0001", quantity: 0.5 }] });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "items.0.orderID",
      "items.0.orderItemID",
      "items.0.shipmentID",
      "items.0.quantity",
    ]);
  });

  it("takes inventoryTags (Kibo's order-side tags) and points at a blank value and a name given twice", () => {
    const body = { items: [{ ...item, inventoryTags: [{ name: "Channel", value: "Target" }] }] };
    expect(AllocateInventoryRequestSchema.parse(body)).toEqual(body);
    const bad = AllocateInventoryRequestSchema.safeParse({
      items: [
        { ...item, inventoryTags: [{ name: "Channel" }] },
        { ...item, inventoryTags: [{ name: "Channel", value: "Web" }, { name: "Channel", value: "Target" }] },
      ],
    });
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "items.0.inventoryTags.0.value",
      "items.1.inventoryTags.1.name",
    ]);
  });

  it("parses a cart transition", () => {
    const body = { cartID: "c0ffee", orderID: 1001, items: [{ cartItemID: "ci-1", orderItemID: 1, shipmentID: 501 }] };
    expect(TransitionCartRequestSchema.parse(body)).toEqual(body);
  });
});
