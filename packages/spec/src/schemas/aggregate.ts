// Request body of aggregate.
import * as z from "zod";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { baseRequestShape, KiboDateTimeSchema, TagsSchema } from "./fields.js";
import { InventoryItemSchema } from "./inventory-query.js";

type Schemas = components["schemas"];

/** Body of `aggregate`: products to sum over locations. */
export const AggregateRequestSchema = z.object({
  items: z.array(InventoryItemSchema),
  ignoreSafetyStock: z.boolean().exactOptional(),
  includeNegativeInventory: z.boolean().exactOptional(),
  directShip: z.boolean().exactOptional(),
  transferEnabled: z.boolean().exactOptional(),
  pickup: z.boolean().exactOptional(),
  tags: TagsSchema.exactOptional(),
  includeFutureInventory: z.enum(["futureOnly", "futureAndCurrent"]).exactOptional(),
  includeNegativeFutureInventory: z.boolean().exactOptional(),
  futureStartDate: KiboDateTimeSchema.exactOptional(),
  futureEndDate: KiboDateTimeSchema.exactOptional(),
  forceDefaultsForUnspecifiedTagCategories: z.boolean().exactOptional(),
  ...baseRequestShape,
});

const _aggregateRequest: SchemaMatches<typeof AggregateRequestSchema, Schemas["AggregateRequest"]> = true;
