import { describe, expect, it } from "vitest";
import { commerceClient } from "./commerce-client.js";
import type { ContractTarget } from "./contract-suite.js";

const SEED = {
  inventory: {
    "1000": {
      locations: [{ code: "homebase" }],
      tagCategories: [{ name: "Channel", values: [{ value: "Warehouse" }, { value: "Target" }] }],
    },
  },
};
const TARGET = [{ name: "Channel", value: "Target" }];

type Json = Record<string, unknown>;
type Order = Json & { id: string; orderNumber: number; items: { id: string }[]; shipments: { number: number }[] };

/**
 * The order side of the HTTP contract (D19, openapi/commerce.yaml), run once per adapter next to
 * `contractSuite`: Kibo's documented example (Channel = Warehouse | Target at homebase, 100 and 50;
 * 2 × AD1001 tagged Target) from order to restock, read back through the Inventory API, and a
 * shortfall held pending in its own segment. Every answer is validated against its contract.
 */
export function orderContractSuite(adapter: string, target: () => ContractTarget): void {
  describe(`HTTP contract (orders) via ${adapter}`, () => {
    const { send, seed } = commerceClient(target);
    const targetRow = async () => {
      const rows = await send<{ taggedInventory: Json[] }[]>("postQueryInventory", "POST", "/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "AD1001" }] });
      return rows.body[0]?.taggedInventory ?? [];
    };
    const setUp = async () => {
      await seed(SEED);
      const refreshed = await send("refresh", "POST", "/commerce/inventory/v5/inventory/refresh", {
        locationCode: "homebase",
        items: [
          { upc: "AD1001", quantity: 100, tags: { Channel: "Warehouse" } },
          { upc: "AD1001", quantity: 50, tags: { Channel: "Target" } },
        ],
      });
      expect(refreshed.status).toBe(200);
    };
    /** ATS of AD1001 per Channel value over RIS GraphQL (clamped at 0, D17). */
    const risAts = async () => {
      const ats: Record<string, unknown> = {};
      for (const channel of ["Warehouse", "Target"]) {
        const query = `{ getProductSiteAvailability(productCodes: ["AD1001"], tags: [{name: "Channel", value: "${channel}"}]) { ats } }`;
        const res = await send<{ data: { getProductSiteAvailability: { ats: number }[] } }>("postRealtimeInventoryGraphql", "POST", "/commerce/realtime-inventory/graphql", { query });
        ats[channel] = res.body.data.getProductSiteAvailability[0]?.ats;
      }
      return ats;
    };
    const orderOf = (quantity: number) => ({ items: [{ product: { productCode: "AD1001" }, quantity, fulfillmentLocationCode: "homebase" }] });

    it("runs Kibo's example: Pending, tags upserted, submitted (Target 50/48/2), 409 after submit, fulfilled (48), restocked (50)", async () => {
      await setUp();
      const created = await send<Order>("createOrder", "POST", "/commerce/orders", orderOf(2));
      expect(created.body).toMatchObject({ status: "Pending" });
      const { id, items } = created.body;
      const itemId = items[0]?.id ?? "";
      const tagged = await send<Order>("upsertInventoryTags", "PUT", `/commerce/orders/${id}/items/${itemId}/upsertInventoryTags`, TARGET);
      expect(tagged.body.items[0]).toMatchObject({ inventoryTags: TARGET });
      const submitted = await send<Order>("performOrderAction", "POST", `/commerce/orders/${id}/actions`, { actionName: "SubmitOrder" });
      expect(submitted.body).toMatchObject({ status: "Submitted", items: [{ allocationResult: { allocated: 2, pending: 0, tags: { Channel: "Target" } } }] });
      expect(await targetRow()).toEqual([
        { tags: { Channel: "Warehouse" }, onHand: 100, available: 100, allocated: 0, pending: 0 },
        { tags: { Channel: "Target" }, onHand: 50, available: 48, allocated: 2, pending: 0 },
      ]);
      expect(await risAts()).toEqual({ Warehouse: 100, Target: 48 });
      const info = await send<Json[]>("getOrderItemInformation", "POST", "/commerce/inventory/v5/inventory/getOrderItemInformation", { orderID: created.body.orderNumber });
      expect(info.body).toMatchObject([{ orderItemID: 1, upc: "AD1001", allocated: 2 }]);

      const late = await send("upsertInventoryTags", "PUT", `/commerce/orders/${id}/items/${itemId}/upsertInventoryTags`, [{ name: "Channel", value: "Warehouse" }]);
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ errorCode: "CONFLICT", applicationName: "Commerce" });

      const shipmentNumber = submitted.body.shipments[0]?.number ?? 0;
      expect((await send("fulfillShipment", "PUT", `/commerce/shipments/${shipmentNumber}/fulfilled`)).body).toMatchObject({ shipmentStatus: "FULFILLED" });
      expect((await targetRow())[1]).toMatchObject({ onHand: 48, allocated: 0 });

      const ret = await send<{ id: string; items: { id: string }[] }>("createReturn", "POST", "/commerce/returns", {
        originalOrderId: id,
        items: [{ orderItemId: itemId, reasons: [{ reason: "Damaged", quantity: 2 }] }],
      });
      expect(ret.status).toBe(200);
      const restocked = await send("restockReturnItems", "POST", `/commerce/returns/${ret.body.id}/restock`, [{ returnItemId: ret.body.items[0]?.id, quantity: 2 }]);
      expect(restocked.status).toBe(200);
      expect(await targetRow()).toEqual([
        { tags: { Channel: "Warehouse" }, onHand: 100, available: 100, allocated: 0, pending: 0 },
        { tags: { Channel: "Target" }, onHand: 50, available: 50, allocated: 0, pending: 0 },
      ]);
      expect(await risAts()).toEqual({ Warehouse: 100, Target: 50 });
    });

    it("allocates what Target holds and keeps the rest pending (available −5, D2), never from Warehouse", async () => {
      await setUp();
      const created = await send<Order>("createOrder", "POST", "/commerce/orders", {
        items: [{ product: { productCode: "AD1001" }, quantity: 55, fulfillmentLocationCode: "homebase", inventoryTags: TARGET }],
      });
      const submitted = await send("performOrderAction", "POST", `/commerce/orders/${created.body.id}/actions`, { actionName: "SubmitOrder" });
      expect(submitted.body).toMatchObject({ items: [{ allocationResult: { allocated: 50, pending: 5, unallocated: 0 } }] });
      expect(await targetRow()).toEqual([
        { tags: { Channel: "Warehouse" }, onHand: 100, available: 100, allocated: 0, pending: 0 },
        { tags: { Channel: "Target" }, onHand: 50, available: -5, allocated: 50, pending: 5 },
      ]);
      expect(await risAts()).toEqual({ Warehouse: 100, Target: 0 });
    });

    it("answers bad tags 400 listing every bad item, and unsimulated operations 501, in the Commerce error shape", async () => {
      await setUp();
      const bad = await send<{ items: { field: string }[] }>("createOrder", "POST", "/commerce/orders", {
        items: [
          { product: { productCode: "AD1001" }, quantity: 1, inventoryTags: [{ name: "Channel", value: "Mars" }] },
          { product: { productCode: "AD1001" }, quantity: 1, inventoryTags: [{ name: "Channel" }] },
        ],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.items.map((i) => i.field)).toEqual(["items[0].inventoryTags[0].value", "items[1].inventoryTags[0].value"]);
      const notSimulated = await send("getPayments", "GET", "/commerce/orders/abc/payments");
      expect(notSimulated.status).toBe(501);
      expect(notSimulated.body).toMatchObject({ errorCode: "NOT_IMPLEMENTED", applicationName: "Commerce" });
    });

    // The single-item order paths name a bad tag as createOrder does: items[i].inventoryTags[j],
    // `i` the item's position in the order (a new item: the position it would take), nothing changed.
    const BAD_TAGS = [{ name: "Channel" }, { name: "Colour", value: "Red" }, { name: "Channel", value: "Mars" }];
    const twoItemOrder = async () => {
      await setUp();
      const order = (await send<Order>("createOrder", "POST", "/commerce/orders", { items: [...orderOf(1).items, ...orderOf(2).items] })).body;
      const read = async () => (await send("getOrder", "GET", `/commerce/orders/${order.id}`)).body;
      return { order, read, before: await read() };
    };
    const fieldsOf = (body: unknown) => (body as { items: { index: number; field: string }[] }).items.map((e) => [e.index, e.field]);

    it("createOrderItem: bad tags are 400 at items[2].inventoryTags[j] (the position the item would take), nothing changed", async () => {
      const { order, read, before } = await twoItemOrder();
      const res = await send("createOrderItem", "POST", `/commerce/orders/${order.id}/items`, { ...orderOf(1).items[0], inventoryTags: BAD_TAGS });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ errorCode: "VALIDATION_ERROR", applicationName: "Commerce" });
      expect(fieldsOf(res.body)).toEqual([
        [2, "items[2].inventoryTags[0].value"],
        [2, "items[2].inventoryTags[1].name"],
        [2, "items[2].inventoryTags[2].name"],
      ]);
      // A schema problem of the item body is named the same way.
      const zero = await send("createOrderItem", "POST", `/commerce/orders/${order.id}/items`, { ...orderOf(1).items[0], quantity: 0 });
      expect(fieldsOf(zero.body)).toEqual([[2, "items[2].quantity"]]);
      expect(await read()).toEqual(before);
    });

    it("upsertInventoryTags: bad tags are 400 at items[1].inventoryTags[j], a body that is no array at items[1].inventoryTags, nothing changed", async () => {
      const { order, read, before } = await twoItemOrder();
      const path = `/commerce/orders/${order.id}/items/${order.items[1]?.id}/upsertInventoryTags`;
      const res = await send("upsertInventoryTags", "PUT", path, BAD_TAGS);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual([
        [1, "items[1].inventoryTags[0].value"],
        [1, "items[1].inventoryTags[1].name"],
        [1, "items[1].inventoryTags[2].name"],
      ]);
      const notArray = await send("upsertInventoryTags", "PUT", path, { name: "Channel", value: "Target" });
      expect(notArray.status).toBe(400);
      expect(fieldsOf(notArray.body)).toEqual([[1, "items[1].inventoryTags"]]);
      expect(await read()).toEqual(before);
    });

    it("answers an unknown path under /api/commerce 404 with applicationName Commerce, and one under the Inventory API with Inventory", async () => {
      const unknownService = await send("getOrders", "GET", "/commerce/wishlists");
      expect(unknownService.status).toBe(404);
      expect(unknownService.body).toMatchObject({ errorCode: "NOT_FOUND", applicationName: "Commerce" });
      const unknownOrderPath = await send("getOrder", "GET", "/commerce/orders/abc/nothing/here");
      expect(unknownOrderPath.body).toMatchObject({ errorCode: "NOT_FOUND", applicationName: "Commerce" });
      const wrongMethod = await send("getOrders", "PATCH", "/commerce/orders");
      expect(wrongMethod).toMatchObject({ status: 404, body: { applicationName: "Commerce" } });
      const unknownInventory = await send("postQueryInventory", "GET", "/commerce/inventory/v5/nothing");
      expect(unknownInventory).toMatchObject({ status: 404, body: { errorCode: "NOT_FOUND", applicationName: "Inventory" } });
    });

    it("an Inventory API allocate item's inventoryTags pick its segment, never ignored; disagreeing tags are 400 TAGS_CONFLICT", async () => {
      await setUp();
      const item = { orderID: 90, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "AD1001", quantity: 3 };
      const allocated = await send("allocateInventory", "POST", "/commerce/inventory/v5/inventory/allocate", { items: [{ ...item, inventoryTags: TARGET }] });
      expect(allocated.body).toMatchObject({ allocations: [{ allocated: 3, pending: 0 }] });
      const conflict = await send("allocateInventory", "POST", "/commerce/inventory/v5/inventory/allocate", {
        items: [{ ...item, orderItemID: 2, tags: { Channel: "Warehouse" }, inventoryTags: TARGET }],
      });
      expect(conflict.status).toBe(400);
      expect(conflict.body).toMatchObject({ items: [{ index: 0, field: "items[0].inventoryTags", code: "TAGS_CONFLICT" }] });
      expect(await targetRow()).toEqual([
        { tags: { Channel: "Warehouse" }, onHand: 100, available: 100, allocated: 0, pending: 0 },
        { tags: { Channel: "Target" }, onHand: 50, available: 47, allocated: 3, pending: 0 },
      ]);
    });
  });
}
