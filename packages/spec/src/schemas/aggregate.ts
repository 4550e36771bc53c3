// Request body of aggregate.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { baseRequestShape, KiboDateTimeSchema, TagsSchema } from "./fields.js";
import { InventoryItemSchema } from "./inventory-query.js";

type Schemas = components["schemas"];

/** Body of `aggregate`: products to sum over locations. */
export const AggregateRequestSchema = z.object({
  items: z.array(InventoryItemSchema),
  ignoreSafetyStock: z.exactOptional(z.boolean()),
  includeNegativeInventory: z.exactOptional(z.boolean()),
  directShip: z.exactOptional(z.boolean()),
  transferEnabled: z.exactOptional(z.boolean()),
  pickup: z.exactOptional(z.boolean()),
  tags: z.exactOptional(TagsSchema),
  includeFutureInventory: z.exactOptional(z.enum(["futureOnly", "futureAndCurrent"])),
  includeNegativeFutureInventory: z.exactOptional(z.boolean()),
  futureStartDate: z.exactOptional(KiboDateTimeSchema),
  futureEndDate: z.exactOptional(KiboDateTimeSchema),
  forceDefaultsForUnspecifiedTagCategories: z.exactOptional(z.boolean()),
  ...baseRequestShape,
});

const _aggregateRequest: SchemaMatches<typeof AggregateRequestSchema, Schemas["AggregateRequest"]> = true;
