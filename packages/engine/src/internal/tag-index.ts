/**
 * A lookup index over one tag configuration (the state's immutable `tagCategories` array), built
 * once per configuration: category name → position and value name → value. It turns request tags
 * into a small number (a "combination") without building anything, so the resolved segment keys,
 * write targets and query filters of a combination can be memoised: hot paths (refresh, allocate,
 * query) then resolve tags with no allocation and share one key string per segment.
 */
import { activeCategories, type TagCategory, type TagInput, type TagValue } from "../tags.js";

interface IndexedCategory {
  /** radix ** position: the weight of this category's digit in a combination. */
  readonly weight: number;
  /** Value name → index in `category.values` (the first value of that name). */
  readonly values: Map<string, number>;
}

export interface TagIndex {
  readonly active: readonly TagCategory[];
  /** Null when a fast lookup is impossible (duplicate category names, too many combinations). */
  readonly byName: Map<string, IndexedCategory> | null;
  readonly radix: number;
  /** Memoised results per combination, one map per kind of result. */
  readonly memo: Map<string, Map<number, unknown>>;
}

const indexes = new WeakMap<readonly TagCategory[], TagIndex>();

// The configuration asked for last: hot paths resolve item after item against one configuration.
let lastCategories: readonly TagCategory[] | undefined;
let lastIndex: TagIndex | undefined;

/** The index of a tag configuration (built on first use). */
export function tagIndex(categories: readonly TagCategory[]): TagIndex {
  if (categories === lastCategories && lastIndex !== undefined) return lastIndex;
  let index = indexes.get(categories);
  if (index === undefined) {
    index = buildIndex(categories);
    indexes.set(categories, index);
  }
  lastCategories = categories;
  lastIndex = index;
  return index;
}

function buildIndex(categories: readonly TagCategory[]): TagIndex {
  const active = activeCategories(categories);
  let byName: Map<string, IndexedCategory> | null = new Map();
  let radix = 2;
  active.forEach((c, position) => {
    const values = new Map<string, number>();
    c.values.forEach((v, i) => {
      if (!values.has(v.value)) values.set(v.value, i);
    });
    if (byName?.has(c.name)) byName = null;
    else byName?.set(c.name, { weight: position, values });
    radix = Math.max(radix, c.values.length + 1);
  });
  if (radix ** active.length > Number.MAX_SAFE_INTEGER) byName = null;
  // Positions become digit weights once the radix is known.
  const weighted = byName === null ? null : new Map([...byName].map(([name, c]) => [name, { weight: radix ** c.weight, values: c.values }]));
  return { active, byName: weighted, radix, memo: new Map() };
}

/**
 * The combination of request tags: one digit per active category (0 = not given, i + 1 = the i-th
 * value), or −1 when the tags need the full (reporting) path: pairs rather than a map, an empty or
 * non-string value, an unknown name or value.
 */
export function tagCombination(index: TagIndex, input: TagInput | undefined): number {
  const byName = index.byName;
  if (byName === null) return -1;
  if (input === undefined) return 0;
  if (Array.isArray(input)) return -1;
  const map = input as Readonly<Record<string, string>>;
  let combination = 0;
  for (const name in map) {
    if (!Object.hasOwn(map, name)) return -1;
    const value = map[name];
    if (typeof value !== "string") return -1;
    const category = byName.get(name);
    if (category === undefined) return -1;
    const at = category.values.get(value);
    if (at === undefined) return -1;
    combination += (at + 1) * category.weight;
  }
  return combination;
}

/** The tag values of a combination, one per active category (undefined where not given). */
export function combinationValues(index: TagIndex, combination: number): (TagValue | undefined)[] {
  return index.active.map((c, position) => {
    const digit = Math.floor(combination / index.radix ** position) % index.radix;
    return digit === 0 ? undefined : c.values[digit - 1];
  });
}

/** The memo of one kind of result for this configuration. */
export function memoOf<T>(index: TagIndex, kind: string): Map<number, T> {
  let memo = index.memo.get(kind);
  if (memo === undefined) {
    memo = new Map();
    index.memo.set(kind, memo);
  }
  return memo as Map<number, T>;
}
