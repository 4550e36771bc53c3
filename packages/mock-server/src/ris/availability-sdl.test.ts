import { availabilitySchemaSDL } from "@kibo-inventory/sdk";
import { risAvailabilitySDL } from "@kibo-inventory/spec";
import { describe, expect, it } from "vitest";
import { risSchema } from "./execute.js";

describe("the RIS schema the server executes", () => {
  it("is the contract's schema, the one the SDK builds its queries against", () => {
    expect(availabilitySchemaSDL).toBe(risAvailabilitySDL);
    expect(risSchema().getType("ProductAvailability")).toBeDefined();
  });

  it("is built once per process", () => {
    expect(risSchema()).toBe(risSchema());
    expect(Object.keys(risSchema().getQueryType()?.getFields() ?? {}).sort()).toEqual([
      "getGroupAvailabilityAtLocations",
      "getGroupSiteAvailability",
      "getProductAvailabilityAtLocations",
      "getProductSiteAvailability",
    ]);
  });
});
