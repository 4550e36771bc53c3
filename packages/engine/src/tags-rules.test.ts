/**
 * Active tag categories (D4, D6) pinned through the public surface: a category without values
 * takes no part in segment keys, and tags that name it are refused as an unknown category. The
 * commands never leave a category empty (issue 15: a category needs a value), but a snapshot
 * saved before that rule, or edited by hand, can hold one; `importState` takes it as it is.
 */
import { describe, expect, it } from "vitest";
import {
  createState,
  exportState,
  importState,
  type InventoryState,
  queryInventory,
  refresh,
  saveLocation,
  upsertTagCategory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

/** The state with categories without values put first, as a snapshot may list them. */
function withEmptyCategories(state: InventoryState, ...names: string[]): InventoryState {
  const data = exportState(state);
  const empty = names.map((name, i) => ({ tagCategoryId: 900 + i, name, values: [], created: "2024-01-01T00:00:00.000Z" }));
  const r = importState({ ...data, tagCategories: [...empty, ...data.tagCategories] });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** U's stored segments at L1 as `key=onHand`. */
function storedKeys(s: InventoryState): string[] {
  return exportState(s).slots.flatMap((slot) => slot.records.flatMap((r) => r.segments.map((g) => `${g.key}=${g.onHand}`)));
}

/** U's tagged rows at L1 as `tags=onHand`. */
function tagged(s: InventoryState, tags?: Record<string, string>): string[] {
  const r = queryInventory(s, { items: [{ upc: "U", ...(tags === undefined ? {} : { tags }) }], locationCode: "L1" });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.flatMap((row) => row.taggedInventory.map((t) => `${JSON.stringify(t.tags)}=${t.onHand}`));
}

describe("D4 a category without values takes no part in segment keys", () => {
  it("beside a category with values: keys, tags and filters are those of the other category alone", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, tags: { Channel: "Store" } }] }, NOW));
    const store = String(s.tagCategories[0]?.values[1]?.tagId);
    s = withEmptyCategories(s, "Empty");
    expect(tagged(s)).toEqual(['{"Channel":"Store"}=5']);
    expect(tagged(s, { Channel: "Store" })).toEqual(['{"Channel":"Store"}=5']);
    // A write addresses the same segment as before: one key, the other category's value id.
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 7, tags: { Channel: "Store" } }] }, NOW));
    expect(storedKeys(s)).toEqual([`${store}=7`]);
  });

  it("alone (or two of them): writes and reads go as without categories, under the key \"\"", () => {
    for (const names of [["Empty"], ["Empty", "Void"]]) {
      const s = must(refresh(withEmptyCategories(must(saveLocation(createState(), { code: "L1" })), ...names), { locationCode: "L1", items: [{ upc: "U", quantity: 5 }] }, NOW));
      expect(storedKeys(s)).toEqual(["=5"]);
      expect(tagged(s)).toEqual(["{}=5"]);
    }
  });

  it("tags that name it are refused: an unknown tag category (D6)", () => {
    const s = withEmptyCategories(must(saveLocation(createState(), { code: "L1" })), "Empty");
    const r = refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, tags: { Empty: "x" } }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)).toEqual([
      "0 tags.Empty unknown_tag_category: Unknown tag category Empty",
    ]);
  });
});
