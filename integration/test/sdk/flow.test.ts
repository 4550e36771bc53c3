import { getAvailability, stockStatus, unwrap } from "@kibo-inventory/sdk";
import { describe, expect, it } from "vitest";
import { connect } from "./support.js";

describe("refresh with tags → query → allocate → ATS/ATP (SDK → reference server, mock.fetch)", () => {
  it("keeps segments apart, allocates from one, and answers ATS < ATP with safety stock", async () => {
    const { client } = connect();

    const { jobID } = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/refresh", {
        body: {
          locationCode: "WH1",
          items: [
            { upc: "SHIRT-1", quantity: 100, tags: { Channel: "Web" }, safetyStock: 5 },
            { upc: "SHIRT-1", quantity: 40, tags: { Channel: "Store" } },
            // Future inventory: 30 Web units on a purchase order, counted by ATP only.
            { upc: "SHIRT-1", quantity: 30, tags: { Channel: "Web" }, deliveryDate: "2025-03-01T00:00:00Z", externalID: "PO-1" },
          ],
        },
      }),
    );
    expect(jobID).toEqual(expect.any(Number));

    const rows = await unwrap(
      client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", locationCode: "WH1", items: [{ upc: "SHIRT-1" }] } }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        locationCode: "WH1",
        upc: "SHIRT-1",
        onHand: 140,
        available: 140,
        allocated: 0,
        safetyStock: 5,
        taggedInventory: [
          expect.objectContaining({ tags: { Channel: "Web" }, onHand: 100, available: 100 }),
          expect.objectContaining({ tags: { Channel: "Store" }, onHand: 40, available: 40 }),
        ],
      }),
    ]);

    const allocation = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/allocate", {
        body: {
          items: [{ orderID: 7, orderItemID: 1, shipmentID: 1, locationCode: "WH1", upc: "SHIRT-1", quantity: 12, tags: { Channel: "Web" } }],
        },
      }),
    );
    expect(allocation).toMatchObject({ success: true, allocations: [{ allocated: 12, pending: 0 }] });

    const [after] = await unwrap(
      client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", locationCode: "WH1", items: [{ upc: "SHIRT-1" }] } }),
    );
    expect(after).toMatchObject({ onHand: 140, available: 128, allocated: 12 });
    expect(after?.taggedInventory?.[0]).toMatchObject({ tags: { Channel: "Web" }, available: 88, allocated: 12 });

    // Web segment: 100 on hand − 12 allocated − 5 safety stock = 83 to sell now; + 30 expected = 113.
    const web = { productCodes: ["SHIRT-1"], locationCodes: ["WH1"], tags: { Channel: "Web" } };
    const ats = await getAvailability(client, { ...web, mode: "ATS" });
    const atp = await getAvailability(client, { ...web, mode: "ATP" });
    expect(ats.products).toEqual([
      { productCode: "SHIRT-1", available: 83, hasInfiniteInventory: false, locations: [{ locationCode: "WH1", available: 83, inventoryAvailable: 88, safetyStock: 5, tags: { Channel: "Web" } }] },
    ]);
    expect(atp.products[0]?.available).toBe(113);
    expect(atp.products[0]?.locations?.[0]?.available).toBe(113);

    // Site-wide, without tags: 128 available − 5 safety stock (once per record) = 123; ATP adds the PO.
    const site = await getAvailability(client, { productCodes: ["SHIRT-1"], mode: "ATS" });
    expect(site.products).toEqual([{ productCode: "SHIRT-1", available: 123, hasInfiniteInventory: false }]);
    expect((await getAvailability(client, { productCodes: ["SHIRT-1"], mode: "ATP" })).products[0]?.available).toBe(153);

    expect(stockStatus(ats.products[0]?.available ?? 0, 5)).toBe("IN_STOCK");
    expect(stockStatus(3, 5)).toBe("LOW_STOCK");
  });
});
