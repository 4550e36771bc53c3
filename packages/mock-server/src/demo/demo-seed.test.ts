import { createState, listOrders, listReturns, queryInventory } from "@kibo-inventory/engine";
import { describe, expect, it } from "vitest";
import { applyTenantInventorySeed } from "../seed/apply-inventory-seed.js";
import { validateInventorySeed } from "../seed/validate-seed.js";
import { generateCatalog, upcFor } from "./catalog.js";
import { demoSeed, demoTenantInventory } from "./demo-seed.js";
import { DEMO_UPCS, HOMEBASE } from "./docs-examples.js";

const NOW = Date.parse("2026-01-15T00:00:00Z");

describe("demo data", () => {
  it("is deterministic", () => {
    expect(generateCatalog({ products: 200, locations: 8, seed: 7 })).toEqual(generateCatalog({ products: 200, locations: 8, seed: 7 }));
    expect(generateCatalog({ products: 200, seed: 7 })).not.toEqual(generateCatalog({ products: 200, seed: 8 }));
  });

  it("makes valid UPC-A codes", () => {
    expect(upcFor(1)).toMatch(/^\d{12}$/);
    const digits = [...upcFor(12345)].map(Number);
    const sum = digits.slice(0, 11).reduce((a, d, i) => a + d * (i % 2 === 0 ? 3 : 1), 0) + (digits[11] ?? 0);
    expect(sum % 10).toBe(0);
  });

  it("is a valid seed for the default tenant", () => {
    const seed = demoSeed({ products: 50, locations: 6, now: NOW });
    expect(Object.keys(seed.inventory ?? {})).toEqual(["1000"]);
    expect(validateInventorySeed(seed.inventory)).toEqual([]);
  });

  it("reproduces the documented examples", () => {
    const r = applyTenantInventorySeed(createState(), demoTenantInventory({ products: 20, locations: 5, now: NOW }), NOW);
    if (!r.ok) throw new Error(r.error.message);
    const query = (upc: string) => {
      const q = queryInventory(r.state, { locationCode: HOMEBASE, items: [{ upc }] } as Parameters<typeof queryInventory>[1]);
      if (!q.ok) throw new Error(q.error.message);
      return q.value;
    };
    const [split] = query(DEMO_UPCS.channelSplit);
    expect(split?.onHand).toBe(150);
    const byChannel = (channel: string) =>
      (split?.taggedInventory ?? []).filter((t) => t.tags.Channel === channel).reduce((n, t) => n + t.onHand, 0);
    expect([byChannel("Warehouse"), byChannel("Target")]).toEqual([100, 50]);
    expect(split?.taggedInventory?.filter((t) => t.tags.Channel === "Warehouse").map((t) => t.onHand)).toEqual([80, 20]);
    expect(query(DEMO_UPCS.lots).map((row) => [row.lotCode, row.onHand])).toEqual([
      ["LOT-A", 40],
      ["LOT-B", 60],
      ["LOT-C", 25],
    ]);
    expect(query(DEMO_UPCS.conditions).map((row) => row.condition)).toEqual(["New", "Refurbished", "Damaged"]);
    expect(query(DEMO_UPCS.serials).every((row) => row.onHand === 1)).toBe(true);
    expect(r.state.futures.size).toBe(2);
  });

  it("places the demo orders with the engine's order commands: Pending, Returned, Submitted with pending units", () => {
    const r = applyTenantInventorySeed(createState(), demoTenantInventory({ products: 20, locations: 5, now: NOW }), NOW);
    if (!r.ok) throw new Error(r.error.message);
    const orders = listOrders(r.state);
    expect(orders.map((o) => o.status)).toEqual(["Pending", "Completed", "Submitted"]);
    expect(orders[0]?.items[0]?.inventoryTags).toEqual([{ name: "Channel", value: "Target" }]);
    expect(orders[2]?.items[0]?.allocationResult).toMatchObject({ tags: { Channel: "Target", Fulfillment: "Online" }, allocated: 8, pending: 2, unallocated: 0 });
    expect(listReturns(r.state).map((x) => [x.items[0]?.quantity, x.items[0]?.restocked.map((l) => l.quantity)])).toEqual([[1, [1]]]);
    const q = queryInventory(r.state, { locationCode: HOMEBASE, items: [{ upc: DEMO_UPCS.orders }] } as Parameters<typeof queryInventory>[1]);
    if (!q.ok) throw new Error(q.error.message);
    const [row] = q.value;
    const byChannel = (channel: string) =>
      (row?.taggedInventory ?? [])
        .filter((t) => t.tags.Channel === channel)
        .reduce<[number, number, number]>(([onHand, allocated, pending], t) => [onHand + t.onHand, allocated + t.allocated, pending + t.pending], [0, 0, 0]);
    // The returned unit went back into Target: onHand 10 again; Warehouse untouched.
    expect(byChannel("Target")).toEqual([10, 8, 2]);
    expect(byChannel("Warehouse")).toEqual([40, 0, 0]);
  });

  // How long this takes is a benchmark figure (bench/), not a unit-test assertion.
  it("generates and seeds the full catalog: thousands of UPCs over dozens of locations", () => {
    const seed = demoTenantInventory({ now: NOW });
    const r = applyTenantInventorySeed(createState(), seed, NOW);
    expect(r.ok).toBe(true);
    expect(seed.records?.length).toBeGreaterThan(50_000);
    expect(seed.locations?.length).toBe(41);
    expect(new Set(seed.records?.map((x) => x.upc)).size).toBeGreaterThan(5_000);
  });
});
