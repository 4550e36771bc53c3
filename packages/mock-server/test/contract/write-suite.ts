import { describe, expect, it } from "vitest";
import { assertValidResponse } from "../support/validate-response.js";
import type { ContractTarget } from "./contract-suite.js";

const CREDS = { client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" };
const INV = "/api/commerce/inventory/v5/inventory";
const SEED = {
  inventory: {
    "1000": {
      locations: [{ code: "homebase" }],
      tagCategories: [{ name: "Channel", values: [{ value: "Warehouse" }, { value: "Target" }] }],
    },
  },
};

/**
 * Write-path cases of the HTTP contract (refresh, allocate, jobs, errors), run once per adapter
 * next to `contractSuite`. Seeds through `POST /__mock/seed`; the adapter's `afterEach` resets.
 * Every answer is validated against openapi/inventory.yaml.
 */
export function writeContractSuite(adapter: string, target: () => ContractTarget): void {
  describe(`HTTP contract (writes) via ${adapter}`, () => {
    const send = async (operationId: string, method: string, path: string, body?: unknown) => {
      const auth = await target().fetch(`${target().origin}/api/platform/applications/authtickets/oauth`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(CREDS),
      });
      const { access_token } = (await auth.json()) as { access_token: string };
      const init: RequestInit = {
        method,
        headers: { authorization: `Bearer ${access_token}`, "x-vol-tenant": "1000", "content-type": "application/json" },
      };
      if (body !== undefined) init.body = JSON.stringify(body);
      const res = await target().fetch(`${target().origin}${path}`, init);
      expect(res.headers.get("x-vol-correlation")).toBeTruthy();
      const json = (await res.json()) as Record<string, unknown>;
      if (operationId !== "") assertValidResponse(operationId, res.status, json);
      return { status: res.status, body: json };
    };
    const seed = async () => {
      const res = await target().fetch(`${target().origin}/__mock/seed`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(SEED),
      });
      expect(res.status).toBe(200);
    };

    it("refreshes segments, allocates from one, and reports the job", async () => {
      await seed();
      const r = await send("refresh", "POST", `${INV}/refresh`, {
        locationCode: "homebase",
        items: [
          { upc: "UPC1", quantity: 100, tags: { Channel: "Warehouse" } },
          { upc: "UPC1", quantity: 50, tags: { Channel: "Target" } },
        ],
      });
      expect(r).toMatchObject({ status: 200, body: { jobID: 1 } });
      const job = await send("getJob", "GET", "/api/commerce/inventory/v1/queue/1");
      expect(job.body).toMatchObject({ jobID: 1, type: "REFRESH", status: "SUCCESS", itemCount: 2 });
      const a = await send("allocateInventory", "POST", `${INV}/allocate`, {
        items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "UPC1", quantity: 2, tags: { Channel: "Target" } }],
      });
      expect(a.body).toMatchObject({ success: true, allocations: [{ allocated: 2, pending: 0 }] });
      const s = await send("getShipmentInventoryAllocations", "POST", `${INV}/shipmentInventoryAllocations`, { shipmentIDs: [1] });
      expect(s.body).toMatchObject({ shipments: { "1": { currentAllocations: [{ quantity: 2, state: "ALLOCATED", tags: { Channel: "Target" } }] } } });
    });

    it("answers bad items with 400 listing each, and an unknown location with 404", async () => {
      await seed();
      const bad = await send("refresh", "POST", `${INV}/refresh`, {
        locationCode: "homebase",
        items: [{ upc: "A", quantity: 1 }, { upc: "B", quantity: "x" }, { upc: "C", quantity: 1, lotCode: "L".repeat(51) }],
      });
      expect(bad.status).toBe(400);
      expect((bad.body.items as { index: number }[]).map((i) => i.index)).toEqual([1, 2]);
      const missing = await send("adjust", "POST", `${INV}/adjust`, { locationCode: "nowhere", items: [{ upc: "A", quantity: 1 }] });
      expect(missing).toMatchObject({ status: 404, body: { errorCode: "LOCATION_NOT_FOUND" } });
      expect((await send("getJob", "GET", "/api/commerce/inventory/v1/queue/42")).status).toBe(404);
    });
  });
}
