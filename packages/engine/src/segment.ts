/**
 * Segments (D6, D7): turning request tags into canonical segment keys. A key lists one tag-value id
 * per active category, in category order, comma-joined ("" when no category has values), so keys
 * survive renames and compare by string equality.
 */
import { detail, type ErrorDetail } from "./errors.js";
import { type TagIndex, tagCombination } from "./internal/tag-index.js";
import type { SegmentKey } from "./records.js";
import {
  activeCategories,
  defaultValue,
  isPercentageCategory,
  type TagCategory,
  type TagInput,
  type TagValue,
} from "./tags.js";

/** Where a refresh/adjust item's quantity goes (D7). */
export type WriteTarget =
  /** One segment, addressed directly. */
  | { readonly kind: "direct"; readonly key: SegmentKey }
  /** A pool over unspecified percentage categories: split over `keys` by `weights`. */
  | { readonly kind: "pool"; readonly keys: readonly SegmentKey[]; readonly weights: readonly number[] };

/** Either a value or the problems found. */
export type Resolved<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly details: ErrorDetail[] };

/** Reads tags into name → value, reporting empty values (D6: a name needs a value) and duplicate names. */
function readTags(input: TagInput | undefined, index?: number): Resolved<Map<string, string>> {
  const out = new Map<string, string>();
  const details: ErrorDetail[] = [];
  if (input === undefined) return { ok: true, value: out };
  const pairs: [string, unknown][] = Array.isArray(input)
    ? (input as readonly { name: string; value: unknown }[]).map((p) => [p.name, p.value])
    : Object.entries(input);
  for (const [name, value] of pairs) {
    if (typeof value !== "string" || value === "") {
      details.push(detail(`tags.${name}`, "tag_value_required", `Tag ${name} needs a value`, index));
    } else if (out.has(name)) {
      details.push(detail(`tags.${name}`, "duplicate_tag", `Tag ${name} is given more than once`, index));
    } else out.set(name, value);
  }
  return details.length > 0 ? { ok: false, details } : { ok: true, value: out };
}

/**
 * Resolves named tags to one value (or undefined) per active category. Unknown names or values are
 * reported. `fill` decides what an unspecified category gets.
 */
function resolveIds(
  categories: readonly TagCategory[],
  input: TagInput | undefined,
  index: number | undefined,
  fill: (category: TagCategory) => TagValue | undefined,
): Resolved<(TagValue | undefined)[]> {
  const read = readTags(input, index);
  if (!read.ok) return read;
  const named = read.value;
  const details: ErrorDetail[] = [];
  for (const name of named.keys()) {
    if (!categories.some((c) => c.name === name && c.values.length > 0))
      details.push(detail(`tags.${name}`, "unknown_tag_category", `Unknown tag category ${name}`, index));
  }
  const values = activeCategories(categories).map((category) => {
    const given = named.get(category.name);
    if (given === undefined) return fill(category);
    const value = category.values.find((v) => v.value === given);
    if (value === undefined)
      details.push(
        detail(`tags.${category.name}`, "unknown_tag_value", `Unknown value ${given} in tag category ${category.name}`, index),
      );
    return value;
  });
  return details.length > 0 ? { ok: false, details } : { ok: true, value: values };
}

/**
 * Memoises a resolver per tag configuration and tag combination, in the configuration's index
 * (`state.tagIndex`, internal/tag-index.ts): tags that name only known categories and values give
 * the same frozen result every time, and segment keys are shared strings. Anything else (and every
 * error, which carries an item index) is resolved in full each time.
 */
function memoised<T>(
  memo: Map<number, unknown>,
  tags: TagIndex,
  input: TagInput | undefined,
  index: number | undefined,
  resolve: (categories: readonly TagCategory[], input: TagInput | undefined, index: number | undefined) => Resolved<T>,
): Resolved<T> {
  const combination = tagCombination(tags, input);
  if (combination < 0) return resolve(tags.categories, input, index);
  let r = memo.get(combination) as Resolved<T> | undefined;
  if (r === undefined) {
    r = resolve(tags.categories, input, index);
    if (!r.ok) return r;
    const value: unknown = r.value;
    if (typeof value === "object" && value !== null) {
      for (const part of Object.values(value)) if (typeof part === "object" && part !== null) Object.freeze(part);
      Object.freeze(value);
    }
    memo.set(combination, Object.freeze(r));
  }
  return r;
}

// The resolvers are module functions, not closures: a memo hit then allocates nothing.

function segmentKey(categories: readonly TagCategory[], input: TagInput | undefined, index: number | undefined): Resolved<SegmentKey> {
  const r = resolveIds(categories, input, index, defaultValue);
  if (!r.ok) return r;
  return { ok: true, value: r.value.map((v) => v?.tagId ?? "").join(",") };
}

function tagFilter(
  categories: readonly TagCategory[],
  input: TagInput | undefined,
  index: number | undefined,
  forceDefaults: boolean,
): Resolved<readonly (number | undefined)[]> {
  const r = resolveIds(categories, input, index, forceDefaults ? defaultValue : () => undefined);
  if (!r.ok) return r;
  return { ok: true, value: r.value.map((v) => v?.tagId) };
}

const tagFilterWithDefaults = (c: readonly TagCategory[], i: TagInput | undefined, x: number | undefined) => tagFilter(c, i, x, true);
const tagFilterAny = (c: readonly TagCategory[], i: TagInput | undefined, x: number | undefined) => tagFilter(c, i, x, false);

/**
 * The segment key of an order/allocation item (D6): unspecified categories take their default.
 * `tags` is the state's tag index (`state.tagIndex`).
 */
export function resolveSegment(tags: TagIndex, input: TagInput | undefined, index?: number): Resolved<SegmentKey> {
  return memoised(tags.memo.segment, tags, input, index, segmentKey);
}

/**
 * A query's tag filter: one tag-value id per active category, or undefined to match any value.
 * With `forceDefaults`, unspecified categories take their default.
 */
export function resolveTagFilter(
  tags: TagIndex,
  input: TagInput | undefined,
  forceDefaults: boolean,
  index?: number,
): Resolved<readonly (number | undefined)[]> {
  return forceDefaults
    ? memoised(tags.memo.filterDefaults, tags, input, index, tagFilterWithDefaults)
    : memoised(tags.memo.filter, tags, input, index, tagFilterAny);
}

/** Whether a segment key matches a filter from {@link resolveTagFilter}. */
export function keyMatches(key: SegmentKey, filter: readonly (number | undefined)[]): boolean {
  if (filter.every((f) => f === undefined)) return true;
  const parts = key.split(",");
  return filter.every((f, i) => f === undefined || parts[i] === String(f));
}

/**
 * Per-value weights of a percentage category, aligned with `category.values`: each percent value
 * weighs its percent; the rest (100 − Σ percents) goes to one "rest" value — the first blank-percent
 * value (the default when it is blank), else the default value. Weights sum to 100.
 */
export function categoryWeights(category: TagCategory): number[] {
  const weights = category.values.map((v) => v.percent ?? 0);
  const rest = 100 - weights.reduce((a, w) => a + w, 0);
  if (rest > 0) {
    const def = defaultValue(category);
    const blank = def?.percent === undefined ? def : category.values.find((v) => v.percent === undefined);
    const target = blank ?? def;
    const at = target === undefined ? 0 : category.values.indexOf(target);
    weights[at] = (weights[at] ?? 0) + rest;
  }
  return weights;
}

/** Where a refresh/adjust item writes (D7). Naming a percent-valued value is refused. */
export function resolveWriteTarget(tags: TagIndex, input: TagInput | undefined, index?: number): Resolved<WriteTarget> {
  return memoised(tags.memo.write, tags, input, index, writeTarget);
}

function writeTarget(categories: readonly TagCategory[], input: TagInput | undefined, index: number | undefined): Resolved<WriteTarget> {
  const active = activeCategories(categories);
  const pooled = (c: TagCategory) => (isPercentageCategory(c) ? undefined : defaultValue(c));
  const r = resolveIds(categories, input, index, pooled);
  if (!r.ok) return r;
  const details: ErrorDetail[] = [];
  r.value.forEach((v, i) => {
    const c = active[i];
    if (v?.percent !== undefined && c !== undefined)
      details.push(
        detail(
          `tags.${c.name}`,
          "percent_value_addressed",
          `Value ${v.value} of ${c.name} has a percent; leave the category out to split the quantity`,
          index,
        ),
      );
  });
  if (details.length > 0) return { ok: false, details };
  if (r.value.every((v) => v !== undefined))
    return { ok: true, value: { kind: "direct", key: r.value.map((v) => v?.tagId ?? "").join(",") } };
  // Cartesian product over the pooled categories; a key's weight is the product of its values' weights.
  let combos: { ids: string[]; weight: number }[] = [{ ids: [], weight: 1 }];
  r.value.forEach((v, i) => {
    const c = active[i] as TagCategory;
    if (v !== undefined) {
      combos = combos.map((k) => ({ ids: [...k.ids, String(v.tagId)], weight: k.weight }));
      return;
    }
    const weights = categoryWeights(c);
    combos = combos.flatMap((k) =>
      c.values.map((value, j) => ({ ids: [...k.ids, String(value.tagId)], weight: k.weight * (weights[j] ?? 0) })),
    );
  });
  return {
    ok: true,
    value: { kind: "pool", keys: combos.map((k) => k.ids.join(",")), weights: combos.map((k) => k.weight) },
  };
}

/** The `{category: value}` map of a segment key (empty for ""). */
export function keyToTags(categories: readonly TagCategory[], key: SegmentKey): Record<string, string> {
  const out: Record<string, string> = {};
  if (key === "") return out;
  const parts = key.split(",");
  activeCategories(categories).forEach((c, i) => {
    const id = Number(parts[i]);
    const v = c.values.find((x) => x.tagId === id);
    // Defined, not assigned: a category named `__proto__` is a key like any other.
    if (v) Object.defineProperty(out, c.name, { value: v.value, enumerable: true, writable: true, configurable: true });
  });
  return out;
}

/**
 * {@link keyToTags}, memoised in the tag index (`state.tagIndex`) per key: the same frozen object
 * for every call. For read paths that hand the map out as `Readonly` (query rows); copy it before
 * mutating.
 */
export function segmentTags(tags: TagIndex, key: SegmentKey): Readonly<Record<string, string>> {
  const byKey = tags.memo.tagsByKey;
  let out = byKey.get(key);
  if (out === undefined) {
    out = Object.freeze(keyToTags(tags.categories, key));
    byKey.set(key, out);
  }
  return out;
}

/** The key of the segment made of every category's default value. */
export function defaultSegmentKey(categories: readonly TagCategory[]): SegmentKey {
  return activeCategories(categories)
    .map((c) => defaultValue(c)?.tagId ?? "")
    .join(",");
}
