// Request bodies of the allocation family: allocateInventory, deallocateInventory,
// fulfillInventory, transitionCart, blockAssignment, getOrderItemInformation and
// getShipmentInventoryAllocations.
import * as z from "zod";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { ALLOCATE_ITEM_LIMIT } from "../rules/limits.js";
import {
  baseRequestShape,
  granularShape,
  KiboDateTimeSchema,
  productIdentityShape,
  QuantitySchema,
  TagsSchema,
} from "./fields.js";
import { InventoryTagsSchema } from "./commerce-items.js";
import { InventoryItemSchema } from "./inventory-query.js";

type Schemas = components["schemas"];

/** One order item to allocate, deallocate or fulfill. */
export const AllocateItemSchema = z.object({
  orderID: z.int("orderID must be a whole number"),
  orderItemID: z.int("orderItemID must be a whole number"),
  shipmentID: z.int("shipmentID must be a whole number"),
  quantity: QuantitySchema,
  locationCode: z.string().exactOptional(),
  ...productIdentityShape,
  tags: TagsSchema.exactOptional(),
  // Kibo's order-side spelling of `tags`; the server checks names and values and that both agree.
  inventoryTags: InventoryTagsSchema.exactOptional(),
  ucpOrderID: z.string().exactOptional(),
  cartID: z.string().exactOptional(),
  cartItemID: z.string().exactOptional(),
  reservationID: z.string().exactOptional(),
  previousOrderItemID: z.int().exactOptional(),
  binID: z.int().exactOptional(),
  blockAssignment: z.boolean().exactOptional(),
  holdBlockAssignment: z.boolean().exactOptional(),
  futureDate: KiboDateTimeSchema.exactOptional(),
  inventoryID: z.int().exactOptional(),
  // Granular filters; only allocate reads them. serialNumber is limited to 30 characters.
  ...granularShape,
});

/** Body of `allocateInventory`, `deallocateInventory` and `fulfillInventory`. */
export const AllocateInventoryRequestSchema = z.object({
  items: z
    .array(AllocateItemSchema)
    .max(ALLOCATE_ITEM_LIMIT, `one call takes at most ${ALLOCATE_ITEM_LIMIT} items; split it into several calls`),
  runSynchronous: z.boolean().exactOptional(),
  autoAssign: z.boolean().exactOptional(),
  decrementOnHandOnDeallocate: z.boolean().exactOptional(),
  orderDate: KiboDateTimeSchema.exactOptional(),
  orderWeight: z.number().exactOptional(),
  ...baseRequestShape,
});

export const TransitionCartItemSchema = z.object({
  cartItemID: z.string(),
  orderItemID: z.int(),
  shipmentID: z.int(),
  transitionItemID: z.int().exactOptional(),
  futureDate: KiboDateTimeSchema.exactOptional(),
  locationCode: z.string().exactOptional(),
});

/** Body of `transitionCart`: a cart and the order items its reservations move to. */
export const TransitionCartRequestSchema = z.object({
  cartID: z.string(),
  orderID: z.int(),
  items: z.array(TransitionCartItemSchema),
  ...baseRequestShape,
});

export const BlockAssignmentItemSchema = z.object({
  blockAssignment: z.boolean(),
  holdBlockAssignment: z.boolean().exactOptional(),
  ...productIdentityShape,
  quantity: QuantitySchema.exactOptional(),
});

/** Body of `blockAssignment`. */
export const BlockAssignmentRequestSchema = z.object({
  items: z.array(BlockAssignmentItemSchema),
  ...baseRequestShape,
});

/** Body of `getOrderItemInformation`. */
export const OrderItemInformationRequestSchema = z.object({
  orderID: z.int().exactOptional(),
  items: z.array(InventoryItemSchema).exactOptional(),
  ...baseRequestShape,
});

/** Body of `getShipmentInventoryAllocations`. */
export const ShipmentInventoryAllocationRequestSchema = z.object({
  shipmentIDs: z.array(z.int("shipment ids must be whole numbers")),
});

const _allocateItem: SchemaMatches<typeof AllocateItemSchema, Schemas["AllocateItem"]> = true;
const _allocateRequest: SchemaMatches<typeof AllocateInventoryRequestSchema, Schemas["AllocateInventoryRequest"]> =
  true;
const _transitionItem: SchemaMatches<typeof TransitionCartItemSchema, Schemas["TransitionCartItem"]> = true;
const _transitionRequest: SchemaMatches<typeof TransitionCartRequestSchema, Schemas["TransitionCartRequest"]> = true;
const _blockItem: SchemaMatches<typeof BlockAssignmentItemSchema, Schemas["BlockAssignmentItem"]> = true;
const _blockRequest: SchemaMatches<typeof BlockAssignmentRequestSchema, Schemas["BlockAssignmentRequest"]> = true;
const _orderItemInfo: SchemaMatches<
  typeof OrderItemInformationRequestSchema,
  Schemas["OrderItemInformationRequest"]
> = true;
const _shipmentAllocations: SchemaMatches<
  typeof ShipmentInventoryAllocationRequestSchema,
  Schemas["ShipmentInventoryAllocationRequest"]
> = true;
