import { createState, futureRecordsFor, getLocation, listConditionRules, listTagCategories, queryInventory } from "@kibo-inventory/engine";
import { describe, expect, it } from "vitest";
import { applyTenantInventorySeed } from "./apply-inventory-seed.js";
import type { TenantInventorySeed } from "./types.js";

const NOW = Date.parse("2026-01-15T00:00:00Z");

const seed: TenantInventorySeed = {
  settings: { tagCategoryLimit: 4, pendingOnShortfall: false },
  locations: [{ code: "WH1", name: "Warehouse 1" }, { code: "ADMIN", supportsInventory: false }],
  tagCategories: [{ name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }],
  conditionRules: [{ condition: "Damaged", includeInAvailable: false }],
  records: [
    { locationCode: "WH1", upc: "A", quantity: 10, tags: { Channel: "Store" } },
    { locationCode: "WH1", upc: "A", quantity: 4 },
    { locationCode: "WH1", upc: "B", quantity: 2, lotCode: "L1", date: "03/31/2026", condition: "Damaged", safetyStock: 1 },
  ],
  futureRecords: [{ locationCode: "WH1", upc: "A", quantity: 7, deliveryDate: "2026-02-01T00:00:00Z", externalID: "PO-9" }],
};

function rows(state: ReturnType<typeof createState>, upc: string) {
  const r = queryInventory(state, { locationCode: "WH1", items: [{ upc }] } as Parameters<typeof queryInventory>[1]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("applyTenantInventorySeed", () => {
  it("applies settings, locations, tags, rules, records and future records", () => {
    const r = applyTenantInventorySeed(createState(), seed, NOW);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toEqual({ locations: 2, tagCategories: 1, conditionRules: 1, records: 3, futureRecords: 1 });
    expect(r.state.settings).toMatchObject({ tagCategoryLimit: 4, pendingOnShortfall: false });
    expect(getLocation(r.state, "WH1")).toMatchObject({ name: "Warehouse 1", supportsInventory: true });
    expect(getLocation(r.state, "ADMIN")?.supportsInventory).toBe(false);
    expect(listTagCategories(r.state).map((c) => c.name)).toEqual(["Channel"]);
    expect(listConditionRules(r.state)).toMatchObject([{ condition: "Damaged", includeInAvailable: false }]);
    const [a] = rows(r.state, "A");
    expect(a).toMatchObject({ onHand: 14 });
    expect(futureRecordsFor(r.state, "A", "WH1")).toMatchObject([{ externalId: "PO-9", onHand: 7, deliveryDate: "2026-02-01T00:00:00.000Z" }]);
    expect(rows(r.state, "B")[0]).toMatchObject({ onHand: 2, lotCode: "L1", condition: "Damaged" });
  });

  it("refuses an invalid seed with the path of each problem and leaves the state alone", () => {
    const before = createState();
    const r = applyTenantInventorySeed(before, { records: [{ locationCode: "WH1", upc: "A", quantity: 1.5 }] } as TenantInventorySeed, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("validation_failed");
    expect(r.error.details).toEqual([{ field: "records[0].quantity", code: "invalid", message: "must be an integer from 0 to 2147483647" }]);
  });

  it("is all or nothing and names the seed path of engine errors", () => {
    const before = createState();
    const bad: TenantInventorySeed = {
      ...seed,
      records: [...(seed.records ?? []), { locationCode: "WH1", upc: "C", quantity: 1, tags: { Channel: "Mail" } }],
    };
    const r = applyTenantInventorySeed(before, bad, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details.map((d) => d.field)).toEqual(["records[3].tags.Channel"]);
    expect(r.error.message).toContain("records[3]");
    expect(before.locations.size).toBe(0);
  });

  it("maps errors of later batches and other locations back to their record index", () => {
    const records = [
      { locationCode: "WH1", upc: "A", quantity: 1 },
      { locationCode: "NOPE", upc: "B", quantity: 1 },
    ];
    const r = applyTenantInventorySeed(createState(), { locations: [{ code: "WH1" }], records }, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "location_not_found", details: [{ field: "records[1].locationCode" }] });
  });

  it("names tag value paths of a bad category", () => {
    const r = applyTenantInventorySeed(
      createState(),
      { tagCategories: [{ name: "Split", values: [{ value: "A", percent: 70 }, { value: "B", percent: 20 }] }] },
      NOW,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details[0]?.field).toMatch(/^tagCategories\[0\]/);
  });
});
