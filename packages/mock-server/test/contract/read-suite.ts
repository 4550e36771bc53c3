import { describe, expect, it } from "vitest";
import { assertValidResponse } from "../support/validate-response.js";
import type { ContractTarget } from "./contract-suite.js";

const CREDS = { client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" };
const API = "/api/commerce";

/**
 * Read-side cases of the HTTP contract (queries, RIS, tags, locations, condition rules), run once
 * per adapter. State is built through the API itself; the adapter's `afterEach` resets. Every
 * answer is validated against openapi/inventory.yaml.
 */
export function readContractSuite(adapter: string, target: () => ContractTarget): void {
  describe(`HTTP contract (reads) via ${adapter}`, () => {
    let token: string | undefined;
    const send = async <T = Record<string, unknown>>(operationId: string, method: string, path: string, body?: unknown) => {
      if (token === undefined) {
        const auth = await target().fetch(`${target().origin}/api/platform/applications/authtickets/oauth`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(CREDS),
        });
        token = ((await auth.json()) as { access_token: string }).access_token;
      }
      const init: RequestInit = {
        method,
        headers: { authorization: `Bearer ${token}`, "x-vol-tenant": "1000", "content-type": "application/json" },
      };
      if (body !== undefined) init.body = JSON.stringify(body);
      const res = await target().fetch(`${target().origin}${API}${path}`, init);
      expect(res.headers.get("x-vol-correlation")).toBeTruthy();
      const json = (await res.json()) as T;
      // The spec's getLocations answer is `oneOf` two arrays whose items have only optional
      // properties, so any array matches both and `oneOf` fails; check a location list with
      // getLocationsAll's schema (the same LocationResponse items) until the spec says `anyOf`.
      const schemaOf = operationId === "getLocations" && res.status === 200 ? "getLocationsAll" : operationId;
      assertValidResponse(schemaOf, res.status, json);
      return { status: res.status, body: json };
    };
    const okSend = async (operationId: string, method: string, path: string, body?: unknown) => {
      const res = await send(operationId, method, path, body);
      expect(res.status, `${operationId}: ${JSON.stringify(res.body)}`).toBe(200);
      return res.body;
    };

    /** Kibo's segmentation example, written through the API. */
    const segmentationExample = async () => {
      await okSend("saveLocation", "POST", "/inventory/v1/location", {
        locationCode: "homebase",
        locationName: "Home base",
        tenantID: 1000,
        active: true,
        directShip: true,
        pickup: false,
      });
      await okSend("updateTagCategory", "PUT", "/inventory/v1/tagCategory/Channel", { name: "Channel", tags: [{ tagValue: "Warehouse" }, { tagValue: "Target" }] });
      await okSend("refresh", "POST", "/inventory/v5/inventory/refresh", {
        locationCode: "homebase",
        items: [
          { upc: "UPC1", quantity: 100, tags: { Channel: "Warehouse" } },
          { upc: "UPC1", quantity: 50, tags: { Channel: "Target" } },
        ],
      });
      await okSend("allocateInventory", "POST", "/inventory/v5/inventory/allocate", {
        runSynchronous: true,
        items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, upc: "UPC1", locationCode: "homebase", quantity: 2, tags: { Channel: "Target" } }],
      });
    };

    it("reads the segmentation example back: query, real-time query, aggregate", async () => {
      await segmentationExample();
      const rows = await send<Record<string, unknown>[]>("postQueryInventory", "POST", "/inventory/v5/inventory", { type: "ALL", items: [{ upc: "UPC1" }] });
      expect(rows.status).toBe(200);
      expect(rows.body).toEqual([
        expect.objectContaining({
          tenantID: 1000,
          locationCode: "homebase",
          upc: "UPC1",
          onHand: 150,
          available: 148,
          allocated: 2,
          pending: 0,
          ltd: 0,
          taggedInventory: [
            { tags: { Channel: "Warehouse" }, onHand: 100, available: 100, allocated: 0, pending: 0 },
            { tags: { Channel: "Target" }, onHand: 50, available: 48, allocated: 2, pending: 0 },
          ],
        }),
      ]);
      const realtime = await send<Record<string, unknown>[]>("postQueryRealtimeInventory", "POST", "/realtime-inventory/v5/inventory", {
        type: "ALL",
        items: [{ upc: "UPC1", tags: { Channel: "Target" } }],
      });
      expect(realtime.body[0]).toMatchObject({ active: true, hasInfiniteInventory: false, inventoryID: expect.any(Number), onHand: 50, available: 48 });
      const sums = await send("aggregate", "POST", "/inventory/v5/inventory/aggregate", { items: [{ upc: "UPC1" }] });
      expect(sums.body).toEqual([expect.objectContaining({ upc: "UPC1", onHand: 150, available: 148 })]);
      const bad = await send("postQueryInventory", "POST", "/inventory/v5/inventory", { type: "SOME", items: [{ upc: "UPC1", tags: { Channel: 3 } }] });
      expect(bad.status).toBe(400);
    });

    it("answers ATS and ATP over RIS GraphQL, and a bad query with errors", async () => {
      await segmentationExample();
      await okSend("refresh", "POST", "/inventory/v5/inventory/refresh", {
        locationCode: "homebase",
        items: [{ upc: "UPC1", quantity: 30, tags: { Channel: "Target" }, deliveryDate: "2030-01-01T00:00:00Z", externalID: "PO-1" }],
      });
      const query = `query ($future: Boolean) { getProductSiteAvailability(productCodes: ["UPC1"], tags: [{name: "Channel", value: "Target"}], includeFutureInventory: $future) { productCode ats atp } }`;
      const ats = await send("postRealtimeInventoryGraphql", "POST", "/realtime-inventory/graphql", { query });
      expect(ats.body).toEqual({ data: { getProductSiteAvailability: [{ productCode: "UPC1", ats: 48, atp: 48 }] } });
      const atp = await send("postRealtimeInventoryGraphql", "POST", "/realtime-inventory/graphql", { query, variables: { future: true } });
      expect(atp.body).toEqual({ data: { getProductSiteAvailability: [{ productCode: "UPC1", ats: 48, atp: 78 }] } });
      const broken = await send<{ errors: { extensions: { code: string } }[] }>("postRealtimeInventoryGraphql", "POST", "/realtime-inventory/graphql", { query: "{ nope" });
      expect(broken.status).toBe(200);
      expect(broken.body.errors[0]?.extensions.code).toBe("VALIDATION_ERROR");
      expect((await send("postRealtimeInventoryGraphql", "POST", "/realtime-inventory/graphql", { variables: {} })).status).toBe(400);
    });

    it("manages tags: create, read, 400 on bad percentages, 409 on a mode switch, delete", async () => {
      await okSend("updateTagCategory", "PUT", "/inventory/v1/tagCategory/Channel", { tags: [{ tagValue: "Web", percent: 80 }, { tagValue: "Market", percent: 20 }] });
      expect((await send("getTagCategoryAll", "GET", "/inventory/v1/tagCategory")).body).toEqual([expect.objectContaining({ name: "Channel" })]);
      expect((await send("getTagCategory", "GET", "/inventory/v1/tagCategory/Channel")).status).toBe(200);
      expect((await send("getTagCategory", "GET", "/inventory/v1/tagCategory/Nope")).status).toBe(404);
      expect((await send("updateTag", "PUT", "/inventory/v1/tagCategory/Channel/tag/Web", { percent: 90 })).status).toBe(400);
      // A blank-percent value joins a percentage category; a percent on a discrete one is a mode switch.
      expect((await send("createTag", "POST", "/inventory/v1/tagCategory/Channel/tag", { tagValue: "Store" })).status).toBe(200);
      await okSend("updateTagCategory", "PUT", "/inventory/v1/tagCategory/Region", { tags: [{ tagValue: "North" }] });
      expect((await send("createTag", "POST", "/inventory/v1/tagCategory/Region/tag", { tagValue: "South", percent: 10 })).status).toBe(409);
      expect((await send("getTag", "GET", "/inventory/v1/tagCategory/Channel/tag/Web")).body).toMatchObject({ tagValue: "Web", percent: 80, isDefault: true });
      expect((await send("deleteTag", "DELETE", "/inventory/v1/tagCategory/Channel/tag/Market")).body).toEqual({ deleted: 1 });
      expect((await send("deleteTag", "DELETE", "/inventory/v1/tagCategory/Channel/tag/Market")).status).toBe(404);
      expect((await send("deleteTagCategory", "DELETE", "/inventory/v1/tagCategory/Channel")).body).toEqual({ deleted: 1 });
    });

    it("manages locations and admin locations", async () => {
      await okSend("addAdminLocation", "POST", "/admin/locations", { code: "S1", name: "Store 1" });
      expect((await send("getAdminLocation", "GET", "/admin/locations/S1")).body).toMatchObject({ supportsInventory: false });
      expect((await send("updateAdminLocation", "PUT", "/admin/locations/S1", { code: "S1", name: "Store 1", supportsInventory: true })).body).toMatchObject({
        supportsInventory: true,
      });
      expect((await send("getAdminLocations", "GET", "/admin/locations?pageSize=5")).body).toMatchObject({ totalCount: 1, items: [expect.objectContaining({ code: "S1" })] });
      expect((await send("getLocationsAll", "GET", "/inventory/v1/location")).body).toEqual([expect.objectContaining({ locationCode: "S1" })]);
      expect((await send("getLocations", "GET", "/inventory/v1/location/S1")).body).toEqual([expect.objectContaining({ locationCode: "S1" })]);
      expect((await send("getLocations", "GET", "/inventory/v1/location/NOPE")).status).toBe(404);
      expect((await send("getLocationGroups", "GET", "/inventory/v1/locationGroup")).body).toEqual([]);
    });

    it("stores, lists and deletes condition-availability rules", async () => {
      const rule = await okSend("createConditionAvailability", "POST", "/inventory-management/v1/conditionavailability", { condition: "Damaged", includeInAvailable: false });
      expect((await send("getConditionAvailabilities", "GET", "/inventory-management/v1/conditionavailability")).body).toEqual([rule]);
      expect((await send("deleteConditionAvailability", "DELETE", `/inventory-management/v1/conditionavailability/${String(rule.id)}`)).body).toEqual({ deleted: true });
      expect((await send("deleteConditionAvailability", "DELETE", `/inventory-management/v1/conditionavailability/${String(rule.id)}`)).status).toBe(404);
    });
  });
}
