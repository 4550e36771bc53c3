import type { TenantRouteHandler } from "../http/route.js";
import { allocateInventory, deallocateInventory, fulfillInventory } from "./write/allocation.js";
import { blockAssignment, transitionCartHandler } from "./write/cart-block.js";
import { deleteFutureInventoryHandler, deleteInventory, deleteItemsHandler } from "./write/delete.js";
import { adjustFutureDate } from "./write/future-date.js";
import { getJobHandler, getJobsHandler } from "./write/jobs.js";
import { getOrderItemInformation, getShipmentInventoryAllocations } from "./write/order-allocations.js";
import { adjustHandler, refreshHandler, smartAdjustInventory, smartRefreshInventory } from "./write/refresh-adjust.js";

/**
 * The write side of the inventory operations, by operationId (see ./index.ts): stock writes,
 * deletes, future dates, allocation, carts, allocation reads and jobs. Handlers live in ./write/,
 * one file per operation family; mapping helpers in ../mapping/.
 */
export const writeOperations: Readonly<Partial<Record<string, TenantRouteHandler>>> = {
  refresh: refreshHandler,
  adjust: adjustHandler,
  smartRefreshInventory,
  smartAdjustInventory,
  deleteInventory,
  deleteItems: deleteItemsHandler,
  deleteFutureInventory: deleteFutureInventoryHandler,
  adjustFutureDate,
  allocateInventory,
  deallocateInventory,
  fulfillInventory,
  transitionCart: transitionCartHandler,
  blockAssignment,
  getOrderItemInformation,
  getShipmentInventoryAllocations,
  getJob: getJobHandler,
  getJobs: getJobsHandler,
};
