import type { CommerceOperationList } from "../registry.js";
import {
  cancelOrder,
  createOrder,
  createOrderItem,
  deleteOrderItem,
  getAvailableActions,
  getOrder,
  getOrderItem,
  getOrderItems,
  getOrders,
  performOrderAction,
  updateItemQuantity,
  updateOrder,
  upsertInventoryTags,
} from "./orders.js";
import { createPackage, getPackage, getShipment, performFulfillmentAction } from "./shipments.js";

/** Orders (D19): Pending edits, SubmitOrder / CancelOrder, shipments and packages. */
export const orderOperations = {
  getOrders,
  createOrder,
  getOrder,
  updateOrder,
  getOrderItems,
  createOrderItem,
  getOrderItem,
  deleteOrderItem,
  updateItemQuantity,
  upsertInventoryTags,
  getAvailableActions,
  performOrderAction,
  cancelOrder,
  getShipment,
  createPackage,
  getPackage,
  performFulfillmentAction,
} satisfies CommerceOperationList;
