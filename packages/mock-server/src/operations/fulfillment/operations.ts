import type { CommerceOperationList } from "../registry.js";
import { fulfillShipment, getShipmentForFulfillment } from "./shipments.js";

/** The Fulfillment API's shipments (D19): read one, mark it fulfilled. */
export const fulfillmentOperations = {
  getShipmentForFulfillment,
  fulfillShipment,
} satisfies CommerceOperationList;
