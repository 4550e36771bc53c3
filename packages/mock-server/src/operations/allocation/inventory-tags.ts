/**
 * `inventoryTags` on an allocate, deallocate or fulfill item (D19): Kibo's order-side spelling of
 * `tags`, never ignored. `[{"name": "Channel", "value": "Target"}]` is `{"Channel": "Target"}`;
 * the rules are the order items' (a blank value or a name given twice is caught by the schema, an
 * unknown name or value here, at `items[i].inventoryTags[j].name` / `.value`). An item giving both
 * spellings must name the same segment with each — categories not named take their default, so
 * `{"Channel": "Warehouse"}` agrees with `[]` when Warehouse is the default — else 400 at
 * `items[i].inventoryTags` (`TAGS_CONFLICT`). Every bad item is listed, with the engine's own
 * problems, and nothing is applied.
 */
import {
  checkInventoryTags,
  detail,
  domainError,
  type ErrorDetail,
  fail,
  type InventoryState,
  itemSegment,
  type Result,
  resolveSegment,
  type TagInput,
} from "@kibo-inventory/engine";
import type { components } from "@kibo-inventory/spec";
import { tagPairsFromWire, tagsFromWire } from "../../mapping/tags.js";

type WireAllocateItem = components["schemas"]["AllocateItem"];

/** The tags each item allocates with, and the problems of the items whose `inventoryTags` are bad. */
function itemTags(state: InventoryState, items: readonly WireAllocateItem[]): { tags: (TagInput | undefined)[]; details: ErrorDetail[] } {
  const details: ErrorDetail[] = [];
  const tags = items.map((item, index) => {
    const map = tagsFromWire(item.tags);
    if (item.inventoryTags === undefined) return map;
    if (!checkInventoryTags(state.tagCategories, item.inventoryTags, details, index)) return map;
    const pairs = tagPairsFromWire(item.inventoryTags);
    if (map === undefined) return pairs;
    const fromPairs = itemSegment(state, item.inventoryTags);
    const fromMap = resolveSegment(state.tagIndex, map, index);
    // A bad `tags` map is the engine's to report; only two valid, different segments conflict.
    if (fromMap.ok && fromPairs !== undefined && fromMap.value !== fromPairs.segmentKey) {
      details.push(detail("inventoryTags", "tags_conflict", "inventoryTags and tags name different segments; give one, or the same segment in both", index));
    }
    return map;
  });
  return { tags, details };
}

/**
 * Runs `command` on the items with their tags resolved from either spelling (see the module doc).
 * Bad `inventoryTags` fail the whole request as `validation_failed`, together with whatever the
 * engine found in the other items.
 */
export function withInventoryTags<V>(
  state: InventoryState,
  items: readonly WireAllocateItem[],
  command: (tags: readonly (TagInput | undefined)[]) => Result<InventoryState, V>,
): Result<InventoryState, V> {
  const { tags, details } = itemTags(state, items);
  const result = command(tags);
  if (details.length === 0) return result;
  const engine = !result.ok && result.error.code === "validation_failed" ? result.error.details : [];
  const all = [...details, ...engine].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return fail(domainError("validation_failed", `Validation failed: ${all.length} problem(s) in the request.`, all));
}
