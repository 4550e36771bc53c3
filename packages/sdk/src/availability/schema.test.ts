import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { LOCATION_AVAILABILITY_QUERY, SITE_AVAILABILITY_QUERY } from "./get-availability.js";
import { availabilitySchemaSDL } from "./schema.js";

describe("availability SDL", () => {
  const schema = buildSchema(availabilitySchemaSDL);

  it.each([
    ["site", SITE_AVAILABILITY_QUERY],
    ["locations", LOCATION_AVAILABILITY_QUERY],
  ])("the %s query the SDK sends is valid against the SDL the server executes", (_, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it("declares the four RIS queries", () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(fields.sort()).toEqual([
      "getGroupAvailabilityAtLocations",
      "getGroupSiteAvailability",
      "getProductAvailabilityAtLocations",
      "getProductSiteAvailability",
    ]);
  });

  it("rejects a query with the corrected spelling of enforceConditionAvailibility", () => {
    const wrong = "{ getProductSiteAvailability(productCodes: [\"A\"], enforceConditionAvailability: true) { ats } }";
    expect(validate(schema, parse(wrong))).not.toHaveLength(0);
  });
});
