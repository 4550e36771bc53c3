import { describe, expect, it } from "vitest";
import { formatSeedIssues, validateInventorySeed, validateTenantInventorySeed } from "./validate-seed.js";

describe("validateTenantInventorySeed", () => {
  it("accepts a complete seed", () => {
    expect(
      validateTenantInventorySeed({
        settings: { pendingOnShortfall: false, expirationEnabled: true, tagCategoryLimit: 4, totalTagLimit: 10 },
        locations: [{ code: "WH1", name: "Warehouse", latitude: 30, longitude: -97, pickup: true }],
        tagCategories: [{ name: "Channel", values: [{ value: "Web", isDefault: true }, { value: "Store", percent: 20 }] }],
        conditionRules: [{ condition: "Damaged", includeInAvailable: false }],
        records: [
          { locationCode: "WH1", upc: "A", quantity: 3, tags: { Channel: "Web" }, lotCode: "L1", date: "06/30/2026" },
          { locationCode: "WH1", upc: "B", quantity: 1, serialNumber: "SN1", date: "2026-06-30T00:00:00Z" },
        ],
        futureRecords: [{ locationCode: "WH1", upc: "A", quantity: 5, deliveryDate: "2026-07-01T00:00:00Z", externalID: "PO-1" }],
      }),
    ).toEqual([]);
  });

  it("reads dates by the import-file rule of @kibo-inventory/spec: an impossible day is refused here, as the engine would refuse it", () => {
    const issues = validateTenantInventorySeed({
      records: [
        { locationCode: "WH1", upc: "A", quantity: 1, date: "02/30/2026" },
        { locationCode: "WH1", upc: "A", quantity: 1, date: "2026-02-30" },
        { locationCode: "WH1", upc: "A", quantity: 1, date: "6/3/2026" },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual(["inventory.records[0].date", "inventory.records[1].date"]);
  });

  it("names the path of every bad value", () => {
    const issues = validateTenantInventorySeed(
      {
        settings: { tagCategoryLimit: 0 },
        locations: [{ name: "no code" }, { code: "X", latitude: 91 }],
        tagCategories: [{ name: "", values: [{ value: "A", percent: 101 }] }],
        conditionRules: [{ condition: "Damaged" }],
        records: [
          { locationCode: "WH1", upc: "A", quantity: 1 },
          { locationCode: "WH1", upc: "A", quantity: 1 },
          { locationCode: "WH1", upc: "A", quantity: 1 },
          { locationCode: "WH1", upc: "A", quantity: -2, date: "31/12/2026", tags: { Channel: 3 } },
          { locationCode: "WH1", upc: "S", quantity: 2, serialNumber: "SN", colour: "red" },
        ],
        futureRecords: [{ locationCode: "WH1", upc: "A", quantity: 1 }],
        stock: [],
      },
      "inventory.1000",
    );
    expect(issues.map((i) => i.path)).toEqual([
      "inventory.1000.stock",
      "inventory.1000.settings.tagCategoryLimit",
      "inventory.1000.locations[0].code",
      "inventory.1000.locations[1].latitude",
      "inventory.1000.tagCategories[0].name",
      "inventory.1000.tagCategories[0].values[0].percent",
      "inventory.1000.conditionRules[0].includeInAvailable",
      "inventory.1000.records[3].quantity",
      "inventory.1000.records[3].tags",
      "inventory.1000.records[3].date",
      "inventory.1000.records[4].colour",
      "inventory.1000.records[4].quantity",
      "inventory.1000.futureRecords[0].deliveryDate",
    ]);
    expect(formatSeedIssues(issues, 2)).toBe(
      "Invalid seed:\n  inventory.1000.stock: is not a known field (expected one of settings, locations, tagCategories, conditionRules, records, futureRecords, orders, exportSettings, fetchFileConfig)\n" +
        "  inventory.1000.settings.tagCategoryLimit: must be an integer from 1 to 2147483647\n  … and 11 more",
    );
  });

  it("checks the tenant map", () => {
    expect(validateInventorySeed([])).toEqual([{ path: "inventory", message: expect.stringContaining("tenant id") }]);
    expect(validateInventorySeed({ abc: {}, 1000: { records: 3 } }).map((i) => i.path)).toEqual(["inventory.1000.records", "inventory.abc"]);
  });
});
