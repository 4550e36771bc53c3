/**
 * Compatibility: Kibo's official `@kibocommerce/rest-sdk`, used only as a client, against the
 * standalone reference server (node:http on loopback), with the client-credentials flow and the
 * tenant lookup. The one adaptation is a `fetchApi` wrapper (test/support/official-sdk.ts; docs/official-sdk.md).
 *
 * The SDK caches OAuth tickets (by client id) and tenant data (by tenant id) process-wide, so this
 * file runs one server for all its tests and resets only the data between them; tickets survive a
 * reset by design.
 */
import type { RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import { Configuration } from "@kibocommerce/rest-sdk";
import { ResponseError } from "@kibocommerce/rest-sdk/client-runtime/index.js";
import {
  InventoryAllocationApi,
  InventoryApi,
  InventoryJobApi,
  InventoryLocationApi,
  InventoryTagApi,
  InventoryTagCategoryApi,
  ModifyInventoryApi,
} from "@kibocommerce/rest-sdk/clients/Inventory/index.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { officialSdkFetch, serverForOfficialSdk, SITE, TENANT } from "../support/official-sdk.js";

const UPC = "KIBO-TEE-01";

let server: RunningInventoryServer;
/** Every URL the SDK asked for, as it asked (before the rewrite). */
const calls: { method: string; url: string }[] = [];


let config: Configuration;
let api: {
  tags: InventoryTagCategoryApi;
  locations: InventoryLocationApi;
  modify: ModifyInventoryApi;
  inventory: InventoryApi;
  allocation: InventoryAllocationApi;
  jobs: InventoryJobApi;
};

beforeAll(async () => {
  ({ server, config } = await serverForOfficialSdk({ staticTokens: { "compat-static-token": "mock-app" } }, officialSdkFetch(calls)));
  api = {
    tags: new InventoryTagCategoryApi(config),
    locations: new InventoryLocationApi(config),
    modify: new ModifyInventoryApi(config),
    inventory: new InventoryApi(config),
    allocation: new InventoryAllocationApi(config),
    jobs: new InventoryJobApi(config),
  };
});
afterEach(() => server.mock.reset());
afterAll(() => server.close());

/** Kibo's example: a Channel category split into Warehouse and Target, at location `homebase`. */
async function setUpChannelAtHomebase(): Promise<number> {
  await api.tags.updateTagCategory({
    tagCategoryName: "Channel",
    tagCategory: { name: "Channel", tags: [{ tagValue: "Warehouse", isDefault: true }, { tagValue: "Target" }] },
  });
  await api.locations.saveLocation({
    locationRequest: {
      tenantID: TENANT,
      locationCode: "homebase",
      locationName: "Home Base",
      active: true,
      directShip: true,
      pickup: false,
    },
  });
  const { jobID } = await api.modify.refresh({
    refreshRequest: {
      locationCode: "homebase",
      items: [
        { upc: UPC, quantity: 100, tags: { Channel: "Warehouse" } },
        { upc: UPC, quantity: 50, tags: { Channel: "Target" } },
      ],
    },
  });
  expect(jobID).toEqual(expect.any(Number));
  return jobID as number;
}

async function queryHomebase() {
  const rows = await api.inventory.postQueryInventory({
    inventoryRequest: { type: "ALL", locationCode: "homebase", items: [{ upc: UPC }] },
    xVolSite: SITE,
  });
  expect(rows).toHaveLength(1);
  const row = rows[0]!;
  const segment = (value: string) => row.taggedInventory?.find((t) => t.tags?.Channel === value);
  return { row, warehouse: segment("Warehouse"), target: segment("Target") };
}

describe("official @kibocommerce/rest-sdk against the standalone server", () => {
  it("authenticates with client credentials and looks the tenant up through the wrapper", async () => {
    const categories = await api.tags.getTagCategoryAll();
    expect(categories).toEqual([]);
    const oauth = calls.find((c) => c.url.endsWith("/api/platform/applications/authtickets/oauth"));
    expect(oauth).toMatchObject({ method: "POST", url: `${server.url}/api/platform/applications/authtickets/oauth` });
    // The quirk the wrapper exists for: the tenant lookup goes to https://http://HOST.
    expect(calls.map((c) => c.url)).toContain(`https://${server.url}/api/platform/tenants/${TENANT}`);
    // No `domain` in the tenant answer, so API calls stay on apiHost.
    expect(calls.at(-1)?.url).toBe(`${server.url}/api/commerce/inventory/v1/tagCategory`);
  });

  it("creates a tag category with updateTagCategory and lists it with getTagCategoryAll", async () => {
    const saved = await api.tags.updateTagCategory({
      tagCategoryName: "Channel",
      tagCategory: { name: "Channel", tags: [{ tagValue: "Warehouse", isDefault: true }, { tagValue: "Target" }] },
    });
    expect(saved).toMatchObject({ name: "Channel", tagCategoryID: expect.any(Number) });
    const all = await api.tags.getTagCategoryAll();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ name: "Channel" });
    const values = all[0]!.tags ?? [];
    expect(values.map((t) => [t.tagValue, t.isDefault])).toEqual([
      ["Warehouse", true],
      ["Target", false],
    ]);
  });

  it("saves a location, refreshes with tags and reads the segments back", async () => {
    const jobID = await setUpChannelAtHomebase();
    const locations = await api.locations.getLocations({ locationCode: "homebase" });
    expect(locations[0]).toMatchObject({ locationCode: "homebase", locationName: "Home Base" });

    const { row, warehouse, target } = await queryHomebase();
    expect(row).toMatchObject({ upc: UPC, locationCode: "homebase", tenantID: TENANT, onHand: 150, available: 150, allocated: 0 });
    expect(row.taggedInventory).toHaveLength(2);
    expect(warehouse).toMatchObject({ onHand: 100, available: 100, allocated: 0 });
    expect(target).toMatchObject({ onHand: 50, available: 50, allocated: 0 });

    const job = await api.jobs.getJob({ jobID });
    expect(job).toMatchObject({ jobID, type: "REFRESH", status: "SUCCESS", itemCount: 2, locationCode: "homebase" });
    const jobs = await api.jobs.getJobs({ locationCode: "homebase", types: ["REFRESH"] });
    expect(jobs.map((j) => j.jobID)).toContain(jobID);
  });

  it("allocates from one segment, deallocates and fulfills", async () => {
    await setUpChannelAtHomebase();
    const item = { orderID: 7, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: UPC, tags: { Channel: "Target" } };

    await api.allocation.allocateInventory({ allocateInventoryRequest: { items: [{ ...item, quantity: 2 }] } });
    let seen = await queryHomebase();
    expect(seen.row).toMatchObject({ onHand: 150, allocated: 2, available: 148 });
    expect(seen.target).toMatchObject({ onHand: 50, allocated: 2, available: 48 });
    expect(seen.warehouse).toMatchObject({ onHand: 100, allocated: 0, available: 100 });

    const released = await api.allocation.deallocateInventory({ allocateInventoryRequest: { items: [{ ...item, quantity: 1 }] } });
    expect(released.success).not.toBe(false);
    seen = await queryHomebase();
    expect(seen.target).toMatchObject({ onHand: 50, allocated: 1, available: 49 });

    const fulfilled = await api.allocation.fulfillInventory({ allocateInventoryRequest: { items: [{ ...item, quantity: 1 }] } });
    expect(fulfilled.success).not.toBe(false);
    seen = await queryHomebase();
    expect(seen.row).toMatchObject({ onHand: 149, allocated: 0, available: 149 });
    expect(seen.target).toMatchObject({ onHand: 49, allocated: 0, available: 49 });
    expect(seen.warehouse).toMatchObject({ onHand: 100, available: 100 });
  });

  it("issue 15 through the SDK: MM/DD/YYYY and null fields on refresh, 409 for the default tag, ITEM_NOT_FOUND, inactive locations", async () => {
    await setUpChannelAtHomebase();
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => e as ResponseError,
      );
    // Kibo's documented date form and its example's nulls (cast: the SDK's types say string).
    await api.modify.refresh({
      refreshRequest: { locationCode: "homebase", items: [{ upc: "LOT-TEE", quantity: 4, lotCode: "L1", date: "07/30/2027", sku: null as unknown as string }] },
    });
    const rows = await api.inventory.postQueryInventory({ inventoryRequest: { type: "ALL", items: [{ upc: "LOT-TEE" }] }, xVolSite: SITE });
    // The SDK's InventoryResponse type has no granular fields; the JSON carries them.
    const granular = rows as unknown as { lotCode?: string; date?: string; onHand?: number }[];
    expect(granular.map((r) => [r.lotCode, r.date, r.onHand])).toEqual([["L1", "2027-07-30T00:00:00.000Z", 4]]);

    const tagApi = new InventoryTagApi(config);
    const deflt = await refusal(tagApi.deleteTag({ tagCategoryName: "Channel", tagValue: "Warehouse" }));
    expect([deflt?.response.status, deflt?.apiError.errorCode]).toEqual([409, "CONFLICT"]);

    const item = { orderID: 8, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: UPC, quantity: 1 };
    const missing = await refusal(api.allocation.deallocateInventory({ allocateInventoryRequest: { items: [item] } }));
    expect([missing?.response.status, missing?.apiError.errorCode]).toEqual([404, "ITEM_NOT_FOUND"]);

    await api.locations.saveLocation({
      locationRequest: { tenantID: TENANT, locationCode: "homebase", locationName: "Home Base", active: false, directShip: true, pickup: false },
    });
    const inactive = await refusal(api.allocation.allocateInventory({ allocateInventoryRequest: { items: [item] } }));
    expect([inactive?.response.status, inactive?.apiError.errorCode]).toEqual([404, "LOCATION_NOT_FOUND"]);
  });

  it("surfaces an error as the SDK's ResponseError carrying our JSON body and correlation id", async () => {
    const error = await api.modify
      .refresh({ refreshRequest: { locationCode: "nowhere", items: [{ upc: UPC, quantity: 1 }] } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ResponseError);
    const failure = error as ResponseError;
    expect(failure.name).toBe("ResponseError");
    expect(failure.response.status).toBe(404);
    expect(failure.response.correlationId).toMatch(/^mock-\d+$/);
    expect(failure.apiError).toMatchObject({
      errorCode: "LOCATION_NOT_FOUND",
      applicationName: "Inventory",
      correlationId: failure.response.correlationId,
    });
    expect(failure.message).toBe(failure.apiError.message);
    expect(failure.message).not.toBe("Response returned an error code");
    // The SDK turns additionalErrorData back into a JSON string.
    expect(JSON.parse(failure.apiError.additionalErrorData as string)).toEqual(expect.any(Array));
  });

  it("also works with a fixed accessToken: no OAuth call, no tenant lookup, no wrapper", async () => {
    const before = calls.length;
    const plain = new InventoryTagCategoryApi(
      new Configuration({ accessToken: "compat-static-token", apiHost: server.url, tenantId: TENANT, siteId: SITE }),
    );
    expect(await plain.getTagCategoryAll()).toEqual([]);
    expect(calls.length).toBe(before); // the global fetch was used, not our wrapper
  });

  it("caches the ticket and the tenant process-wide: one OAuth call and one lookup for the whole file", async () => {
    await api.tags.getTagCategoryAll(); // after a reset: the ticket is still valid on the server
    const count = (suffix: string) => calls.filter((c) => c.url.endsWith(suffix)).length;
    expect(count("/api/platform/applications/authtickets/oauth")).toBe(1);
    expect(count(`/api/platform/tenants/${TENANT}`)).toBe(1);
  });
});
