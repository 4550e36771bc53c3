/**
 * The tag index is derived data kept in the state (`tagIndex`): it always indexes the state's own
 * `tagCategories`, whichever way the state was made, and never reaches a snapshot.
 */
import { describe, expect, it } from "vitest";
import { resolveSegment } from "../segment.js";
import { exportState, importState } from "../snapshot.js";
import { createState, type InventoryState } from "../state.js";
import { createTagValue, deleteTagCategory, deleteTagValue, updateTagValue, upsertTagCategory } from "../tag-config.js";
import { category, given, location, must, NOW, refreshed, type Step } from "../testing/given.js";

const indexesOwnCategories = (s: InventoryState) => expect(s.tagIndex.categories).toBe(s.tagCategories);

describe("the state's tag index", () => {
  it("follows every change of the tag configuration", () => {
    indexesOwnCategories(createState());
    let s = given(location("L1"), category("Channel", [{ value: "Web" }, { value: "Store" }]), refreshed("L1", [{ upc: "A", quantity: 3 }])).state;
    indexesOwnCategories(s);
    const steps: Step[] = [
      (x: InventoryState) => upsertTagCategory(x, { name: "Region", values: [{ value: "North" }] }, NOW),
      (x: InventoryState) => createTagValue(x, "Channel", { value: "Outlet" }, NOW),
      (x: InventoryState) => updateTagValue(x, "Channel", "Outlet", { value: "Mall" }, NOW),
      (x: InventoryState) => deleteTagValue(x, "Channel", "Mall", NOW),
      (x: InventoryState) => deleteTagCategory(x, "Region", NOW),
    ];
    for (const step of steps) {
      const before = s;
      s = must(step(s)).state;
      indexesOwnCategories(s);
      expect(s.tagIndex).not.toBe(before.tagIndex);
    }
    // Commands that leave the configuration alone share its index (and its memos).
    const after = must(refreshed("L1", [{ upc: "B", quantity: 1, tags: { Channel: "Store" } }])(s)).state;
    expect(after.tagIndex).toBe(s.tagIndex);
  });

  it("is rebuilt on import and left out of the export", () => {
    const s = given(location("L1"), category("Channel", [{ value: "Web" }, { value: "Store" }])).state;
    const data = exportState(s);
    expect(Object.keys(data)).not.toContain("tagIndex");
    expect(JSON.stringify(data)).not.toContain("memo");
    const back = importState(data);
    if (!back.ok) throw new Error(back.error.message);
    indexesOwnCategories(back.value);
    expect(resolveSegment(back.value.tagIndex, { Channel: "Store" })).toEqual(resolveSegment(s.tagIndex, { Channel: "Store" }));
    expect(exportState(back.value)).toEqual(data);
  });
});
