// Request bodies of the tag calls: updateTagCategory (TagCategory) and createTag/updateTag
// (InventoryTag).
import * as z from "zod";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** A tag value. `percent` is a whole percentage from 0 to 100, or absent in a discrete category. */
export const InventoryTagSchema = z.object({
  tagID: z.int().exactOptional(),
  tagValue: z.string().min(1, "tagValue must not be empty").exactOptional(),
  isDefault: z.boolean().exactOptional(),
  percent: z
    .int("percent must be a whole number")
    .min(0, "percent must be between 0 and 100")
    .max(100, "percent must be between 0 and 100")
    .exactOptional(),
  created: z.string().exactOptional(),
  updated: z.string().exactOptional(),
});

/** A tag category and its values (the body of `updateTagCategory`). */
export const TagCategorySchema = z.object({
  tagCategoryID: z.int().exactOptional(),
  name: z.string().min(1, "name must not be empty").exactOptional(),
  created: z.string().exactOptional(),
  tags: z.array(InventoryTagSchema).exactOptional(),
  deletionJobIds: z.array(z.int()).exactOptional(),
});

const _inventoryTag: SchemaMatches<typeof InventoryTagSchema, Schemas["InventoryTag"]> = true;
const _tagCategory: SchemaMatches<typeof TagCategorySchema, Schemas["TagCategory"]> = true;
