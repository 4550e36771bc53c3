/**
 * The lookup index of one tag configuration: category name → position and value name → value. It
 * turns request tags into a small number (a "combination") without building anything, so the
 * resolved segment keys, write targets and query filters of a combination can be memoised: hot
 * paths (refresh, allocate, query) then resolve tags with no allocation and share one key string
 * per segment.
 *
 * The index is derived data kept in the state beside the configuration it indexes
 * (`InventoryState.tagIndex`, set with `tagCategories` by `withTagCategories`): it is built when
 * the configuration changes and shared by every later state with that configuration, so a read is
 * one property load. It is never exported in a snapshot; an import builds it again.
 */
import { activeCategories, type TagCategory, type TagInput } from "../tags.js";

interface IndexedCategory {
  /** radix ** position: the weight of this category's digit in a combination. */
  readonly weight: number;
  /** Value name → index in `category.values` (the first value of that name). */
  readonly values: ReadonlyMap<string, number>;
}

/**
 * Results memoised per combination, one map per kind of result (see segment.ts), filled on first
 * use. They depend on the configuration alone, so states that share it share them.
 */
interface TagMemo {
  readonly segment: Map<number, unknown>;
  readonly write: Map<number, unknown>;
  readonly filter: Map<number, unknown>;
  readonly filterDefaults: Map<number, unknown>;
  /** Segment key → its frozen `{category: value}` map. */
  readonly tagsByKey: Map<string, Readonly<Record<string, string>>>;
}

export interface TagIndex {
  /** The configuration indexed: the state's `tagCategories` (the same array). */
  readonly categories: readonly TagCategory[];
  readonly active: readonly TagCategory[];
  /** Null when a fast lookup is impossible (duplicate category names, too many combinations). */
  readonly byName: ReadonlyMap<string, IndexedCategory> | null;
  readonly radix: number;
  readonly memo: TagMemo;
}

/** Builds the index of a tag configuration. Cost: O(categories + values). */
export function buildTagIndex(categories: readonly TagCategory[]): TagIndex {
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
  const memo: TagMemo = { segment: new Map(), write: new Map(), filter: new Map(), filterDefaults: new Map(), tagsByKey: new Map() };
  return { categories, active, byName: weighted, radix, memo };
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
