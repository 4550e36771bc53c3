// Request body of adjust and smartAdjustInventory.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { ADJUST_ITEM_LIMIT } from "../rules/limits.js";
import {
  baseRequestShape,
  granularShape,
  KiboDateTimeSchema,
  productIdentityShape,
  QuantitySchema,
  TagsSchema,
} from "./fields.js";

type Schemas = components["schemas"];

/** A signed change to one product (segment, granular record), or to its future inventory. */
export const AdjustItemSchema = z.object({
  quantity: QuantitySchema,
  ...productIdentityShape,
  binID: z.exactOptional(z.int()),
  tags: z.exactOptional(TagsSchema),
  deliveryDate: z.exactOptional(KiboDateTimeSchema),
  externalID: z.exactOptional(z.string()),
  ...granularShape,
  includeItemsWithInfiniteInventoryFlag: z.exactOptional(z.boolean()),
});

/** Body of `adjust` and `smartAdjustInventory`: signed changes at one location. */
export const AdjustRequestSchema = z.object({
  ...baseRequestShape,
  locationCode: z.string().check(z.minLength(1, "locationCode is required")),
  items: z
    .array(AdjustItemSchema)
    .check(
      z.maxLength(ADJUST_ITEM_LIMIT, `an adjust takes at most ${ADJUST_ITEM_LIMIT} items; split it into several calls`),
    ),
});

const _adjustItem: SchemaMatches<typeof AdjustItemSchema, Schemas["AdjustItem"]> = true;
const _adjustRequest: SchemaMatches<typeof AdjustRequestSchema, Schemas["AdjustRequest"]> = true;
