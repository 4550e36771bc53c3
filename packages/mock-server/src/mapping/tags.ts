/**
 * Tags between the wire and the engine. Inventory calls send a segment as a map
 * (`{"Channel": "Web"}`); order items send `inventoryTags: [{name, value}]`. The engine takes
 * either (`TagInput`) and reports a segment as a key of tag ids; rows report it back as a map.
 */
import { type InventoryState, keyToTags, type TagInput, type TagPair } from "@kibo-inventory/engine";

/** A wire tag map as the engine's tag input; `undefined` when absent (every category at its default). */
export function tagsFromWire(tags: Readonly<Record<string, string>> | undefined): TagInput | undefined {
  return tags === undefined ? undefined : { ...tags };
}

/** `inventoryTags: [{name, value}]` as engine tag pairs (the engine rejects duplicates and blanks). */
export function tagPairsFromWire(pairs: readonly { name?: string; value?: string }[] | undefined): TagInput | undefined {
  if (pairs === undefined) return undefined;
  return pairs.map((p): TagPair => ({ name: p.name ?? "", value: p.value ?? "" }));
}

/** The wire tag map of an engine segment key (`{}` when the tenant has no tag categories). */
export function segmentTagsToWire(state: InventoryState, segmentKey: string): Record<string, string> {
  return keyToTags(state.tagCategories, segmentKey);
}
