import { availabilitySchemaSDL } from "@kibo-inventory/sdk";
import { describe, expect, it } from "vitest";
import { availabilitySDL } from "./availability-sdl.js";
import { risSchema } from "./execute.js";

describe("the RIS schema the server executes", () => {
  it("is exactly the SDL the SDK relies on (copy @kibo-inventory/sdk's availabilitySchemaSDL here when it changes)", () => {
    expect(availabilitySDL).toBe(availabilitySchemaSDL);
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
