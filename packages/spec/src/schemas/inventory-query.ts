// Request bodies of the inventory queries (postQueryInventory, postQueryRealtimeInventory) and the
// product item shapes other bodies reuse.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import {
  baseRequestShape,
  granularShape,
  KiboDateTimeSchema,
  productIdentityShape,
  QuantitySchema,
  TagsSchema,
} from "./fields.js";

type Schemas = components["schemas"];

/** A product to look up, optionally limited to a segment and granular values. */
export const ItemQuantitySchema = z.object({
  ...productIdentityShape,
  quantity: z.exactOptional(QuantitySchema),
  tags: z.exactOptional(TagsSchema),
  ...granularShape,
});

/** A product with a segment and granular values, without a quantity. */
export const InventoryItemSchema = z.object({
  ...productIdentityShape,
  tags: z.exactOptional(TagsSchema),
  ...granularShape,
});

/** Where the shopper is, or the single location to use. */
export const RequestLocationSchema = z.object({
  locationCode: z.exactOptional(z.string()),
  postalCode: z.exactOptional(z.string()),
  countryCode: z.exactOptional(z.string()),
  latitude: z.exactOptional(z.number()),
  longitude: z.exactOptional(z.number()),
  radius: z.exactOptional(z.number()),
  unit: z.exactOptional(z.enum(["MILES", "KM"])),
  addressID: z.exactOptional(z.int()),
  customerID: z.exactOptional(z.int()),
  addressLine1: z.exactOptional(z.string()),
  city: z.exactOptional(z.string()),
  state: z.exactOptional(z.string()),
  phone: z.exactOptional(z.string()),
});

/** Body of `postQueryInventory` and `postQueryRealtimeInventory`. */
export const InventoryRequestSchema = z.object({
  type: z.enum(["ALL", "PARTIAL", "ANY", "ALL_STORES"]),
  items: z.array(ItemQuantitySchema),
  requestLocation: z.exactOptional(RequestLocationSchema),
  limit: z.exactOptional(z.int().check(z.minimum(1, "limit must be at least 1"))),
  locationWhitelist: z.exactOptional(z.array(z.string())),
  locationBlacklist: z.exactOptional(z.array(z.string())),
  locationPriorityList: z.exactOptional(z.array(z.string())),
  ignoreSafetyStock: z.exactOptional(z.boolean()),
  includeNegativeInventory: z.exactOptional(z.boolean()),
  directShip: z.exactOptional(z.boolean()),
  transferEnabled: z.exactOptional(z.boolean()),
  pickup: z.exactOptional(z.boolean()),
  includeInAggregateExport: z.exactOptional(z.boolean()),
  includeInLocationExport: z.exactOptional(z.boolean()),
  excludeBlockedAssignment: z.exactOptional(z.boolean()),
  includeAttributes: z.exactOptional(z.boolean()),
  includeFutureInventory: z.exactOptional(z.boolean()),
  includeNegativeFutureInventory: z.exactOptional(z.boolean()),
  deliveryDateAfter: z.exactOptional(KiboDateTimeSchema),
  deliveryDateBefore: z.exactOptional(KiboDateTimeSchema),
  sortByEnum: z.exactOptional(z.enum(["ON_HAND", "AVAILABLE", "ALLOCATED", "PART_NUMBER", "PRODUCT_ID"])),
  sortDescending: z.exactOptional(z.boolean()),
  forceDefaultsForUnspecifiedTagCategories: z.exactOptional(z.boolean()),
  tags: z.exactOptional(TagsSchema),
  includeItemsWithInfiniteInventoryFlag: z.exactOptional(z.boolean()),
  ...baseRequestShape,
});

const _itemQuantity: SchemaMatches<typeof ItemQuantitySchema, Schemas["ItemQuantity"]> = true;
const _inventoryItem: SchemaMatches<typeof InventoryItemSchema, Schemas["InventoryItem"]> = true;
const _requestLocation: SchemaMatches<typeof RequestLocationSchema, Schemas["RequestLocation"]> = true;
const _inventoryRequest: SchemaMatches<typeof InventoryRequestSchema, Schemas["InventoryRequest"]> = true;
