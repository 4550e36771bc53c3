import { describe, expect, it } from "vitest";
import { createInventoryClient } from "../client.js";
import { InventoryValidationError } from "../errors/validation-error.js";
import { createFetchSpy, json } from "../testing/fetch-spy.js";
import { getAvailability, LOCATION_AVAILABILITY_QUERY, SITE_AVAILABILITY_QUERY } from "./get-availability.js";
import { availabilitySchemaSDL } from "./schema.js";
import { stockStatus } from "./stock-status.js";

const row = (productCode: string, ats: number, atp: number, extra: object = {}) => ({
  productCode,
  ats,
  atp,
  available: ats,
  safetyStock: 0,
  hasInfiniteInventory: false,
  ...extra,
});

describe("getAvailability", () => {
  it("asks getProductSiteAvailability with Kibo's argument spelling and maps ATS", async () => {
    const fetch = createFetchSpy(() => json({ data: { getProductSiteAvailability: [row("A", 4, 9), row("B", 0, 2, { hasInfiniteInventory: true })] } }));
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const result = await getAvailability(client, {
      productCodes: ["A", "B"],
      mode: "ATS",
      tags: { Channel: "Web" },
      enforceConditionAvailability: true,
      excludeExpired: true,
      includeNegative: false,
    });
    expect(fetch.calls[0]?.url).toBe("https://t1.sandbox.mozu.com/api/commerce/realtime-inventory/graphql");
    expect(fetch.calls[0]?.body).toEqual({
      query: SITE_AVAILABILITY_QUERY,
      variables: {
        productCodes: ["A", "B"],
        tags: [{ name: "Channel", value: "Web" }],
        enforceConditionAvailibility: true,
        excludeExpiredInventory: true,
        includeNegativeInventory: false,
        includeFutureInventory: false,
      },
    });
    expect(result).toEqual({
      products: [
        { productCode: "A", available: 4, hasInfiniteInventory: false },
        { productCode: "B", available: Number.POSITIVE_INFINITY, hasInfiniteInventory: true },
      ],
    });
  });

  it("answers per location in ATP mode, grouped per product with tags as a map", async () => {
    const fetch = createFetchSpy(() =>
      json({
        data: {
          getProductAvailabilityAtLocations: [
            row("A", 1, 3, { locationCode: "WH1", tags: [{ name: "Channel", value: "Web" }] }),
            row("A", 2, 5, { locationCode: "WH2", tags: [{ name: "Channel", value: "Web" }] }),
          ],
        },
      }),
    );
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const result = await getAvailability(client, { productCodes: ["A", "Z"], locationCodes: ["WH1", "WH2"], mode: "ATP" });
    const body = fetch.calls[0]?.body as { query: string; variables: Record<string, unknown> };
    expect(body.query).toBe(LOCATION_AVAILABILITY_QUERY);
    expect(body.variables).toEqual({ productCodes: ["A", "Z"], locationCodes: ["WH1", "WH2"], includeFutureInventory: true });
    expect(result.products).toEqual([
      {
        productCode: "A",
        available: 8,
        hasInfiniteInventory: false,
        locations: [
          { locationCode: "WH1", available: 3, inventoryAvailable: 1, safetyStock: 0, tags: { Channel: "Web" } },
          { locationCode: "WH2", available: 5, inventoryAvailable: 2, safetyStock: 0, tags: { Channel: "Web" } },
        ],
      },
      { productCode: "Z", available: 0, hasInfiniteInventory: false, locations: [] },
    ]);
  });

  it("turns GraphQL errors into typed errors", async () => {
    const fetch = createFetchSpy(() => json({ data: null, errors: [{ message: "unknown tag value", path: ["getProductSiteAvailability"], extensions: { code: "VALIDATION_ERROR" } }] }));
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const error = await getAvailability(client, { productCodes: ["A"], mode: "ATS" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InventoryValidationError);
    expect((error as InventoryValidationError).items[0]).toMatchObject({ field: "getProductSiteAvailability", message: "unknown tag value" });
  });

  it("uses only queries and arguments the published SDL declares", () => {
    for (const name of ["getProductSiteAvailability", "getProductAvailabilityAtLocations", "enforceConditionAvailibility", "excludeExpiredInventory", "includeNegativeInventory", "includeFutureInventory", "input TagInput"]) {
      expect(availabilitySchemaSDL).toContain(name);
    }
  });
});

describe("stockStatus", () => {
  it.each([
    [0, 5, "OUT_OF_STOCK"],
    [-2, 0, "OUT_OF_STOCK"],
    [3, 5, "LOW_STOCK"],
    [5, 5, "IN_STOCK"],
    [1, 0, "IN_STOCK"],
    [Number.POSITIVE_INFINITY, 5, "IN_STOCK"],
  ] as const)("stockStatus(%d, %d) is %s", (available, safety, expected) => {
    expect(stockStatus(available, safety)).toBe(expected);
  });
});
