// Request bodies of deleteInventory, deleteItems and deleteFutureInventory.
import * as z from "zod";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { DELETE_ITEM_LIMIT } from "../rules/limits.js";
import { granularShape, KiboDateTimeSchema, productIdentityShape, TagsSchema } from "./fields.js";
import { InventoryItemSchema } from "./inventory-query.js";

type Schemas = components["schemas"];

const scopeShape = {
  locationCodes: z.array(z.string()).exactOptional(),
  allLocations: z.boolean().exactOptional(),
  dryRun: z.boolean().exactOptional(),
  explicit: z.boolean().exactOptional(),
};

/** Body of `deleteInventory`: a product pattern (basic regex allowed) and where to delete it. */
export const DeleteItemRequestSchema = z.object({
  ...productIdentityShape,
  tags: TagsSchema.exactOptional(),
  ...scopeShape,
  ...granularShape,
  deleteGranularRecord: z.boolean().exactOptional(),
});

/** Body of `deleteItems`: up to 1,000 products and where to delete them. */
export const DeleteItemsRequestSchema = z.object({
  items: z
    .array(InventoryItemSchema)
    .max(
      DELETE_ITEM_LIMIT,
      `deleteItems takes at most ${DELETE_ITEM_LIMIT} items; split it into several calls`,
    )
    .exactOptional(),
  tags: TagsSchema.exactOptional(),
  ...scopeShape,
});

/** Body of `deleteFutureInventory`: a delivery-date window (required) and filters. */
export const DeleteFutureItemRequestSchema = z.object({
  futureStartDate: KiboDateTimeSchema,
  futureEndDate: KiboDateTimeSchema,
  externalIDs: z.array(z.string()).exactOptional(),
  ...productIdentityShape,
  ...scopeShape,
  ...granularShape,
  deleteGranularRecord: z.boolean().exactOptional(),
});

const _deleteItem: SchemaMatches<typeof DeleteItemRequestSchema, Schemas["DeleteItemRequest"]> = true;
const _deleteItems: SchemaMatches<typeof DeleteItemsRequestSchema, Schemas["DeleteItemsRequest"]> = true;
const _deleteFuture: SchemaMatches<typeof DeleteFutureItemRequestSchema, Schemas["DeleteFutureItemRequest"]> = true;
