import { createInventoryMock, type InventoryMockOptions } from "@kibo-inventory/mock-server";
import { listen } from "@kibo-inventory/mock-server/node";
import { describe, expect, it } from "vitest";

// D14 / issue 4: no interleaving of requests oversells a segment. 2,000 concurrent one-unit
// allocations for 1,000 available units of one segment end with exactly 1,000 allocated.

const HEADERS = { authorization: "Bearer test-token", "x-vol-tenant": "1000", "content-type": "application/json" };
const INV = "/api/commerce/inventory/v5/inventory";
const OPTIONS: InventoryMockOptions = {
  startTime: "2025-01-01T00:00:00Z",
  staticTokens: { "test-token": "mock-app" },
  seed: {
    inventory: {
      "1000": {
        locations: [{ code: "homebase" }],
        tagCategories: [{ name: "Channel", values: [{ value: "Warehouse" }, { value: "Target" }] }],
        records: [
          { locationCode: "homebase", upc: "HOT", quantity: 1000, tags: { Channel: "Target" } },
          { locationCode: "homebase", upc: "HOT", quantity: 500, tags: { Channel: "Warehouse" } },
        ],
      },
    },
  },
};

const allocation = (i: number) =>
  JSON.stringify({
    items: [{ orderID: 1 + Math.floor(i / 10), orderItemID: i, shipmentID: 1, locationCode: "homebase", upc: "HOT", quantity: 1, tags: { Channel: "Target" } }],
  });

type Outcome = { allocated: number; pending: number; unallocated: number };

async function allocateAll(fetcher: typeof fetch, origin: string, count: number, concurrency: number): Promise<Outcome> {
  const totals: Outcome = { allocated: 0, pending: 0, unallocated: 0 };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const res = await fetcher(`${origin}${INV}/allocate`, { method: "POST", headers: HEADERS, body: allocation(i) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { allocations: Outcome[] };
      for (const a of body.allocations) {
        totals.allocated += a.allocated;
        totals.pending += a.pending;
        totals.unallocated += a.unallocated;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return totals;
}

async function segmentTotals(fetcher: typeof fetch, origin: string) {
  const res = await fetcher(`${origin}/api/commerce/inventory/v5/inventory/shipmentInventoryAllocations`, {
    method: "POST",
    headers: HEADERS,
    body: JSON.stringify({ shipmentIDs: [1] }),
  });
  const body = (await res.json()) as { shipments: Record<string, { currentAllocations: { quantity: number; state: string }[] }> };
  const out = { ALLOCATED: 0, PENDING: 0 };
  for (const a of body.shipments["1"]?.currentAllocations ?? []) out[a.state as "ALLOCATED" | "PENDING"] += a.quantity;
  return out;
}

describe("concurrent allocation never oversells (issue 4)", () => {
  it("2,000 requests at once through mock.fetch: 1,000 allocated, 1,000 pending", async () => {
    const mock = createInventoryMock(OPTIONS);
    const origin = "https://t1000.sandbox.mozu.com";
    expect(await allocateAll(mock.fetch, origin, 2000, 2000)).toEqual({ allocated: 1000, pending: 1000, unallocated: 0 });
    expect(await segmentTotals(mock.fetch, origin)).toEqual({ ALLOCATED: 1000, PENDING: 1000 });
  }, 60_000);

  it("with pendingOnShortfall: false the rest stays unallocated", async () => {
    const mock = createInventoryMock({ ...OPTIONS, inventorySettings: { pendingOnShortfall: false } });
    const origin = "https://t1000.sandbox.mozu.com";
    expect(await allocateAll(mock.fetch, origin, 2000, 2000)).toEqual({ allocated: 1000, pending: 0, unallocated: 1000 });
    expect(await segmentTotals(mock.fetch, origin)).toEqual({ ALLOCATED: 1000, PENDING: 0 });
  }, 60_000);

  it("2,000 requests through the standalone server, 64 at a time: 1,000 allocated, 1,000 pending", async () => {
    const server = await listen({ ...OPTIONS, port: 0, host: "127.0.0.1" });
    try {
      expect(await allocateAll(globalThis.fetch, server.url, 2000, 64)).toEqual({ allocated: 1000, pending: 1000, unallocated: 0 });
      expect(await segmentTotals(globalThis.fetch, server.url)).toEqual({ ALLOCATED: 1000, PENDING: 1000 });
    } finally {
      await server.close();
    }
  }, 60_000);
});
