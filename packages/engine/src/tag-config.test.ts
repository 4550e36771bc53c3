import { describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { getSlot } from "./internal/stored-slot.js";
import { createTagValue, deleteTagCategory, deleteTagValue, updateTagValue, upsertTagCategory } from "./tag-config.js";
import { updateSettings } from "./settings-update.js";
import { category, given, location, must, NOW, refreshed } from "./testing/given.js";

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? "ok" : r.error?.code);

describe("D4 tag categories and values", () => {
  it("the first value is the default unless isDefault says otherwise", () => {
    const a = given(category("Channel", [{ value: "Web" }, { value: "Store" }])).state.tagCategories[0];
    expect(a?.values.map((v) => v.isDefault)).toEqual([true, false]);
    const b = given(category("Channel", [{ value: "Web" }, { value: "Store", isDefault: true }])).state.tagCategories[0];
    expect(b?.values.map((v) => v.isDefault)).toEqual([false, true]);
  });

  it("two defaults, duplicate values and bad percents are 400", () => {
    const g = given();
    expect(code(upsertTagCategory(g.state, { name: "C", values: [{ value: "a", isDefault: true }, { value: "b", isDefault: true }] }, NOW))).toBe("validation_failed");
    expect(code(upsertTagCategory(g.state, { name: "C", values: [{ value: "a" }, { value: "a" }] }, NOW))).toBe("validation_failed");
    expect(code(upsertTagCategory(g.state, { name: "C", values: [{ value: "a", percent: 50.5 }, { value: "b" }] }, NOW))).toBe("validation_failed");
    expect(code(upsertTagCategory(g.state, { name: "C", values: [{ value: "a", percent: 101 }] }, NOW))).toBe("validation_failed");
  });

  it("limits: 3 categories and 6 values by default; settings change them", () => {
    const g = given(category("A", [{ value: "1" }]), category("B", [{ value: "1" }]), category("C", [{ value: "1" }]));
    expect(code(upsertTagCategory(g.state, { name: "D", values: [{ value: "1" }] }, NOW))).toBe("limit_exceeded");
    const six = given(category("A", [{ value: "1" }, { value: "2" }, { value: "3" }, { value: "4" }, { value: "5" }, { value: "6" }]));
    expect(code(createTagValue(six.state, "A", { value: "7" }, NOW))).toBe("limit_exceeded");
    const raised = must(updateSettings(six.state, { totalTagLimit: 7 })).state;
    expect(code(createTagValue(raised, "A", { value: "7" }, NOW))).toBe("ok");
  });

  it("creating an existing value is 409; unknown category is 404", () => {
    const g = given(category("A", [{ value: "x" }]));
    expect(code(createTagValue(g.state, "A", { value: "x" }, NOW))).toBe("conflict");
    expect(code(createTagValue(g.state, "Nope", { value: "x" }, NOW))).toBe("not_found");
  });

  it("a new default takes over; existing stock moves onto a new category's default", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 5 }]), category("Channel", [{ value: "Web" }, { value: "Store", isDefault: true }]));
    const [record] = getSlot(g.state, "U", "L1");
    const store = g.state.tagCategories[0]?.values[1]?.tagId;
    expect(record?.segments).toEqual([{ key: String(store), onHand: 5, allocated: 0, pending: 0 }]);
  });
});

describe("D5 percentage mode, mode switches and deletes with units", () => {
  it("all values with percent must sum to exactly 100; partial sets to at most 100", () => {
    const g = given();
    expect(code(upsertTagCategory(g.state, { name: "C", values: [{ value: "a", percent: 60 }, { value: "b", percent: 30 }] }, NOW))).toBe("validation_failed");
    expect(code(upsertTagCategory(g.state, { name: "C", values: [{ value: "a", percent: 60 }, { value: "b", percent: 40 }] }, NOW))).toBe("ok");
    expect(code(upsertTagCategory(g.state, { name: "C", values: [{ value: "a", percent: 60 }, { value: "b", percent: 50 }, { value: "c" }] }, NOW))).toBe("validation_failed");
    expect(code(upsertTagCategory(g.state, { name: "C", values: [{ value: "a", percent: 60 }, { value: "c" }] }, NOW))).toBe("ok");
  });

  it("switching between percentage and discrete mode while values exist is 409", () => {
    const discrete = given(category("C", [{ value: "a" }, { value: "b" }]));
    expect(code(updateTagValue(discrete.state, "C", "a", { percent: 50 }, NOW))).toBe("conflict");
    expect(code(upsertTagCategory(discrete.state, { name: "C", values: [{ value: "a", percent: 100 }] }, NOW))).toBe("conflict");
    const pct = given(category("C", [{ value: "a", percent: 100 }]));
    expect(code(upsertTagCategory(pct.state, { name: "C", values: [{ value: "a" }] }, NOW))).toBe("conflict");
  });

  it("deleting a value or category holding allocated or pending units is 409; without units it works", () => {
    const g = given(location("L1"), category("Channel", [{ value: "Web" }, { value: "Store" }]), refreshed("L1", [{ upc: "U", quantity: 5, tags: { Channel: "Store" } }]));
    const held = must(allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1, tags: { Channel: "Store" } }] }, NOW)).state;
    expect(code(deleteTagValue(held, "Channel", "Store", NOW))).toBe("conflict");
    expect(code(deleteTagCategory(held, "Channel", NOW))).toBe("conflict");
    // Web is the default: it cannot be deleted at all (issue 15: make another value the default first).
    expect(code(deleteTagValue(held, "Channel", "Web", NOW))).toBe("conflict");
    // Without allocations the value's units go to the default (Web).
    const freed = must(deleteTagValue(g.state, "Channel", "Store", NOW)).state;
    const web = freed.tagCategories[0]?.values[0]?.tagId;
    expect(getSlot(freed, "U", "L1")[0]?.segments).toEqual([{ key: String(web), onHand: 5, allocated: 0, pending: 0 }]);
    const noCategory = must(deleteTagCategory(g.state, "Channel", NOW)).state;
    expect(getSlot(noCategory, "U", "L1")[0]?.segments).toEqual([{ key: "", onHand: 5, allocated: 0, pending: 0 }]);
  });

  it("deleting a missing value or category is 404", () => {
    const g = given(category("C", [{ value: "a" }]));
    expect(code(deleteTagValue(g.state, "C", "zz", NOW))).toBe("not_found");
    expect(code(deleteTagCategory(g.state, "Z", NOW))).toBe("not_found");
  });
});
