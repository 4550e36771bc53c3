import { describe, expect, it } from "vitest";
import { readFixture, segmentationExample } from "../../test/support/read-fixture.js";

const SITE = `query ($codes: [String!]!, $tags: [TagInput!], $future: Boolean, $negative: Boolean, $conditions: Boolean, $expired: Boolean) {
  getProductSiteAvailability(productCodes: $codes, tags: $tags, includeFutureInventory: $future, includeNegativeInventory: $negative,
    enforceConditionAvailibility: $conditions, excludeExpiredInventory: $expired) { productCode ats atp available safetyStock hasInfiniteInventory }
}`;
const AT_LOCATIONS = `query ($codes: [String!]!, $locations: [String!], $tags: [TagInput!], $future: Boolean) {
  getProductAvailabilityAtLocations(productCodes: $codes, locationCodes: $locations, tags: $tags, includeFutureInventory: $future) {
    productCode locationCode ats atp available safetyStock hasInfiniteInventory tags { name value }
  }
}`;

interface Site {
  productCode: string;
  ats: number;
  atp: number;
  available: number;
  safetyStock: number;
  hasInfiniteInventory: boolean;
}

describe("RIS GraphQL: site and per-location availability", () => {
  it("answers ATS per segment for the segmentation example", async () => {
    const f = readFixture();
    await segmentationExample(f);
    const all = await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["UPC1", "NONE"] });
    expect(all.status).toBe(200);
    expect(all.body).toEqual({
      data: {
        getProductSiteAvailability: [
          { productCode: "UPC1", ats: 148, atp: 148, available: 148, safetyStock: 0, hasInfiniteInventory: false },
          { productCode: "NONE", ats: 0, atp: 0, available: 0, safetyStock: 0, hasInfiniteInventory: false },
        ],
      },
    });
    const target = await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["UPC1"], tags: [{ name: "Channel", value: "Target" }] });
    expect(target.body.data?.getProductSiteAvailability[0]).toMatchObject({ ats: 48, available: 48 });
    const rows = await f.graphql<{ getProductAvailabilityAtLocations: unknown[] }>(AT_LOCATIONS, { codes: ["UPC1"], tags: [{ name: "Channel", value: "Warehouse" }] });
    expect(rows.body.data?.getProductAvailabilityAtLocations).toEqual([
      { productCode: "UPC1", locationCode: "homebase", ats: 100, atp: 100, available: 100, safetyStock: 0, hasInfiniteInventory: false, tags: [{ name: "Channel", value: "Warehouse" }] },
    ]);
  });

  it("subtracts safety stock, clamps at 0 unless includeNegativeInventory, and counts only active locations", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.location("L2");
    await f.location("OFF");
    await f.stock("L1", [{ upc: "A", quantity: 10, safetyStock: 3 }]);
    await f.stock("L2", [{ upc: "A", quantity: 1 }]);
    await f.stock("OFF", [{ upc: "A", quantity: 100 }]);
    // Stock first: an inactive location refuses writes (LOCATION_NOT_FOUND).
    await f.location("OFF", { active: false });
    await f.allocate([{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "A", locationCode: "L2", quantity: 3 }]);
    const site = async (negative: boolean) => (await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["A"], negative })).body.data?.getProductSiteAvailability[0];
    expect(await site(false)).toMatchObject({ ats: 7, available: 10, safetyStock: 3 });
    expect(await site(true)).toMatchObject({ ats: 5, available: 8 });
    const rows = await f.graphql<{ getProductAvailabilityAtLocations: { locationCode: string; ats: number }[] }>(AT_LOCATIONS, { codes: ["A"], locations: ["L2", "OFF"] });
    expect(rows.body.data?.getProductAvailabilityAtLocations.map((r) => [r.locationCode, r.ats])).toEqual([["L2", 0]]);
  });

  it("answers ATP = ATS + future inventory with includeFutureInventory (D17)", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.stock("L1", [
      { upc: "A", quantity: 5 },
      { upc: "A", quantity: 12, deliveryDate: "2025-02-01T00:00:00Z", externalId: "PO-1" },
    ]);
    const ats = await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["A"] });
    expect(ats.body.data?.getProductSiteAvailability[0]).toMatchObject({ ats: 5, atp: 5 });
    const atp = await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["A"], future: true });
    expect(atp.body.data?.getProductSiteAvailability[0]).toMatchObject({ ats: 5, atp: 17 });
  });

  it("lists a location whose only stock of the product is future units: ATS 0, ATP those units (D17/D18)", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.location("L2");
    await f.stock("L1", [{ upc: "A", quantity: 5 }]);
    await f.stock("L2", [{ upc: "A", quantity: 12, deliveryDate: "2025-02-01T00:00:00Z", externalId: "PO-1" }]);
    const rows = await f.graphql<{ getProductAvailabilityAtLocations: unknown[] }>(AT_LOCATIONS, { codes: ["A"], future: true });
    expect(rows.body.data?.getProductAvailabilityAtLocations).toEqual([
      { productCode: "A", locationCode: "L1", ats: 5, atp: 5, available: 5, safetyStock: 0, hasInfiniteInventory: false, tags: null },
      { productCode: "A", locationCode: "L2", ats: 0, atp: 12, available: 0, safetyStock: 0, hasInfiniteInventory: false, tags: null },
    ]);
    const site = await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["A"], future: true });
    expect(site.body.data?.getProductSiteAvailability[0]).toMatchObject({ ats: 5, atp: 17 });
    const current = await f.graphql<{ getProductAvailabilityAtLocations: { locationCode: string }[] }>(AT_LOCATIONS, { codes: ["A"] });
    expect(current.body.data?.getProductAvailabilityAtLocations.map((r) => r.locationCode)).toEqual(["L1"]);
  });

  it("applies condition rules with enforceConditionAvailibility (D15), through the condition-availability endpoints", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.stock("L1", [
      { upc: "A", quantity: 4, condition: "New" },
      { upc: "A", quantity: 6, condition: "Damaged" },
    ]);
    const rule = await f.post<{ id: number }>("/commerce/inventory-management/v1/conditionavailability", { condition: "Damaged", includeInAvailable: false });
    expect(rule).toEqual({ status: 200, body: { id: expect.any(Number), condition: "Damaged", includeInAvailable: false } });
    const site = async (conditions: boolean) => (await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["A"], conditions })).body.data?.getProductSiteAvailability[0]?.ats;
    expect(await site(false)).toBe(10);
    expect(await site(true)).toBe(4);
    expect((await f.del(`/commerce/inventory-management/v1/conditionavailability/${rule.body.id}`)).body).toEqual({ deleted: true });
    expect(await site(true)).toBe(10);
  });

  it("leaves out expired records with excludeExpiredInventory when expiration is on (D16)", async () => {
    const f = readFixture({ inventorySettings: { expirationEnabled: true } });
    await f.location("L1");
    await f.stock("L1", [
      { upc: "A", quantity: 2, lotCode: "OLD", date: "2024-12-01" },
      { upc: "A", quantity: 3, lotCode: "NEW", date: "2025-12-01" },
    ]);
    const site = async (expired: boolean) => (await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["A"], expired })).body.data?.getProductSiteAvailability[0]?.ats;
    expect(await site(false)).toBe(5);
    expect(await site(true)).toBe(3);
  });

  it("reports infinite inventory as hasInfiniteInventory with 0 in the numbers", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.stock("L1", [{ upc: "INF", quantity: 0, hasInfiniteInventory: true }]);
    const res = await f.graphql<{ getProductSiteAvailability: Site[] }>(SITE, { codes: ["INF"] });
    expect(res.body.data?.getProductSiteAvailability[0]).toMatchObject({ hasInfiniteInventory: true, ats: 0, atp: 0 });
  });

  it("answers the group queries, grouped per product", async () => {
    const f = readFixture();
    await segmentationExample(f);
    await f.location("second");
    await f.stock("second", [{ upc: "UPC1", quantity: 5 }]);
    const group = await f.graphql(`{ getGroupSiteAvailability(productCodes: ["UPC1", "X"]) { productCodes products { productCode ats } } }`);
    expect(group.body).toEqual({
      data: { getGroupSiteAvailability: { productCodes: ["UPC1", "X"], products: [{ productCode: "UPC1", ats: 153 }, { productCode: "X", ats: 0 }] } },
    });
    const atLocations = await f.graphql(
      `{ getGroupAvailabilityAtLocations(productCodes: ["UPC1"], tags: [{name: "Channel", value: "Warehouse"}]) { productCode ats locations { locationCode ats tags { name value } } } }`,
    );
    expect(atLocations.body).toEqual({
      data: {
        getGroupAvailabilityAtLocations: [
          {
            productCode: "UPC1",
            ats: 105,
            locations: [
              { locationCode: "homebase", ats: 100, tags: [{ name: "Channel", value: "Warehouse" }] },
              { locationCode: "second", ats: 5, tags: [{ name: "Channel", value: "Warehouse" }] },
            ],
          },
        ],
      },
    });
  });
});

describe("RIS GraphQL: errors", () => {
  it("answers a syntax error with 200 and errors (VALIDATION_ERROR, reason GRAPHQL_PARSE_FAILED), without data", async () => {
    const f = readFixture();
    const res = await f.graphql("{ getProductSiteAvailability(productCodes: [ { ats }");
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty("data");
    expect(res.body.errors?.[0]).toMatchObject({ message: expect.stringContaining("Syntax Error"), extensions: { code: "VALIDATION_ERROR", reason: "GRAPHQL_PARSE_FAILED" } });
  });

  it("answers a query the schema refuses (corrected spelling, unknown field) with validation errors", async () => {
    const f = readFixture();
    const res = await f.graphql(`{ getProductSiteAvailability(productCodes: ["A"], enforceConditionAvailability: true) { ats color } }`);
    expect(res.status).toBe(200);
    expect(res.body.errors?.map((e) => e.extensions?.reason)).toEqual(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_VALIDATION_FAILED"]);
    expect(res.body.errors?.map((e) => e.message).join(" ")).toMatch(/enforceConditionAvailability.*color|color.*enforceConditionAvailability/s);
    const mutation = await f.graphql(`mutation { anything }`);
    expect(mutation.body.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
  });

  it("answers bad variables and unknown tags as GraphQL errors; a body that is no GraphQL request is 400", async () => {
    const f = readFixture();
    await segmentationExample(f);
    const vars = await f.graphql(SITE, { codes: "UPC1x".split("x").map(Number) });
    expect(vars.status).toBe(200);
    expect(vars.body.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", reason: "BAD_USER_INPUT" });
    const tag = await f.graphql(SITE, { codes: ["UPC1"], tags: [{ name: "Channel", value: "Nope" }] });
    expect(tag.status).toBe(200);
    expect(tag.body.data).toBeNull();
    expect(tag.body.errors?.[0]).toMatchObject({ path: ["getProductSiteAvailability"], extensions: { code: "VALIDATION_ERROR" } });
    for (const body of [{}, { query: "" }, { query: 5 }, { query: "{ a }", variables: [] }, "[]"]) {
      const res = await f.post<{ errorCode: string }>("/commerce/realtime-inventory/graphql", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errorCode).toBe("VALIDATION_ERROR");
    }
  });
});
