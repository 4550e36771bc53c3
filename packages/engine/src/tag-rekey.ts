import type { Allocation } from "./allocation-entry.js";
import type { FutureRecord } from "./future-record.js";
import { splitPool } from "./percentage-split.js";
import type { InventoryRecord, Segment, SegmentKey } from "./records.js";
import { categoryWeights } from "./segment.js";
import type { InventoryState } from "./state.js";
import { StoreDraft } from "./internal/draft/store.js";
import { slotRecords } from "./internal/stored-slot.js";
import { activeCategories, defaultValue, type TagCategory } from "./tags.js";

/** Rewrites every record through `fn`, writing the slots that change to `draft` (O(store)). */
function mapRecords(draft: StoreDraft, fn: (r: InventoryRecord) => InventoryRecord): void {
  draft.base.records.forEach((byLocation, upc) => {
    byLocation.forEach((stored, loc) => {
      const slot = slotRecords(stored);
      let changed = false;
      const mapped = slot.map((r) => {
        const m = fn(r);
        if (m !== r) changed = true;
        return m;
      });
      if (changed) draft.putSlot(upc, loc, mapped);
    });
  });
}

function normalizeSegments(segments: Segment[]): Segment[] {
  const merged = new Map<SegmentKey, Segment>();
  for (const s of segments) {
    const cur = merged.get(s.key);
    merged.set(
      s.key,
      cur
        ? { key: s.key, onHand: cur.onHand + s.onHand, allocated: cur.allocated + s.allocated, pending: cur.pending + s.pending }
        : s,
    );
  }
  return [...merged.values()]
    .filter((s) => s.onHand !== 0 || s.allocated !== 0 || s.pending !== 0)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Maps segment keys from the old tag configuration to the new one: a kept value keeps its id; a
 * deleted value, or a category that gained its first value, takes the category default; a deleted
 * category disappears. Segments that meet merge (quantities add up).
 */
export function rekey(state: InventoryState, before: readonly TagCategory[], after: readonly TagCategory[]): InventoryState {
  const oldActive = activeCategories(before);
  const newActive = activeCategories(after);
  const cache = new Map<SegmentKey, SegmentKey>();
  const map = (key: SegmentKey): SegmentKey => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const parts = key === "" ? [] : key.split(",");
    const byCategory = new Map<number, number>();
    oldActive.forEach((c, i) => {
      byCategory.set(c.tagCategoryId, Number(parts[i]));
    });
    const out = newActive
      .map((c) => {
        const old = byCategory.get(c.tagCategoryId);
        const kept = c.values.find((v) => v.tagId === old);
        return (kept ?? defaultValue(c))?.tagId ?? "";
      })
      .join(",");
    cache.set(key, out);
    return out;
  };
  const identity =
    oldActive.length === newActive.length &&
    oldActive.every((c, i) => {
      const n = newActive[i];
      return n?.tagCategoryId === c.tagCategoryId && c.values.every((v) => n.values.some((x) => x.tagId === v.tagId));
    });
  if (identity) return state;
  let futures = state.futures;
  state.futures.forEach((f: FutureRecord, id) => {
    const key = map(f.segmentKey);
    if (key !== f.segmentKey) futures = futures.set(id, { ...f, segmentKey: key });
  });
  const draft = new StoreDraft({ ...state, futures });
  mapRecords(draft, (r) => ({ ...r, segments: normalizeSegments(r.segments.map((x) => ({ ...x, key: map(x.key) }))) }));
  draft.base.allocations.forEach((a: Allocation, k) => {
    const key = map(a.segmentKey);
    if (key !== a.segmentKey) draft.putAllocation(k, { ...a, segmentKey: key }, a);
  });
  return draft.finish();
}

/**
 * Re-splits the unallocated stock of a percentage category by its current weights (D7), within each
 * group of segments that agree on every other category. Committed units (allocated + pending) stay.
 */
export function resplit(state: InventoryState, category: TagCategory): InventoryState {
  const active = activeCategories(state.tagCategories);
  const pos = active.findIndex((c) => c.tagCategoryId === category.tagCategoryId);
  if (pos < 0) return state;
  const weights = categoryWeights(category);
  const ids = category.values.map((v) => String(v.tagId));
  const draft = new StoreDraft(state);
  mapRecords(draft, (r) => {
    if (r.segments.length === 0) return r;
    const groups = new Map<string, Map<string, Segment>>();
    for (const s of r.segments) {
      const parts = s.key.split(",");
      const [value = ""] = parts.splice(pos, 1);
      const g = parts.join(",");
      const m = groups.get(g) ?? new Map<string, Segment>();
      m.set(value, s);
      groups.set(g, m);
    }
    const out: Segment[] = [];
    for (const [g, members] of groups) {
      const parts = g === "" && active.length === 1 ? [] : g.split(",");
      const keys = ids.map((id) => {
        const p = [...parts];
        p.splice(pos, 0, id);
        return p.join(",");
      });
      const segs = ids.map((id, i) => members.get(id) ?? { key: keys[i] ?? "", onHand: 0, allocated: 0, pending: 0 });
      const total = segs.reduce((a, s) => a + s.onHand, 0);
      const onHand = splitPool(total, segs.map((s) => s.allocated + s.pending), weights);
      segs.forEach((s, i) => {
        out.push({ ...s, onHand: onHand[i] ?? 0 });
      });
    }
    const segments = normalizeSegments(out);
    const same =
      segments.length === r.segments.length &&
      segments.every((s, i) => {
        const o = r.segments[i];
        return o !== undefined && o.key === s.key && o.onHand === s.onHand;
      });
    return same ? r : { ...r, segments };
  });
  return draft.finish();
}

/** Whether any segment using a tag value holds allocated or pending units (D5: then deletion is refused). */
export function valueHoldsUnits(state: InventoryState, tagId: number): boolean {
  const id = String(tagId);
  for (const byLocation of state.records.values())
    for (const stored of byLocation.values())
      for (const r of slotRecords(stored))
        for (const s of r.segments)
          if ((s.allocated !== 0 || s.pending !== 0) && s.key.split(",").includes(id)) return true;
  return false;
}
