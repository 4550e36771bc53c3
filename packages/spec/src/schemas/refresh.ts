// Request body of refresh and smartRefreshInventory.
import * as z from "zod";
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
  quantity: QuantitySchema.exactOptional(),
  // Kibo's casing: `lTD` on refresh items, `ltd` on the rows that report it back.
  lTD: z.number().exactOptional(),
  floor: unitsSchema("floor").exactOptional(),
  safetyStock: unitsSchema("safetyStock").exactOptional(),
  retailPrice: z.number().exactOptional(),
  currencyID: z.int().exactOptional(),
  binID: z.int().exactOptional(),
  inventoryLocatorName: z.string().exactOptional(),
  attributes: z.array(z.string()).exactOptional(),
  tags: TagsSchema.exactOptional(),
  deliveryDate: KiboDateTimeSchema.exactOptional(),
  externalID: z.string().exactOptional(),
  ...granularShape,
  includeItemsWithInfiniteInventoryFlag: z.boolean().exactOptional(),
});

/** Body of `refresh` and `smartRefreshInventory`: absolute counts at one location. */
export const RefreshRequestSchema = z.object({
  ...baseRequestShape,
  locationCode: z.string().min(1, "locationCode is required"),
  items: z
    .array(RefreshItemSchema)
    .max(REFRESH_ITEM_LIMIT, `a refresh takes at most ${REFRESH_ITEM_LIMIT} items; split it into several calls`),
});

const _refreshItem: SchemaMatches<typeof RefreshItemSchema, Schemas["RefreshItem"]> = true;
const _refreshRequest: SchemaMatches<typeof RefreshRequestSchema, Schemas["RefreshRequest"]> = true;
