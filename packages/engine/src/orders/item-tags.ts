/**
 * Order-side tags (D6, D19): `inventoryTags: [{name, value}]` on cart, checkout and order items.
 * A name without a value, a name twice on one item, or an unknown name or value is a validation
 * error naming the tag (`inventoryTags[j].name` / `.value`, with the item's index). Categories not
 * named take their default; different items may use different values of one category.
 */
import { detail, type ErrorDetail } from "../errors.js";
import type { SegmentKey } from "../records.js";
import { keyToTags, resolveSegment } from "../segment.js";
import type { InventoryState } from "../state.js";
import type { TagCategory, TagPair } from "../tags.js";

/** Checks one item's tags, pushing one detail per bad tag (index = the item's index). */
export function checkInventoryTags(
  categories: readonly TagCategory[],
  tags: unknown,
  details: ErrorDetail[],
  index?: number,
): boolean {
  if (tags === undefined || tags === null) return true;
  if (!Array.isArray(tags)) {
    details.push(detail("inventoryTags", "invalid", "inventoryTags must be an array of {name, value}", index));
    return false;
  }
  const before = details.length;
  const seen = new Set<string>();
  tags.forEach((tag: unknown, j) => {
    const t = (typeof tag === "object" && tag !== null ? tag : {}) as { name?: unknown; value?: unknown };
    const field = `inventoryTags[${j}]`;
    if (typeof t.name !== "string" || t.name === "") {
      details.push(detail(`${field}.name`, "required", "A tag needs a name", index));
      return;
    }
    const name = t.name;
    if (seen.has(name)) {
      details.push(detail(`${field}.name`, "duplicate_tag", `Tag ${name} is given more than once`, index));
      return;
    }
    seen.add(name);
    const category = categories.find((c) => c.name === name && c.values.length > 0);
    if (category === undefined) {
      details.push(detail(`${field}.name`, "unknown_tag_category", `Unknown tag category ${name}`, index));
      return;
    }
    if (typeof t.value !== "string" || t.value === "") {
      details.push(detail(`${field}.value`, "tag_value_required", `Tag ${name} needs a value`, index));
      return;
    }
    const value = t.value;
    if (!category.values.some((v) => v.value === value))
      details.push(detail(`${field}.value`, "unknown_tag_value", `Unknown value ${value} in tag category ${name}`, index));
  });
  return details.length === before;
}

/** Copies valid tags as plain pairs (absent or null → []). */
export function copyTags(tags: readonly TagPair[] | null | undefined): readonly TagPair[] {
  return (tags ?? []).map((t) => ({ name: t.name, value: t.value }));
}

/** The segment of an item with valid tags, and the full tag map (defaults filled in). */
export function itemSegment(
  state: Pick<InventoryState, "tagCategories" | "tagIndex">,
  tags: readonly TagPair[],
): { readonly segmentKey: SegmentKey; readonly tags: Readonly<Record<string, string>> } | undefined {
  const r = resolveSegment(state.tagIndex, tags);
  if (!r.ok) return undefined;
  return { segmentKey: r.value, tags: keyToTags(state.tagCategories, r.value) };
}
