import { describe, expect, it } from "vitest";
import { call, commerceCall, INV, refreshCall, segmentedMock, segments } from "../../../test/support/write-test-kit.js";

type Order = {
  id: string;
  orderNumber: number;
  status: string;
  availableActions: string[];
  items: { id: string; lineId: number; allocationResult?: Record<string, unknown> }[];
  shipments: { number: number; shipmentStatus: string; items: { inventoryAllocations: { inventoryId: number; quantity: number; status: string }[] }[] }[];
  packages: { id: string; status: string }[];
};
type KiboError = { errorCode: string; applicationName: string; items: { field: string; code: string }[] };
type Return = { id: string; status: string; items: { id: string; quantityRestocked: number; restocks: unknown[] }[] };

const TARGET = [{ name: "Channel", value: "Target" }];
const item = (quantity: number, inventoryTags: unknown = TARGET) => ({
  product: { productCode: "AD1001", name: "Widget" },
  quantity,
  fulfillmentLocationCode: "homebase",
  inventoryTags,
  unitPrice: { listAmount: 19.99 },
});

async function kiboExampleMock() {
  const mock = segmentedMock();
  await refreshCall(mock, {
    locationCode: "homebase",
    items: [
      { upc: "AD1001", quantity: 100, tags: { Channel: "Warehouse" } },
      { upc: "AD1001", quantity: 50, tags: { Channel: "Target" } },
    ],
  });
  return mock;
}

describe("orders (D19) over mock.fetch", () => {
  it("Kibo's example: create Pending, upsert tags, submit → Target 50/48/2, Warehouse untouched; 409 after submit; fulfil; return and restock", async () => {
    const mock = await kiboExampleMock();
    const created = await commerceCall<Order>(mock, "createOrder", "POST", "/orders", { items: [item(2, [{ name: "Channel", value: "Warehouse" }])], email: "a@b.c" });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ status: "Pending", availableActions: ["SubmitOrder", "CancelOrder"], email: "a@b.c" });
    const order = created.body;
    const lineItem = order.items[0];
    if (lineItem === undefined) throw new Error("no item");

    const upserted = await commerceCall<Order>(mock, "upsertInventoryTags", "PUT", `/orders/${order.id}/items/${lineItem.id}/upsertInventoryTags`, TARGET);
    expect(upserted.status).toBe(200);
    expect(upserted.body.items[0]).toMatchObject({ inventoryTags: TARGET, product: { productCode: "AD1001", name: "Widget" }, unitPrice: { listAmount: 19.99 } });

    const submitted = await commerceCall<Order>(mock, "performOrderAction", "POST", `/orders/${order.id}/actions`, { actionName: "SubmitOrder" });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe("Submitted");
    expect(submitted.body.items[0]?.allocationResult).toEqual({ locationCode: "homebase", tags: { Channel: "Target" }, allocated: 2, pending: 0, unallocated: 0, fulfilled: 0 });
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 2, 0] });
    const rows = await call<{ taggedInventory: Record<string, unknown>[] }[]>(mock, "postQueryInventory", "POST", INV, { type: "ALL", items: [{ upc: "AD1001" }] });
    expect(rows.body[0]?.taggedInventory).toEqual([
      { tags: { Channel: "Warehouse" }, onHand: 100, available: 100, allocated: 0, pending: 0 },
      { tags: { Channel: "Target" }, onHand: 50, available: 48, allocated: 2, pending: 0 },
    ]);

    // The Inventory API sees the order's allocations.
    const info = await call<unknown[]>(mock, "getOrderItemInformation", "POST", `${INV}/getOrderItemInformation`, { orderID: order.orderNumber });
    expect(info.body).toMatchObject([{ orderID: order.orderNumber, orderItemID: 1, upc: "AD1001", allocated: 2 }]);
    const shipment = submitted.body.shipments[0];
    if (shipment === undefined) throw new Error("no shipment");
    expect(shipment.shipmentStatus).toBe("READY");
    expect(shipment.items[0]?.inventoryAllocations).toEqual([{ inventoryId: expect.any(Number), quantity: 2, status: "Allocated" }]);
    const allocs = await call<{ shipments: Record<string, { currentAllocations: unknown[] }> }>(mock, "getShipmentInventoryAllocations", "POST", `${INV}/shipmentInventoryAllocations`, { shipmentIDs: [shipment.number] });
    expect(allocs.body.shipments[String(shipment.number)]?.currentAllocations).toMatchObject([{ orderItemID: 1, upc: "AD1001", tags: { Channel: "Target" }, quantity: 2, state: "ALLOCATED" }]);

    const late = await commerceCall<KiboError>(mock, "upsertInventoryTags", "PUT", `/orders/${order.id}/items/${lineItem.id}/upsertInventoryTags`, [{ name: "Channel", value: "Warehouse" }]);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ errorCode: "CONFLICT", applicationName: "Commerce" });
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 2, 0] });

    const fulfilled = await commerceCall(mock, "fulfillShipment", "PUT", `/shipments/${shipment.number}/fulfilled`);
    expect(fulfilled.status).toBe(200);
    expect(fulfilled.body).toMatchObject({ shipmentNumber: shipment.number, shipmentStatus: "FULFILLED", fulfillmentStatus: "Fulfilled" });
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [48, 0, 0] });
    expect((await commerceCall<Order>(mock, "getOrder", "GET", `/orders/${order.id}`)).body.status).toBe("Completed");

    const ret = await commerceCall<Return>(mock, "createReturn", "POST", "/returns", {
      originalOrderId: order.id,
      returnType: "Refund",
      items: [{ orderItemId: lineItem.id, reasons: [{ reason: "Damaged", quantity: 2 }] }],
    });
    expect(ret.status).toBe(200);
    expect(ret.body).toMatchObject({ status: "Created", returnType: "Refund" });
    const returnItemId = ret.body.items[0]?.id ?? "";
    const received = await commerceCall<{ items: Return[] }>(mock, "performReturnActions", "POST", "/returns/actions", { actionName: "Receive", returnIds: [ret.body.id] });
    expect(received.body.items[0]?.status).toBe("ReturnReceived");
    const restocked = await commerceCall<Return>(mock, "restockReturnItems", "POST", `/returns/${ret.body.id}/restock`, [{ returnItemId, quantity: 2 }]);
    expect(restocked.status).toBe(200);
    expect(restocked.body.items[0]).toMatchObject({ quantityRestocked: 2, restocks: [{ locationCode: "homebase", tags: { Channel: "Target" }, quantity: 2 }] });
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 0, 0] });
    expect((await commerceCall<string[]>(mock, "getAvailableReturnActions", "GET", `/returns/${ret.body.id}/actions`)).body).toEqual(["Close"]);
    expect((await commerceCall<{ totalCount: number }>(mock, "getReturns", "GET", `/returns?filter=originalOrderId eq ${order.id}`)).body.totalCount).toBe(1);
  });

  it("an order for more Target units than Target holds allocates what Target has, the rest pending, Warehouse untouched", async () => {
    const mock = await kiboExampleMock();
    const order = (await commerceCall<Order>(mock, "createOrder", "POST", "/orders", { items: [item(60)] })).body;
    const submitted = await commerceCall<Order>(mock, "performOrderAction", "POST", `/orders/${order.id}/actions`, { actionName: "SubmitOrder" });
    expect(submitted.body.items[0]?.allocationResult).toMatchObject({ allocated: 50, pending: 10, unallocated: 0 });
    expect(submitted.body.shipments[0]?.shipmentStatus).toBe("BACKORDER");
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 50, 10] });
    const cancelled = await commerceCall<Order>(mock, "cancelOrder", "PUT", `/orders/cancel/${order.id}`, { reasonCode: "Customer" });
    expect(cancelled.body.status).toBe("Cancelled");
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [100, 0, 0], Target: [50, 0, 0] });
  });

  it("bad tags are one 400 listing every bad item, nothing changed", async () => {
    const mock = await kiboExampleMock();
    const res = await commerceCall<KiboError>(mock, "createOrder", "POST", "/orders", {
      items: [item(1, [{ name: "Channel" }]), item(1), item(1, [{ name: "Colour", value: "Red" }]), item(1, [{ name: "Channel", value: "Mars" }])],
    });
    expect(res.status).toBe(400);
    expect(res.body.applicationName).toBe("Commerce");
    expect(res.body.items.map((i) => i.field)).toEqual(["items[0].inventoryTags[0].value", "items[2].inventoryTags[0].name", "items[3].inventoryTags[0].value"]);
    expect((await commerceCall<{ totalCount: number }>(mock, "getOrders", "GET", "/orders")).body.totalCount).toBe(0);
    const dup = await commerceCall<KiboError>(mock, "createOrder", "POST", "/orders", { items: [item(1, [...TARGET, ...TARGET])] });
    expect(dup.body.items.map((i) => i.field)).toEqual(["items[0].inventoryTags[1].name"]);
  });

  it("edits items while Pending; lists and filters; packages ship", async () => {
    const mock = await kiboExampleMock();
    const order = (await commerceCall<Order>(mock, "createOrder", "POST", "/orders", { items: [item(1)] })).body;
    const added = await commerceCall<Order>(mock, "createOrderItem", "POST", `/orders/${order.id}/items`, item(3, [{ name: "Channel", value: "Warehouse" }]));
    expect(added.body.items.map((i) => i.lineId)).toEqual([1, 2]);
    expect((await commerceCall<Order>(mock, "updateItemQuantity", "PUT", `/orders/${order.id}/items/2/quantity/4`)).body.items[1]).toMatchObject({ quantity: 4 });
    expect((await commerceCall(mock, "getOrderItem", "GET", `/orders/${order.id}/items/2`)).body).toMatchObject({ lineId: 2, quantity: 4 });
    expect((await commerceCall<{ totalCount: number }>(mock, "getOrderItems", "GET", `/orders/${order.id}/items`)).body.totalCount).toBe(2);
    const firstId = order.items[0]?.id ?? "";
    expect((await commerceCall<Order>(mock, "deleteOrderItem", "DELETE", `/orders/${order.id}/items/${firstId}`)).body.items.map((i) => i.lineId)).toEqual([2]);
    expect((await commerceCall(mock, "updateOrder", "PUT", `/orders/${order.id}`, { locationCode: "homebase", email: "x@y.z" })).body).toMatchObject({ locationCode: "homebase", email: "x@y.z" });
    expect((await commerceCall<{ totalCount: number }>(mock, "getOrders", "GET", "/orders?filter=status eq Pending")).body.totalCount).toBe(1);
    expect((await commerceCall(mock, "getOrders", "GET", "/orders?filter=email eq x")).status).toBe(400);
    expect((await commerceCall(mock, "upsertInventoryTags", "PUT", `/orders/${order.id}/items/2/upsertInventoryTags?updateMode=ApplyToDraft`, TARGET)).status).toBe(501);

    await commerceCall(mock, "performOrderAction", "POST", `/orders/${order.id}/actions`, { actionName: "SubmitOrder" });
    expect((await commerceCall<string[]>(mock, "getAvailableActions", "GET", `/orders/${order.id}/actions`)).body).toEqual(["CancelOrder"]);
    const pkg = await commerceCall<{ id: string; status: string; shipmentNumber: number }>(mock, "createPackage", "POST", `/orders/${order.id}/packages`, { items: [{ lineId: 2, quantity: 4 }] });
    expect(pkg.status).toBe(200);
    expect(pkg.body).toMatchObject({ status: "NotFulfilled", availableActions: ["Ship"] });
    expect((await commerceCall(mock, "getPackage", "GET", `/orders/${order.id}/packages/${pkg.body.id}`)).body).toMatchObject({ id: pkg.body.id });
    expect((await commerceCall(mock, "getShipment", "GET", `/orders/${order.id}/shipments/${pkg.body.shipmentNumber}`)).body).toMatchObject({ shipmentStatus: "READY" });
    const shipped = await commerceCall<Order>(mock, "performFulfillmentAction", "POST", `/orders/${order.id}/fulfillment/actions`, { actionName: "Ship", packageIds: [pkg.body.id] });
    expect(shipped.status).toBe(200);
    expect(shipped.body.packages[0]?.status).toBe("Fulfilled");
    expect(segments(mock, "AD1001")).toEqual({ Warehouse: [96, 0, 0], Target: [50, 0, 0] });
    expect((await commerceCall(mock, "getShipmentForFulfillment", "GET", `/shipments/${pkg.body.shipmentNumber}`)).body).toMatchObject({ shipmentStatus: "FULFILLED" });
  });

  it("creates an order from a cart (?cartId=)", async () => {
    const mock = await kiboExampleMock();
    expect((await commerceCall<KiboError>(mock, "createOrder", "POST", "/orders?cartId=nope")).status).toBe(404);
  });
});
