import { beforeEach, describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { getSlot } from "./internal/stored-slot.js";
import { largestRemainderSplit, splitPool } from "./percentage-split.js";
import { adjust, refresh } from "./refresh-adjust.js";
import { keyToTags } from "./segment.js";
import type { InventoryState } from "./state.js";
import { updateTagValue } from "./tag-config.js";
import { category, given, type Given, location, must, NOW } from "./testing/given.js";

const segs = (s: InventoryState, upc = "U", loc = "L1") =>
  Object.fromEntries((getSlot(s, upc, loc)[0]?.segments ?? []).map((x) => [Object.values(keyToTags(s.tagCategories, x.key)).join("/"), [x.onHand, x.allocated, x.pending]]));

const order = (quantity: number, tags?: Record<string, string> | { name: string; value: string }[], id = 1) => ({
  orderId: 1, orderItemId: id, shipmentId: 1, upc: "U", locationCode: "L1", quantity, ...(tags ? { tags } : {}),
});

describe("D6 segments: one value per category, defaults for the rest", () => {
  let g: Given;
  beforeEach(() => {
    g = given(location("L1"), category("Channel", [{ value: "Web" }, { value: "Store" }]), category("Region", [{ value: "EU" }, { value: "US" }]));
  });

  it("an unspecified category takes its default", () => {
    const s = must(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 4, tags: { Channel: "Store" } }] }, NOW)).state;
    expect(segs(s)).toEqual({ "Store/EU": [4, 0, 0] });
  });

  it("unknown names or values, a name without value, or a name twice are 400 with details", () => {
    const r = refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 1, tags: { Nope: "x" } }, { upc: "U", quantity: 1, tags: { Channel: "Mars" } }, { upc: "U", quantity: 1, tags: { Channel: "" } }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => [d.index, d.code])).toEqual([
      [0, "unknown_tag_category"],
      [1, "unknown_tag_value"],
      [2, "tag_value_required"],
    ]);
    const twice = allocate(g.state, { items: [order(1, [{ name: "Channel", value: "Web" }, { name: "Channel", value: "Store" }])] }, NOW);
    expect(twice.ok ? [] : twice.error.details.map((d) => d.code)).toEqual(["duplicate_tag"]);
  });

  it("allocation uses the default segment when tags are omitted", () => {
    const s = must(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 4 }] }, NOW)).state;
    const r = must(allocate(s, { items: [order(1)] }, NOW)).state;
    expect(segs(r)).toEqual({ "Web/EU": [4, 1, 0] });
  });
});

describe("D7 percentage categories: pooled writes split by largest remainder", () => {
  it("largest remainder gives integer shares summing to the total", () => {
    expect(largestRemainderSplit(10, [33, 33, 34])).toEqual([3, 3, 4]);
    expect(largestRemainderSplit(7, [50, 50])).toEqual([4, 3]);
    expect(largestRemainderSplit(-7, [50, 50])).toEqual([-4, -3]);
    expect(largestRemainderSplit(0, [80, 20])).toEqual([0, 0]);
  });

  it("splitPool keeps committed units and never goes below 0 while the total allows", () => {
    expect(splitPool(10, [0, 0], [80, 20])).toEqual([8, 2]);
    expect(splitPool(10, [5, 0], [50, 50])).toEqual([8, 2]);
    expect(splitPool(3, [0, 5], [50, 50])).toEqual([0, 3]);
  });

  let pct: Given;
  beforeEach(() => {
    pct = given(location("L1"), category("Channel", [{ value: "Web", percent: 80 }, { value: "Market", percent: 10 }, { value: "Other" }]));
  });

  it("refresh without the category splits the quantity: 80% / 10% / rest to the blank value", () => {
    const s = must(refresh(pct.state, { locationCode: "L1", items: [{ upc: "U", quantity: 15 }] }, NOW)).state;
    expect(segs(s)).toEqual({ Web: [12, 0, 0], Market: [2, 0, 0], Other: [1, 0, 0] });
  });

  it("a blank-percent value may be addressed directly; a percent value may not", () => {
    const s = must(refresh(pct.state, { locationCode: "L1", items: [{ upc: "U", quantity: 7, tags: { Channel: "Other" } }] }, NOW)).state;
    expect(segs(s)).toEqual({ Other: [7, 0, 0] });
    const r = adjust(pct.state, { locationCode: "L1", items: [{ upc: "U", quantity: 1, tags: { Channel: "Web" } }] }, NOW);
    expect(r.ok ? "" : r.error.details[0]?.code).toBe("percent_value_addressed");
  });

  it("adjust adds to the pool and re-splits its unallocated stock; allocated units stay put", () => {
    let s = must(refresh(pct.state, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    s = must(allocate(s, { items: [order(3, { Channel: "Web" })] }, NOW)).state;
    expect(segs(s)).toEqual({ Web: [8, 3, 0], Market: [1, 0, 0], Other: [1, 0, 0] });
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    // Pool of 20 onHand, 3 committed → 17 unallocated: 13.6 / 1.7 / 1.7 → 13 / 2 / 2 by largest remainder.
    expect(segs(s)).toEqual({ Web: [16, 3, 0], Market: [2, 0, 0], Other: [2, 0, 0] });
  });

  it("changing percentages re-splits unallocated stock at once", () => {
    const s = must(refresh(pct.state, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    const a = must(updateTagValue(s, "Channel", "Web", { percent: 50 }, NOW)).state;
    expect(segs(a)).toEqual({ Web: [5, 0, 0], Market: [1, 0, 0], Other: [4, 0, 0] });
  });
});
