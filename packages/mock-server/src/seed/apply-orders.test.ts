import { createState, listOrders } from "@kibo-inventory/engine";
import { describe, expect, it } from "vitest";
import { applyTenantInventorySeed } from "./apply-inventory-seed.js";
import type { TenantInventorySeed } from "./types.js";
import { validateTenantInventorySeed } from "./validate-seed.js";

const NOW = Date.parse("2026-01-15T00:00:00Z");

const base: TenantInventorySeed = {
  locations: [{ code: "WH1" }],
  tagCategories: [{ name: "Channel", values: [{ value: "Web", isDefault: true }, { value: "Store" }] }],
  records: [
    { locationCode: "WH1", upc: "A", quantity: 10 },
    { locationCode: "WH1", upc: "A", quantity: 3, tags: { Channel: "Store" } },
  ],
};
const store = [{ name: "Channel", value: "Store" }];

describe("seed orders", () => {
  it("places each order with the engine's commands and brings it to its status", () => {
    const r = applyTenantInventorySeed(
      createState(),
      {
        ...base,
        orders: [
          { locationCode: "WH1", items: [{ upc: "A", quantity: 1, inventoryTags: store }] },
          { items: [{ upc: "A", quantity: 5, locationCode: "WH1", inventoryTags: store }], status: "Submitted" },
          { locationCode: "WH1", items: [{ upc: "A", quantity: 2 }], status: "Completed" },
        ],
      },
      NOW,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(listOrders(r.state).map((o) => [o.status, o.items[0]?.allocationResult?.allocated, o.items[0]?.allocationResult?.pending])).toEqual([
      ["Pending", undefined, undefined],
      ["Submitted", 3, 2],
      ["Completed", 0, 0],
    ]);
  });

  it("names the seed path of an order the engine refuses, and applies nothing", () => {
    const r = applyTenantInventorySeed(createState(), { ...base, orders: [{ locationCode: "WH1", items: [{ upc: "A", quantity: 1, inventoryTags: [{ name: "Channel", value: "Nope" }] }] }] }, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details.map((d) => d.field)).toEqual(["orders[0].items[0].inventoryTags[0].value"]);
  });

  it("validates the shape of orders before anything is applied", () => {
    const issues = validateTenantInventorySeed({ orders: [{ items: [], status: "Shipped" }, { items: [{ upc: "", quantity: 0, inventoryTags: {}, colour: 1 }] }] }, "s");
    expect(issues.map((i) => i.path)).toEqual([
      "s.orders[0].items",
      "s.orders[0].status",
      "s.orders[1].items[0].upc",
      "s.orders[1].items[0].quantity",
      "s.orders[1].items[0].inventoryTags",
      "s.orders[1].items[0].colour",
    ]);
  });
});
