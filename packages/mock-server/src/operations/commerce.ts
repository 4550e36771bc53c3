import { cartOperations } from "./carts/operations.js";
import { checkoutOperations } from "./checkouts/operations.js";
import { fulfillmentOperations } from "./fulfillment/operations.js";
import { orderOperations } from "./orders/operations.js";
import type { CommerceOperationList } from "./registry.js";
import { returnOperations } from "./returns/operations.js";

/**
 * The commerce operations (openapi/commerce.yaml, D19), by the contract's operationId, one list
 * per resource folder. An operation missing here answers 501 NOT_IMPLEMENTED; its method and path
 * come from `routes/commerce-routes.ts`. Handlers read and write the tenant's one engine state, the
 * one the Inventory API sees.
 */
export const commerceOperations: Readonly<CommerceOperationList> = {
  ...orderOperations,
  ...fulfillmentOperations,
  ...returnOperations,
  ...cartOperations,
  ...checkoutOperations,
};
