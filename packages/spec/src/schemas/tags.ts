// Request bodies of the tag calls: updateTagCategory (TagCategory) and createTag/updateTag
// (InventoryTag).
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** A tag value. `percent` is a whole percentage from 0 to 100, or absent in a discrete category. */
export const InventoryTagSchema = z.object({
  tagID: z.exactOptional(z.int()),
  tagValue: z.exactOptional(z.string().check(z.minLength(1, "tagValue must not be empty"))),
  isDefault: z.exactOptional(z.boolean()),
  percent: z.exactOptional(
    z
      .int("percent must be a whole number")
      .check(z.minimum(0, "percent must be between 0 and 100"), z.maximum(100, "percent must be between 0 and 100")),
  ),
  created: z.exactOptional(z.string()),
  updated: z.exactOptional(z.string()),
});

/** A tag category and its values (the body of `updateTagCategory`). */
export const TagCategorySchema = z.object({
  tagCategoryID: z.exactOptional(z.int()),
  name: z.exactOptional(z.string().check(z.minLength(1, "name must not be empty"))),
  created: z.exactOptional(z.string()),
  tags: z.exactOptional(z.array(InventoryTagSchema)),
  deletionJobIds: z.exactOptional(z.array(z.int())),
});

const _inventoryTag: SchemaMatches<typeof InventoryTagSchema, Schemas["InventoryTag"]> = true;
const _tagCategory: SchemaMatches<typeof TagCategorySchema, Schemas["TagCategory"]> = true;
