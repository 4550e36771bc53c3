import type { CommerceSchemas } from "@kibo-inventory/spec";
import { describe, expect, it } from "vitest";
import type { TagConfiguration } from "../builders/tags.js";
import { type OrderLike, orderAllocation } from "./order-allocation.js";

const tagConfig: TagConfiguration = [
  { name: "Channel", tags: [{ tagValue: "Warehouse", isDefault: true }, { tagValue: "Target" }] },
  { name: "Region", tags: [{ tagValue: "North" }, { tagValue: "South" }] },
];

/** A submitted order as the reference server answers it: 3 × AD1001 from Target, 2 allocated, 1 pending. */
const submitted: CommerceSchemas["Order"] = {
  id: "o1",
  orderNumber: 7,
  status: "Submitted",
  fulfillmentStatus: "NotFulfilled",
  availableActions: ["CancelOrder"],
  packages: [],
  items: [
    {
      id: "i1",
      lineId: 1,
      product: { productCode: "AD1001" },
      quantity: 3,
      fulfillmentLocationCode: "homebase",
      fulfillmentMethod: "Ship",
      inventoryTags: [{ name: "Channel", value: "Target" }],
      allocationResult: { locationCode: "homebase", tags: { Channel: "Target", Region: "North" }, allocated: 2, pending: 1, unallocated: 0, fulfilled: 0 },
    },
  ],
  shipments: [
    {
      id: "11",
      number: 11,
      orderId: "o1",
      orderNumber: 7,
      shipmentType: "STH",
      fulfillmentLocationCode: "homebase",
      shipmentStatus: "BACKORDER",
      fulfillmentStatus: "NotFulfilled",
      items: [
        {
          lineId: 1,
          originalOrderItemId: "i1",
          quantity: 3,
          inventoryTags: [{ name: "Channel", value: "Target" }],
          allocatedQuantity: 2,
          inventoryAllocations: [
            { inventoryId: 501, quantity: 1, status: "Allocated" },
            { inventoryId: 502, quantity: 1, status: "Allocated" },
          ],
        },
      ],
    },
  ],
};

describe("orderAllocation", () => {
  it("reads the reference server's allocationResult and the inventory records from the shipments", () => {
    expect(orderAllocation(submitted)).toEqual([
      {
        itemId: "i1",
        lineId: 1,
        productCode: "AD1001",
        upc: "AD1001",
        quantity: 3,
        locationCode: "homebase",
        tags: { Channel: "Target", Region: "North" },
        allocated: 2,
        pending: 1,
        unallocated: 0,
        fulfilled: 0,
        inventoryIds: [501, 502],
        source: "allocationResult",
      },
    ]);
  });

  it("derives the figures from Kibo's shipments when the extension is absent", () => {
    const official: OrderLike = {
      locationCode: "homebase",
      items: [
        { id: "a", lineId: 1, quantity: 2, product: { productCode: "P1", variationProductCode: "P1-RED" }, inventoryTags: [{ name: "Channel", value: "Target" }] },
        { id: "b", lineId: 2, quantity: 5, product: { upc: "0002" } },
        { id: "c", lineId: 3, quantity: 4, product: { productCode: "P3" } },
        { id: "d", lineId: 4, quantity: 1, product: { productCode: "P4" } },
      ],
      shipments: [
        // READY, no allocation detail (Kibo's order document): every unit is allocated
        { shipmentStatus: "READY", fulfillmentLocationCode: "store-9", items: [{ lineId: 1, quantity: 2 }] },
        // BACKORDER with the Fulfillment API's detail: 3 allocated (records 7, 8), 1 pending
        {
          shipmentStatus: "BACKORDER",
          fulfillmentLocationCode: "homebase",
          items: [
            {
              lineId: 2,
              quantity: 4,
              inventoryAllocations: [
                { inventoryId: 7, quantity: 2, status: "Allocated" },
                { inventoryId: 8, quantity: 1, status: "Allocated" },
              ],
            },
          ],
        },
        // fulfilled units, matched by the item's id when the line is not given
        { shipmentStatus: "FULFILLED", fulfillmentStatus: "Fulfilled", items: [{ originalOrderItemId: "c", quantity: 4, inventoryAllocations: [{ inventoryId: 9, quantity: 4, status: "Fulfilled" }] }] },
        // a cancelled shipment holds nothing
        { shipmentStatus: "CANCELED", items: [{ lineId: 4, quantity: 1 }] },
      ],
    };
    const lines = orderAllocation(official, { tagConfig });
    expect(lines.map(({ lineId, upc, locationCode, allocated, pending, unallocated, fulfilled, inventoryIds, source }) => ({ lineId, upc, locationCode, allocated, pending, unallocated, fulfilled, inventoryIds, source }))).toEqual([
      { lineId: 1, upc: "P1-RED", locationCode: "store-9", allocated: 2, pending: 0, unallocated: 0, fulfilled: 0, inventoryIds: [], source: "shipments" },
      { lineId: 2, upc: "0002", locationCode: "homebase", allocated: 3, pending: 1, unallocated: 1, fulfilled: 0, inventoryIds: [7, 8], source: "shipments" },
      { lineId: 3, upc: "P3", locationCode: "homebase", allocated: 0, pending: 0, unallocated: 0, fulfilled: 4, inventoryIds: [9], source: "shipments" },
      { lineId: 4, upc: "P4", locationCode: "homebase", allocated: 0, pending: 0, unallocated: 0, fulfilled: 0, inventoryIds: [], source: "shipments" },
    ]);
    expect(lines[0]?.tags).toEqual({ Channel: "Target", Region: "North" });
    expect(lines[1]?.tags).toEqual({ Channel: "Warehouse", Region: "North" });
  });

  it("reports a Pending order's items with their tags as set and every figure 0", () => {
    const pending: OrderLike = {
      items: [{ id: "x", lineId: 1, quantity: 2, product: { productCode: "AD1001" }, fulfillmentLocationCode: "homebase", inventoryTags: [{ name: "Channel", value: "Target" }] }],
      shipments: [],
    };
    expect(orderAllocation(pending)).toEqual([
      {
        itemId: "x",
        lineId: 1,
        productCode: "AD1001",
        upc: "AD1001",
        quantity: 2,
        locationCode: "homebase",
        tags: { Channel: "Target" },
        allocated: 0,
        pending: 0,
        unallocated: 0,
        fulfilled: 0,
        inventoryIds: [],
        source: "none",
      },
    ]);
    expect(orderAllocation({})).toEqual([]);
  });
});
