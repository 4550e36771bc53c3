// Request bodies of the inventory queries (postQueryInventory, postQueryRealtimeInventory) and the
// product item shapes other bodies reuse.
import * as z from "zod";
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
  quantity: QuantitySchema.exactOptional(),
  tags: TagsSchema.exactOptional(),
  ...granularShape,
});

/** A product with a segment and granular values, without a quantity. */
export const InventoryItemSchema = z.object({
  ...productIdentityShape,
  tags: TagsSchema.exactOptional(),
  ...granularShape,
});

/** Where the shopper is, or the single location to use. */
export const RequestLocationSchema = z.object({
  locationCode: z.string().exactOptional(),
  postalCode: z.string().exactOptional(),
  countryCode: z.string().exactOptional(),
  latitude: z.number().exactOptional(),
  longitude: z.number().exactOptional(),
  radius: z.number().exactOptional(),
  unit: z.enum(["MILES", "KM"]).exactOptional(),
  addressID: z.int().exactOptional(),
  customerID: z.int().exactOptional(),
  addressLine1: z.string().exactOptional(),
  city: z.string().exactOptional(),
  state: z.string().exactOptional(),
  phone: z.string().exactOptional(),
});

/** Body of `postQueryInventory` and `postQueryRealtimeInventory`. */
export const InventoryRequestSchema = z.object({
  type: z.enum(["ALL", "PARTIAL", "ANY", "ALL_STORES"]),
  items: z.array(ItemQuantitySchema),
  requestLocation: RequestLocationSchema.exactOptional(),
  limit: z.int().min(1, "limit must be at least 1").exactOptional(),
  locationWhitelist: z.array(z.string()).exactOptional(),
  locationBlacklist: z.array(z.string()).exactOptional(),
  locationPriorityList: z.array(z.string()).exactOptional(),
  ignoreSafetyStock: z.boolean().exactOptional(),
  includeNegativeInventory: z.boolean().exactOptional(),
  directShip: z.boolean().exactOptional(),
  transferEnabled: z.boolean().exactOptional(),
  pickup: z.boolean().exactOptional(),
  includeInAggregateExport: z.boolean().exactOptional(),
  includeInLocationExport: z.boolean().exactOptional(),
  excludeBlockedAssignment: z.boolean().exactOptional(),
  includeAttributes: z.boolean().exactOptional(),
  includeFutureInventory: z.boolean().exactOptional(),
  includeNegativeFutureInventory: z.boolean().exactOptional(),
  deliveryDateAfter: KiboDateTimeSchema.exactOptional(),
  deliveryDateBefore: KiboDateTimeSchema.exactOptional(),
  sortByEnum: z.enum(["ON_HAND", "AVAILABLE", "ALLOCATED", "PART_NUMBER", "PRODUCT_ID"]).exactOptional(),
  sortDescending: z.boolean().exactOptional(),
  forceDefaultsForUnspecifiedTagCategories: z.boolean().exactOptional(),
  tags: TagsSchema.exactOptional(),
  includeItemsWithInfiniteInventoryFlag: z.boolean().exactOptional(),
  ...baseRequestShape,
});

const _itemQuantity: SchemaMatches<typeof ItemQuantitySchema, Schemas["ItemQuantity"]> = true;
const _inventoryItem: SchemaMatches<typeof InventoryItemSchema, Schemas["InventoryItem"]> = true;
const _requestLocation: SchemaMatches<typeof RequestLocationSchema, Schemas["RequestLocation"]> = true;
const _inventoryRequest: SchemaMatches<typeof InventoryRequestSchema, Schemas["InventoryRequest"]> = true;
