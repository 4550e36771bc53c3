import type { CommerceOperationList } from "../registry.js";

/** The Fulfillment API's shipments (D19): read one, mark it fulfilled. */
export const fulfillmentOperations = {} satisfies CommerceOperationList;
