// Request bodies of deleteInventory, deleteItems and deleteFutureInventory.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { DELETE_ITEM_LIMIT } from "../rules/limits.js";
import { granularShape, KiboDateTimeSchema, productIdentityShape, TagsSchema } from "./fields.js";
import { InventoryItemSchema } from "./inventory-query.js";

type Schemas = components["schemas"];

const scopeShape = {
  locationCodes: z.exactOptional(z.array(z.string())),
  allLocations: z.exactOptional(z.boolean()),
  dryRun: z.exactOptional(z.boolean()),
  explicit: z.exactOptional(z.boolean()),
};

/** Body of `deleteInventory`: a product pattern (basic regex allowed) and where to delete it. */
export const DeleteItemRequestSchema = z.object({
  ...productIdentityShape,
  tags: z.exactOptional(TagsSchema),
  ...scopeShape,
  ...granularShape,
  deleteGranularRecord: z.exactOptional(z.boolean()),
});

/** Body of `deleteItems`: up to 1,000 products and where to delete them. */
export const DeleteItemsRequestSchema = z.object({
  items: z.exactOptional(
    z
      .array(InventoryItemSchema)
      .check(
        z.maxLength(
          DELETE_ITEM_LIMIT,
          `deleteItems takes at most ${DELETE_ITEM_LIMIT} items; split it into several calls`,
        ),
      ),
  ),
  tags: z.exactOptional(TagsSchema),
  ...scopeShape,
});

/** Body of `deleteFutureInventory`: a delivery-date window (required) and filters. */
export const DeleteFutureItemRequestSchema = z.object({
  futureStartDate: KiboDateTimeSchema,
  futureEndDate: KiboDateTimeSchema,
  externalIDs: z.exactOptional(z.array(z.string())),
  ...productIdentityShape,
  ...scopeShape,
  ...granularShape,
  deleteGranularRecord: z.exactOptional(z.boolean()),
});

const _deleteItem: SchemaMatches<typeof DeleteItemRequestSchema, Schemas["DeleteItemRequest"]> = true;
const _deleteItems: SchemaMatches<typeof DeleteItemsRequestSchema, Schemas["DeleteItemsRequest"]> = true;
const _deleteFuture: SchemaMatches<typeof DeleteFutureItemRequestSchema, Schemas["DeleteFutureItemRequest"]> = true;
