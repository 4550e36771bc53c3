import { describe, expect, it } from "vitest";
import { risSchema } from "./execute.js";

describe("the RIS schema the server executes", () => {
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
