/**
 * Segments (D6, D7) pinned through the public surface: each tag refusal by its index, field, code
 * and message (what an HTTP client reads in `items`), refusals that repeat across items and
 * requests keep their own index, where the rest of a percentage category goes, the pool over two
 * percentage categories, and query filters that name some categories and leave others open.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  defaultSegmentKey,
  keyToTags,
  recordsAt,
  resolveSegment,
  type InventoryState,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
  type TagCategoryInput,
  upsertTagCategory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

function withCategories(...categories: TagCategoryInput[]): InventoryState {
  let s = must(saveLocation(createState(), { code: "L1" }));
  for (const c of categories) s = must(upsertTagCategory(s, c, NOW));
  return s;
}

const put = (s: InventoryState, items: readonly RefreshItem[]) => refresh(s, { locationCode: "L1", items }, NOW);

/** A refusal's details as `index field code: message`. */
function refusal(r: { ok: true } | { ok: false; error: { details: readonly { index?: number; field: string; code: string; message: string }[] } }): string[] {
  if (r.ok) return ["ok"];
  return r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`);
}

/** Every stored segment of U at L1 as `tags=onHand/allocated/pending`, sorted. */
function segments(s: InventoryState): string[] {
  const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.flatMap((x) => x.taggedInventory.map((t) => `${Object.values(t.tags).join("/")}=${t.onHand}/${t.allocated}/${t.pending}`)).sort();
}

const channelRegion = () =>
  withCategories({ name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, { name: "Region", values: [{ value: "EU" }, { value: "US" }] });

describe("D6 tag refusals name the item, the field and the problem", () => {
  it("unknown category, unknown value, a name without a value (empty or not a string)", () => {
    const r = put(channelRegion(), [
      { upc: "U", quantity: 1, tags: { Nope: "x" } },
      { upc: "U", quantity: 1, tags: { Channel: "Mars" } },
      { upc: "U", quantity: 1, tags: { Channel: "" } },
      { upc: "U", quantity: 1, tags: { Region: null as unknown as string } },
      { upc: "U", quantity: 1, tags: { Region: 7 as unknown as string } },
    ]);
    expect(refusal(r)).toEqual([
      "0 tags.Nope unknown_tag_category: Unknown tag category Nope",
      "1 tags.Channel unknown_tag_value: Unknown value Mars in tag category Channel",
      "2 tags.Channel tag_value_required: Tag Channel needs a value",
      "3 tags.Region tag_value_required: Tag Region needs a value",
      "4 tags.Region tag_value_required: Tag Region needs a value",
    ]);
  });

  it("every problem of one item is listed, not only the first", () => {
    const r = put(channelRegion(), [{ upc: "U", quantity: 1, tags: { Nope: "x", Channel: "Mars", Region: "Moon" } }]);
    expect(refusal(r)).toEqual([
      "0 tags.Nope unknown_tag_category: Unknown tag category Nope",
      "0 tags.Channel unknown_tag_value: Unknown value Mars in tag category Channel",
      "0 tags.Region unknown_tag_value: Unknown value Moon in tag category Region",
    ]);
    const empties = put(channelRegion(), [{ upc: "U", quantity: 1, tags: { Channel: "", Region: "" } }]);
    expect(refusal(empties)).toEqual(["0 tags.Channel tag_value_required: Tag Channel needs a value", "0 tags.Region tag_value_required: Tag Region needs a value"]);
  });

  it("a name given twice (the order-side list form) is refused, once per repeat; one pair alone is fine", () => {
    const item = (tags: { name: string; value: string }[]) => ({ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1, tags });
    const twice = allocate(channelRegion(), { items: [item([{ name: "Channel", value: "Web" }, { name: "Region", value: "US" }, { name: "Channel", value: "Store" }])] }, NOW);
    expect(refusal(twice)).toEqual(["0 tags.Channel duplicate_tag: Tag Channel is given more than once"]);
    const once = allocate(channelRegion(), { items: [item([{ name: "Channel", value: "Store" }, { name: "Region", value: "US" }])] }, NOW);
    expect(once.ok).toBe(true);
    expect(segments(must(once))).toEqual(["Store/US=0/0/1"]);
  });

  it("the same bad tags on two items, and again in a later request, carry each item's own index", () => {
    const s = withCategories({ name: "Split", values: [{ value: "P1", percent: 60 }, { value: "P2" }] });
    const percent = { upc: "U", quantity: 1, tags: { Split: "P1" } };
    expect(refusal(put(s, [percent, { upc: "U", quantity: 1 }, percent]))).toEqual([
      "0 tags.Split percent_value_addressed: Value P1 of Split has a percent; leave the category out to split the quantity",
      "2 tags.Split percent_value_addressed: Value P1 of Split has a percent; leave the category out to split the quantity",
    ]);
    expect(refusal(put(s, [{ upc: "U", quantity: 1 }, percent]))).toEqual([
      "1 tags.Split percent_value_addressed: Value P1 of Split has a percent; leave the category out to split the quantity",
    ]);
    const bad = { upc: "U", quantity: 1, tags: { Split: "P9" } };
    expect(refusal(put(s, [{ upc: "U", quantity: 1 }, bad, bad]))).toEqual([
      "1 tags.Split unknown_tag_value: Unknown value P9 in tag category Split",
      "2 tags.Split unknown_tag_value: Unknown value P9 in tag category Split",
    ]);
  });

  it("a blank-percent value of a percentage category may be named; the write goes to it alone", () => {
    const s = withCategories({ name: "Split", values: [{ value: "P1", percent: 60 }, { value: "P2" }] });
    expect(segments(must(put(s, [{ upc: "U", quantity: 5, tags: { Split: "P2" } }])))).toEqual(["P2=5/0/0"]);
    // The same tags again (a memoised answer) still write there.
    expect(segments(must(put(s, [{ upc: "U", quantity: 5, tags: { Split: "P2" } }, { upc: "U", quantity: 2, tags: { Split: "P2" } }])))).toEqual(["P2=2/0/0"]);
  });
});

describe("D7 the rest of a percentage category (100 − Σ percents)", () => {
  it("goes to the default when the default has no percent, even with a blank value before it", () => {
    const s = withCategories({ name: "Split", values: [{ value: "P", percent: 40 }, { value: "A" }, { value: "B", isDefault: true }] });
    expect(segments(must(put(s, [{ upc: "U", quantity: 10 }])))).toEqual(["B=6/0/0", "P=4/0/0"]);
  });

  it("goes to the first blank value when the default has a percent", () => {
    const s = withCategories({ name: "Split", values: [{ value: "P", percent: 40, isDefault: true }, { value: "Q", percent: 10 }, { value: "A" }, { value: "B" }] });
    expect(segments(must(put(s, [{ upc: "U", quantity: 10 }])))).toEqual(["A=5/0/0", "P=4/0/0", "Q=1/0/0"]);
  });

  it("is nothing when the percents sum to 100", () => {
    const s = withCategories({ name: "Split", values: [{ value: "P", percent: 30 }, { value: "Q", percent: 70 }] });
    expect(segments(must(put(s, [{ upc: "U", quantity: 10 }])))).toEqual(["P=3/0/0", "Q=7/0/0"]);
  });
});

describe("D7 a pool over two percentage categories, with a discrete one named", () => {
  it("each segment weighs the product of its values' weights", () => {
    const s = withCategories(
      { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] },
      { name: "Split", values: [{ value: "P1", percent: 75 }, { value: "P2" }] },
      { name: "Half", values: [{ value: "H1", percent: 40 }, { value: "H2", percent: 60 }] },
    );
    // 100 units: P1 75 × (H1 40 / H2 60) = 30 / 45; P2 25 × … = 10 / 15, all in Store.
    expect(segments(must(put(s, [{ upc: "U", quantity: 100, tags: { Channel: "Store" } }])))).toEqual([
      "Store/P1/H1=30/0/0",
      "Store/P1/H2=45/0/0",
      "Store/P2/H1=10/0/0",
      "Store/P2/H2=15/0/0",
    ]);
    // Naming the blank value of one category pools over the other only.
    expect(segments(must(put(s, [{ upc: "U", quantity: 10, tags: { Split: "P2" } }])))).toEqual(["Web/P2/H1=4/0/0", "Web/P2/H2=6/0/0"]);
  });
});

describe("D6 query filters: named categories match, unnamed ones match any value", () => {
  it("by one category, by both, by none", () => {
    let s = channelRegion();
    s = must(
      put(s, [
        { upc: "U", quantity: 1, tags: { Channel: "Web", Region: "EU" } },
        { upc: "U", quantity: 2, tags: { Channel: "Web", Region: "US" } },
        { upc: "U", quantity: 4, tags: { Channel: "Store", Region: "US" } },
      ]),
    );
    const onHand = (tags: Record<string, string> | undefined, force = false) => {
      const r = queryInventory(s, { items: [{ upc: "U", ...(tags ? { tags } : {}) }], locationCode: "L1", forceDefaultsForUnspecifiedTagCategories: force });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value.map((x) => x.onHand);
    };
    expect(onHand(undefined)).toEqual([7]);
    expect(onHand({ Region: "US" })).toEqual([6]);
    expect(onHand({ Channel: "Web" })).toEqual([3]);
    expect(onHand({ Channel: "Store", Region: "EU" })).toEqual([0]);
    expect(onHand({ Channel: "Store", Region: "US" })).toEqual([4]);
    // Forcing defaults: an unnamed category means its default value.
    expect(onHand({ Region: "US" }, true)).toEqual([2]);
    expect(onHand(undefined, true)).toEqual([1]);
  });
});

describe("D7 a discrete category left out of a write means its default, not a pool", () => {
  it("refreshing without the category sets the default segment and leaves the others", () => {
    let s = channelRegion();
    s = must(put(s, [{ upc: "U", quantity: 5, tags: { Channel: "Store", Region: "US" } }]));
    s = must(put(s, [{ upc: "U", quantity: 3 }]));
    expect(segments(s)).toEqual(["Store/US=5/0/0", "Web/EU=3/0/0"]);
    s = must(put(s, [{ upc: "U", quantity: 1, tags: { Region: "US" } }]));
    expect(segments(s)).toEqual(["Store/US=5/0/0", "Web/EU=3/0/0", "Web/US=1/0/0"]);
  });
});

describe("D6 segment keys and their tags", () => {
  it("the default key is the key of a write that names no tags", () => {
    const s = must(put(channelRegion(), [{ upc: "U", quantity: 1 }]));
    const key = recordsAt(s, "U", "L1")[0]?.segments[0]?.key;
    expect(defaultSegmentKey(s.tagCategories)).toBe(key);
    const r = resolveSegment(s.tagIndex, undefined);
    expect(r.ok && r.value).toBe(key);
    expect(keyToTags(s.tagCategories, key ?? "")).toEqual({ Channel: "Web", Region: "EU" });
    expect(defaultSegmentKey(createState().tagCategories)).toBe("");
    const one = withCategories({ name: "Only", values: [{ value: "A" }, { value: "B", isDefault: true }] });
    expect(keyToTags(one.tagCategories, defaultSegmentKey(one.tagCategories))).toEqual({ Only: "B" });
  });

  it("keyToTags gives a plain object the caller may change; no categories, no tags", () => {
    const s = must(put(channelRegion(), [{ upc: "U", quantity: 1, tags: { Channel: "Store" } }]));
    const key = recordsAt(s, "U", "L1")[0]?.segments[0]?.key ?? "";
    const tags = keyToTags(s.tagCategories, key);
    tags.Channel = "Changed";
    delete tags.Region;
    expect(tags).toEqual({ Channel: "Changed" });
    expect(keyToTags(s.tagCategories, key)).toEqual({ Channel: "Store", Region: "EU" });
    expect(keyToTags(s.tagCategories, "")).toEqual({});
    expect(keyToTags(createState().tagCategories, "")).toEqual({});
  });

  it("query rows of one segment share one frozen tags object", () => {
    const s = must(put(channelRegion(), [{ upc: "U", quantity: 1 }, { upc: "V", quantity: 1 }]));
    const r = queryInventory(s, { locationCode: "L1" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const [u, v] = r.value.map((x) => x.taggedInventory[0]?.tags);
    expect(u).toEqual({ Channel: "Web", Region: "EU" });
    expect(u).toBe(v);
    expect(Object.isFrozen(u)).toBe(true);
  });
});
