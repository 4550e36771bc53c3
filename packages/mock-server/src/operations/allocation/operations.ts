import type { OperationList } from "../registry.js";
import { allocateInventory, deallocateInventory, fulfillInventory } from "./allocation.js";
import { blockAssignment, transitionCartHandler } from "./cart-block.js";
import { getOrderItemInformation, getShipmentInventoryAllocations } from "./order-allocations.js";

/** Allocation (D10, D11): allocate, deallocate, fulfill, carts and pending, and the allocation reads by order. */
export const allocationOperations = {
  allocateInventory,
  deallocateInventory,
  fulfillInventory,
  transitionCart: transitionCartHandler,
  blockAssignment,
  getOrderItemInformation,
  getShipmentInventoryAllocations,
} satisfies OperationList;
