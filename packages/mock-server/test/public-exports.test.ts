/**
 * The `.` entry's runtime names, as users import them (built dist). A new public name is a
 * decision: add it here and under its heading in src/index.ts. Internal machinery (router, error
 * table, validation) stays out.
 */
import * as entry from "@kibo-inventory/mock-server";
import { describe, expect, it } from "vitest";

describe("@kibo-inventory/mock-server (.)", () => {
  it("exports the server, the seed and CSV helpers and nothing internal", () => {
    expect(Object.keys(entry).sort()).toEqual(
      [
        "COMMERCE_OPERATIONS",
        "KIBO_OPERATIONS",
        "applyTenantInventorySeed",
        "createInventoryMock",
        "demoSeed",
        "demoTenantInventory",
        "formatCsvIssues",
        "formatSeedIssues",
        "inventoryRowsToItems",
        "parseInventoryCsv",
        "validateInventorySeed",
      ].sort(),
    );
  });
});
