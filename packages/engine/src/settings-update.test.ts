import { describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { setConditionRule } from "./conditions.js";
import { getSlot } from "./internal/stored-slot.js";
import { recordTotals } from "./records.js";
import { adjust, refresh } from "./refresh-adjust.js";
import { updateSettings } from "./settings-update.js";
import type { InventoryState } from "./state.js";
import { createTagValue, upsertTagCategory } from "./tag-config.js";
import { category, given, givenSettings, location, must, NOW, refreshed } from "./testing/given.js";

const refusal = (r: { ok: boolean; error?: { code: string; details: readonly { field: string; code: string; message: string; index?: number }[] } }) =>
  r.ok ? ["ok"] : [r.error?.code, ...(r.error?.details ?? []).map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)];
const totals = (s: InventoryState) => getSlot(s, "U", "L1").map(recordTotals);

describe("tenant feature switches (docs/semantics.md › Tenant settings)", () => {
  it("tagsEnabled false: categories, values and items naming tags are refused, naming the setting; plain writes work", () => {
    const on = given(location("L1"), category("Channel", [{ value: "Web" }, { value: "Store" }]));
    const off = must(updateSettings(on.state, { tagsEnabled: false })).state;
    const message = "Inventory tags are disabled on this tenant (setting tagsEnabled is false)";
    expect(refusal(upsertTagCategory(off, { name: "Region", values: [{ value: "EU" }] }, NOW))).toEqual(["validation_failed", `- name setting_disabled: ${message}`]);
    expect(refusal(createTagValue(off, "Channel", { value: "Outlet" }, NOW))[0]).toBe("validation_failed");
    expect(refusal(refresh(off, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 1, tags: { Channel: "Store" } }] }, NOW))).toEqual([
      "validation_failed",
      `1 tags setting_disabled: ${message}`,
    ]);
    const alloc = allocate(off, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1, tags: { Channel: "Web" } }] }, NOW);
    expect(refusal(alloc)[1]).toBe(`0 tags setting_disabled: ${message}`);
    // Existing configuration stays; a plain write lands on the defaults.
    expect(off.tagCategories.map((c) => c.name)).toEqual(["Channel"]);
    expect(refusal(refresh(off, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW))).toEqual(["ok"]);
    // On again, it works again.
    const back = must(updateSettings(off, { tagsEnabled: true })).state;
    expect(refusal(refresh(back, { locationCode: "L1", items: [{ upc: "U", quantity: 1, tags: { Channel: "Store" } }] }, NOW))).toEqual(["ok"]);
  });

  it("granularFieldsEnabled false: lotCode, date, condition and serialNumber are refused per field; sku is not", () => {
    const s = givenSettings({ granularFieldsEnabled: false }, location("L1")).state;
    const r = refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, sku: "S" }, { upc: "U", quantity: 1, lotCode: "A", date: "2025-01-01", condition: "New", serialNumber: "X" }] }, NOW);
    expect(refusal(r).slice(1).map((line) => String(line).split(":")[0])).toEqual([
      "1 lotCode setting_disabled",
      "1 date setting_disabled",
      "1 condition setting_disabled",
      "1 serialNumber setting_disabled",
    ]);
    expect(refusal(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, lotCode: "A" }] }, NOW))[0]).toBe("validation_failed");
    expect(refusal(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, sku: "S" }] }, NOW))).toEqual(["ok"]);
  });

  it("conditionAvailabilityEnabled false: creating a condition rule is refused", () => {
    const s = givenSettings({ conditionAvailabilityEnabled: false }).state;
    expect(refusal(setConditionRule(s, { condition: "damaged", includeInAvailable: false }, NOW))).toEqual([
      "validation_failed",
      "- condition setting_disabled: Condition availability rules are disabled on this tenant (setting conditionAvailabilityEnabled is false)",
    ]);
  });

  it("switches must be booleans; nothing changes when one is not", () => {
    const s = given().state;
    const bad = updateSettings(s, { tagsEnabled: "yes" as unknown as boolean, quantitySetsAvailable: true });
    expect(refusal(bad)).toEqual(["validation_failed", "- tagsEnabled invalid: tagsEnabled must be true or false"]);
  });
});

describe("quantity sets Available (setting quantitySetsAvailable)", () => {
  const held = (setsAvailable: boolean) => {
    let s = givenSettings({ quantitySetsAvailable: setsAvailable }, location("L1"), refreshed("L1", [{ upc: "U", quantity: 10 }])).state;
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 4 }] }, NOW)).state;
    return s;
  };

  it("quantity sets Available: onHand 10 with 4 allocated, refresh 10 → onHand 14, available 10 (off: onHand 10, available 6)", () => {
    const on = must(refresh(held(true), { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    expect(totals(on)).toEqual([{ onHand: 14, allocated: 4, pending: 0, available: 10 }]);
    const off = must(refresh(held(false), { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    expect(totals(off)).toEqual([{ onHand: 10, allocated: 4, pending: 0, available: 6 }]);
  });

  it("pending units count as committed too; refresh 0 leaves available 0; adjust is unchanged", () => {
    let s = held(true);
    s = must(allocate(s, { items: [{ orderId: 2, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 8 }] }, NOW)).state;
    expect(totals(s)).toEqual([{ onHand: 10, allocated: 10, pending: 2, available: -2 }]);
    const zero = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 0 }] }, NOW)).state;
    expect(totals(zero)).toEqual([{ onHand: 12, allocated: 12, pending: 0, available: 0 }]);
    const added = must(adjust(zero, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }] }, NOW)).state;
    expect(totals(added)).toEqual([{ onHand: 15, allocated: 12, pending: 0, available: 3 }]);
  });

  it("a percentage pool: the pool's available is set, each value's committed units stay on top", () => {
    let s = givenSettings(
      { quantitySetsAvailable: true },
      location("L1"),
      category("Channel", [{ value: "Web", percent: 50 }, { value: "Market", percent: 50 }]),
      refreshed("L1", [{ upc: "U", quantity: 10 }]),
    ).state;
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 2, tags: { Channel: "Web" } }] }, NOW)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    expect(totals(s)).toEqual([{ onHand: 12, allocated: 2, pending: 0, available: 10 }]);
  });
});
