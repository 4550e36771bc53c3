// Request bodies of the allocation family: allocateInventory, deallocateInventory,
// fulfillInventory, transitionCart, blockAssignment, getOrderItemInformation and
// getShipmentInventoryAllocations.
import * as z from "zod/mini";
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
  locationCode: z.exactOptional(z.string()),
  ...productIdentityShape,
  tags: z.exactOptional(TagsSchema),
  // Kibo's order-side spelling of `tags`; the server checks names and values and that both agree.
  inventoryTags: z.exactOptional(InventoryTagsSchema),
  ucpOrderID: z.exactOptional(z.string()),
  cartID: z.exactOptional(z.string()),
  cartItemID: z.exactOptional(z.string()),
  reservationID: z.exactOptional(z.string()),
  previousOrderItemID: z.exactOptional(z.int()),
  binID: z.exactOptional(z.int()),
  blockAssignment: z.exactOptional(z.boolean()),
  holdBlockAssignment: z.exactOptional(z.boolean()),
  futureDate: z.exactOptional(KiboDateTimeSchema),
  inventoryID: z.exactOptional(z.int()),
  // Granular filters; only allocate reads them. serialNumber is limited to 30 characters.
  ...granularShape,
});

/** Body of `allocateInventory`, `deallocateInventory` and `fulfillInventory`. */
export const AllocateInventoryRequestSchema = z.object({
  items: z
    .array(AllocateItemSchema)
    .check(
      z.maxLength(
        ALLOCATE_ITEM_LIMIT,
        `one call takes at most ${ALLOCATE_ITEM_LIMIT} items; split it into several calls`,
      ),
    ),
  runSynchronous: z.exactOptional(z.boolean()),
  autoAssign: z.exactOptional(z.boolean()),
  decrementOnHandOnDeallocate: z.exactOptional(z.boolean()),
  orderDate: z.exactOptional(KiboDateTimeSchema),
  orderWeight: z.exactOptional(z.number()),
  ...baseRequestShape,
});

export const TransitionCartItemSchema = z.object({
  cartItemID: z.string(),
  orderItemID: z.int(),
  shipmentID: z.int(),
  transitionItemID: z.exactOptional(z.int()),
  futureDate: z.exactOptional(KiboDateTimeSchema),
  locationCode: z.exactOptional(z.string()),
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
  holdBlockAssignment: z.exactOptional(z.boolean()),
  ...productIdentityShape,
  quantity: z.exactOptional(QuantitySchema),
});

/** Body of `blockAssignment`. */
export const BlockAssignmentRequestSchema = z.object({
  items: z.array(BlockAssignmentItemSchema),
  ...baseRequestShape,
});

/** Body of `getOrderItemInformation`. */
export const OrderItemInformationRequestSchema = z.object({
  orderID: z.exactOptional(z.int()),
  items: z.exactOptional(z.array(InventoryItemSchema)),
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
const _orderItemInfo: SchemaMatches<typeof OrderItemInformationRequestSchema, Schemas["OrderItemInformationRequest"]> =
  true;
const _shipmentAllocations: SchemaMatches<
  typeof ShipmentInventoryAllocationRequestSchema,
  Schemas["ShipmentInventoryAllocationRequest"]
> = true;
