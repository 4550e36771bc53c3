/**
 * The SDK's RIS GraphQL queries against the reference server's schema (both read
 * openapi/ris-availability.graphql): fails when the two drift apart (a renamed field or argument,
 * a changed type). Moved from packages/mock-server/src/ris so the mock server no longer
 * dev-depends on the SDK.
 */
import { getAvailability, LOCATION_AVAILABILITY_QUERY, SITE_AVAILABILITY_QUERY, unwrap } from "@kibo-inventory/sdk";
import { describe, expect, it } from "vitest";
import { connect } from "./support.js";

/** Kibo's segmentation example at homebase (Warehouse 100, Target 50, 2 allocated to Target), plus 30 Target units due in March. */
async function segmentationExample() {
  const { client } = connect({
    seed: {
      inventory: {
        "1000": {
          locations: [{ code: "homebase" }],
          tagCategories: [{ name: "Channel", values: [{ value: "Warehouse" }, { value: "Target" }] }],
        },
      },
    },
  });
  await unwrap(
    client.POST("/commerce/inventory/v5/inventory/refresh", {
      body: {
        locationCode: "homebase",
        items: [
          { upc: "UPC1", quantity: 100, tags: { Channel: "Warehouse" } },
          { upc: "UPC1", quantity: 50, tags: { Channel: "Target" } },
          { upc: "UPC1", quantity: 30, tags: { Channel: "Target" }, deliveryDate: "2025-03-01T00:00:00Z" },
        ],
      },
    }),
  );
  await unwrap(
    client.POST("/commerce/inventory/v5/inventory/allocate", {
      body: {
        items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, upc: "UPC1", locationCode: "homebase", quantity: 2, tags: { Channel: "Target" } }],
        runSynchronous: true,
      },
    }),
  );
  return client;
}

describe("the RIS schema the server executes", () => {
  it.each([
    ["site", SITE_AVAILABILITY_QUERY, {}],
    ["per-location", LOCATION_AVAILABILITY_QUERY, { locationCodes: ["homebase"] }],
  ])("accepts the SDK's %s availability query", async (_name, query, extra) => {
    const client = await segmentationExample();
    const answer = (await unwrap(
      client.POST("/commerce/realtime-inventory/graphql", { body: { query, variables: { productCodes: ["UPC1"], ...extra } } }),
    )) as { errors?: { message: string }[] };
    expect(answer.errors?.map((e) => e.message) ?? []).toEqual([]);
  });
});

describe("RIS GraphQL through the SDK", () => {
  it("runs the SDK's own queries and maps ATS/ATP, per site and per location", async () => {
    const client = await segmentationExample();
    expect(SITE_AVAILABILITY_QUERY).toContain("getProductSiteAvailability");
    expect(LOCATION_AVAILABILITY_QUERY).toContain("getProductAvailabilityAtLocations");
    const ats = await getAvailability(client, { productCodes: ["UPC1"], mode: "ATS", tags: { Channel: "Target" } });
    expect(ats.products).toEqual([{ productCode: "UPC1", available: 48, hasInfiniteInventory: false }]);
    const atp = await getAvailability(client, { productCodes: ["UPC1"], mode: "ATP", locationCodes: ["homebase"], tags: { Channel: "Target" } });
    expect(atp.products).toEqual([
      { productCode: "UPC1", available: 78, hasInfiniteInventory: false, locations: [{ locationCode: "homebase", available: 78, inventoryAvailable: 48, safetyStock: 0, tags: { Channel: "Target" } }] },
    ]);
    const error = await getAvailability(client, { productCodes: ["UPC1"], mode: "ATS", tags: { Channel: "Nope" } }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("InventoryValidationError");
  });
});
