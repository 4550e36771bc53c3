/**
 * Compatibility of the order side (D19): Kibo's official `@kibocommerce/rest-sdk` — `OrderApi`,
 * `ReturnApi` (Commerce) and the Fulfillment `ShipmentApi` — unchanged, against the standalone
 * server, running Kibo's documented example: Channel (Warehouse default, Target) at homebase with
 * 100 Warehouse and 50 Target; 2 × the product tagged Target, created Pending, tags upserted,
 * submitted (Target 50/48/2, Warehouse untouched), 409 on a late upsert, the shipment fulfilled
 * (Target onHand 48), a return of both units restocked (Target onHand 50). Configured like
 * official-sdk.test.ts (the same `fetchApi` wrapper for a plain-http host).
 */
import type { RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import type { Configuration } from "@kibocommerce/rest-sdk";
import { ResponseError } from "@kibocommerce/rest-sdk/client-runtime/index.js";
import { OrderApi, ReturnApi } from "@kibocommerce/rest-sdk/clients/Commerce/index.js";
import { ShipmentApi } from "@kibocommerce/rest-sdk/clients/Fulfillment/index.js";
import { InventoryApi, InventoryTagCategoryApi, ModifyInventoryApi } from "@kibocommerce/rest-sdk/clients/Inventory/index.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { serverForOfficialSdk, SITE, TENANT } from "../support/official-sdk.js";

const UPC = "AD1001";

let server: RunningInventoryServer;
let api: {
  orders: OrderApi;
  returns: ReturnApi;
  shipments: ShipmentApi;
  tags: InventoryTagCategoryApi;
  modify: ModifyInventoryApi;
  inventory: InventoryApi;
};

beforeAll(async () => {
  let config: Configuration;
  ({ server, config } = await serverForOfficialSdk());
  api = {
    orders: new OrderApi(config),
    returns: new ReturnApi(config),
    shipments: new ShipmentApi(config),
    tags: new InventoryTagCategoryApi(config),
    modify: new ModifyInventoryApi(config),
    inventory: new InventoryApi(config),
  };
});
afterEach(() => server.mock.reset());
afterAll(() => server.close());

async function setUp(): Promise<void> {
  await api.tags.updateTagCategory({
    tagCategoryName: "Channel",
    tagCategory: { name: "Channel", tags: [{ tagValue: "Warehouse", isDefault: true }, { tagValue: "Target" }] },
  });
  server.mock.seed({ inventory: { [String(TENANT)]: { locations: [{ code: "homebase" }] } } });
  await api.modify.refresh({
    refreshRequest: {
      locationCode: "homebase",
      items: [
        { upc: UPC, quantity: 100, tags: { Channel: "Warehouse" } },
        { upc: UPC, quantity: 50, tags: { Channel: "Target" } },
      ],
    },
  });
}

async function segments() {
  const rows = await api.inventory.postQueryInventory({ inventoryRequest: { type: "ALL", locationCode: "homebase", items: [{ upc: UPC }] }, xVolSite: SITE });
  const row = rows[0];
  const of = (value: string) => {
    const t = row?.taggedInventory?.find((s) => s.tags?.Channel === value);
    return [t?.onHand, t?.available, t?.allocated];
  };
  return { warehouse: of("Warehouse"), target: of("Target") };
}

describe("official SDK OrderApi / ReturnApi / Fulfillment ShipmentApi against the standalone server", () => {
  it("runs Kibo's documented order example end to end", async () => {
    await setUp();
    const created = await api.orders.createOrder({
      order: { items: [{ product: { productCode: UPC }, quantity: 2, fulfillmentLocationCode: "homebase", fulfillmentMethod: "Ship" }] },
    });
    expect(created.status).toBe("Pending");
    const orderId = created.id as string;
    const orderItemId = created.items?.[0]?.id as string;

    const tagged = await api.orders.upsertInventoryTags({ orderId, orderItemId, inventoryTags: [{ name: "Channel", value: "Target" }] });
    expect(tagged.items?.[0]?.inventoryTags).toEqual([{ name: "Channel", value: "Target" }]);

    const submitted = await api.orders.performOrderAction({ orderId, orderAction: { actionName: "SubmitOrder" } });
    expect(submitted.status).toBe("Submitted");
    expect(await segments()).toEqual({ warehouse: [100, 100, 0], target: [50, 48, 2] });

    const late = await api.orders
      .upsertInventoryTags({ orderId, orderItemId, inventoryTags: [{ name: "Channel", value: "Warehouse" }] })
      .catch((error: unknown) => error);
    expect(late).toBeInstanceOf(ResponseError);
    const failure = late as ResponseError;
    expect(failure.response.status).toBe(409);
    expect(failure.apiError).toMatchObject({ errorCode: "CONFLICT", applicationName: "Commerce" });
    expect(await segments()).toEqual({ warehouse: [100, 100, 0], target: [50, 48, 2] });

    const shipmentNumber = (await api.orders.getOrder({ orderId })).shipments?.[0]?.number as number;
    expect(shipmentNumber).toEqual(expect.any(Number));
    const read = await api.shipments.getShipment({ shipmentNumber });
    expect(read).toMatchObject({ shipmentNumber, shipmentStatus: "READY" });
    const fulfilled = await api.shipments.fulfillShipment({ shipmentNumber });
    expect(fulfilled).toMatchObject({ shipmentNumber, shipmentStatus: "FULFILLED" });
    expect(await segments()).toEqual({ warehouse: [100, 100, 0], target: [48, 48, 0] });

    const ret = await api.returns.createReturn({
      _return: { originalOrderId: orderId, returnType: "Refund", items: [{ orderItemId, reasons: [{ reason: "Damaged", quantity: 2 }] }] },
    });
    expect(ret.status).toBe("Created");
    const returnId = ret.id as string;
    const returnItemId = ret.items?.[0]?.id as string;
    const actions = await api.returns.performReturnActions({ returnAction: { actionName: "Receive", returnIds: [returnId] } });
    expect(actions.items?.[0]?.status).toBe("ReturnReceived");
    const restocked = await api.returns.restockReturnItems({ returnId, restockableReturnItem: [{ returnItemId, quantity: 2 }] });
    expect(restocked.items?.[0]?.quantityRestocked).toBe(2);
    expect(await api.returns.getAvailableReturnActions({ returnId })).toEqual(["Close"]);
    expect((await api.returns.getReturn({ returnId })).status).toBe("ReturnReceived");
    expect(await segments()).toEqual({ warehouse: [100, 100, 0], target: [50, 50, 0] });
    expect((await api.returns.getReturns({})).totalCount).toBe(1);
  });

  it("holds a Target shortfall pending without touching Warehouse", async () => {
    await setUp();
    const created = await api.orders.createOrder({
      order: {
        items: [{ product: { productCode: UPC }, quantity: 53, fulfillmentLocationCode: "homebase", inventoryTags: [{ name: "Channel", value: "Target" }] }],
      },
    });
    await api.orders.performOrderAction({ orderId: created.id as string, orderAction: { actionName: "SubmitOrder" } });
    expect(await segments()).toEqual({ warehouse: [100, 100, 0], target: [50, -3, 50] });
    expect(await api.orders.getAvailableActions({ orderId: created.id as string })).toEqual(["CancelOrder"]);
    const orders = await api.orders.getOrders({ filter: "status eq Submitted" });
    expect(orders.totalCount).toBe(1);
  });
});
