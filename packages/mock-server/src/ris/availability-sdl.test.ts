import { LOCATION_AVAILABILITY_QUERY, SITE_AVAILABILITY_QUERY } from "@kibo-inventory/sdk";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { risSchema } from "./execute.js";

describe("the RIS schema the server executes", () => {
  // Both sides read openapi/ris-availability.graphql; this fails when the SDK's queries and the
  // schema the server builds drift apart (a renamed field or argument, a changed type).
  it.each([
    ["site", SITE_AVAILABILITY_QUERY],
    ["per-location", LOCATION_AVAILABILITY_QUERY],
  ])("accepts the SDK's %s availability query", (_name, query) => {
    expect(validate(risSchema(), parse(query)).map((e) => e.message)).toEqual([]);
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
