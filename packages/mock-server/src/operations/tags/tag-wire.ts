/** Tag categories and values: engine ↔ wire (`TagCategory` with `tags: InventoryTag[]`). */
import type { TagCategory, TagValue, TagValueInput } from "@kibo-inventory/engine";
import type { Schemas } from "@kibo-inventory/spec";
import { MockHttpError } from "../../http/errors.js";
import { compact } from "../shared/compact.js";

type WireTagCategory = Schemas["TagCategory"];
type WireTag = Schemas["InventoryTag"];

/** Engine detail field names of tag commands → wire names. */
export const TAG_FIELD_NAMES: Readonly<Record<string, string>> = { value: "tagValue", values: "tags" };

/** A value as answered. */
export function toWireTag(v: TagValue): WireTag {
  return { tagID: v.tagId, tagValue: v.value, isDefault: v.isDefault, ...compact({ percent: v.percent }), created: v.created, updated: v.updated };
}

/** A category as answered. */
export function toWireCategory(c: TagCategory): WireTagCategory {
  return { tagCategoryID: c.tagCategoryId, name: c.name, created: c.created, tags: c.values.map(toWireTag) };
}

/**
 * A wire value as engine input. `tagValue` is optional in the shared schema (it is also the answer
 * shape); as input it is required — 400 naming `field` otherwise.
 */
export function toValueInput(tag: WireTag, field: string, index?: number): TagValueInput {
  if (tag.tagValue === undefined) {
    throw new MockHttpError("validation_failed", "A tag value is required.", {
      items: [{ ...(index === undefined ? {} : { index }), field, code: "REQUIRED", message: "tagValue is required" }],
    });
  }
  return { value: tag.tagValue, ...compact({ isDefault: tag.isDefault, percent: tag.percent }) };
}

/** Every value of a category body, checked whole: 400 lists every value without `tagValue`. */
export function toValueInputs(tags: readonly WireTag[]): TagValueInput[] {
  const missing = tags.flatMap((t, index) => (t.tagValue === undefined ? [index] : []));
  if (missing.length > 0) {
    throw new MockHttpError("validation_failed", "Every tag needs a tagValue.", {
      items: missing.map((index) => ({ index, field: `tags[${index}].tagValue`, code: "REQUIRED", message: "tagValue is required" })),
    });
  }
  return tags.map((t, i) => toValueInput(t, `tags[${i}].tagValue`, i));
}
