// Request body of refresh and smartRefreshInventory.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { REFRESH_ITEM_LIMIT } from "../rules/limits.js";
import {
  baseRequestShape,
  granularShape,
  KiboDateTimeSchema,
  productIdentityShape,
  QuantitySchema,
  TagsSchema,
  unitsSchema,
} from "./fields.js";

type Schemas = components["schemas"];

/** The absolute count of one product (segment, granular record), or of its future inventory. */
export const RefreshItemSchema = z.object({
  ...productIdentityShape,
  quantity: z.exactOptional(QuantitySchema),
  // Kibo's casing: `lTD` on refresh items, `ltd` on the rows that report it back.
  lTD: z.exactOptional(z.number()),
  floor: z.exactOptional(unitsSchema("floor")),
  safetyStock: z.exactOptional(unitsSchema("safetyStock")),
  retailPrice: z.exactOptional(z.number()),
  currencyID: z.exactOptional(z.int()),
  binID: z.exactOptional(z.int()),
  inventoryLocatorName: z.exactOptional(z.string()),
  attributes: z.exactOptional(z.array(z.string())),
  tags: z.exactOptional(TagsSchema),
  deliveryDate: z.exactOptional(KiboDateTimeSchema),
  externalID: z.exactOptional(z.string()),
  ...granularShape,
  includeItemsWithInfiniteInventoryFlag: z.exactOptional(z.boolean()),
});

/** Body of `refresh` and `smartRefreshInventory`: absolute counts at one location. */
export const RefreshRequestSchema = z.object({
  ...baseRequestShape,
  locationCode: z.string().check(z.minLength(1, "locationCode is required")),
  items: z
    .array(RefreshItemSchema)
    .check(
      z.maxLength(
        REFRESH_ITEM_LIMIT,
        `a refresh takes at most ${REFRESH_ITEM_LIMIT} items; split it into several calls`,
      ),
    ),
});

const _refreshItem: SchemaMatches<typeof RefreshItemSchema, Schemas["RefreshItem"]> = true;
const _refreshRequest: SchemaMatches<typeof RefreshRequestSchema, Schemas["RefreshRequest"]> = true;
