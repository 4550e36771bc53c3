// The zod schema of every request body in openapi/commerce.yaml, by operationId, like
// request-bodies.ts for openapi/inventory.yaml. The `satisfies` clause makes the table complete (an
// operation with a JSON body missing here, or an entry for one without, fails `tsc`); the check at
// the bottom makes it exact. Operations that are not simulated take any JSON object: the server
// answers them 501 before reading the body.
import type { z } from "zod";
import type { operations } from "../generated/commerce.js";
import type { Equals } from "../internal/type-equals.js";
import { CartItemRequestSchema } from "./carts.js";
import { CheckoutActionSchema } from "./checkouts.js";
import { InventoryTagsSchema } from "./commerce-items.js";
import { NotModeledBodySchema } from "./not-simulated.js";
import {
  CanceledReasonSchema,
  FulfillmentActionSchema,
  ItemQuantityUpdateSchema,
  OrderActionSchema,
  OrderItemRequestSchema,
  OrderRequestSchema,
  PackageRequestSchema,
} from "./orders.js";
import type { JsonRequestBody } from "./request-bodies.js";
import { RestockReturnItemsRequestSchema, ReturnActionSchema, ReturnRequestSchema } from "./returns.js";

/** operationIds of the commerce operations that take a JSON request body. */
export type CommerceOperationWithRequestBody = {
  [K in keyof operations]: [JsonRequestBody<operations[K]>] extends [never] ? never : K;
}[keyof operations];

/** The zod schema of each commerce operation's request body, keyed by operationId. */
export const commerceRequestBodySchemas = {
  // Orders
  createOrder: OrderRequestSchema,
  updateOrder: OrderRequestSchema,
  createOrderItem: OrderItemRequestSchema,
  updateItemQuantity: ItemQuantityUpdateSchema,
  upsertInventoryTags: InventoryTagsSchema,
  performOrderAction: OrderActionSchema,
  cancelOrder: CanceledReasonSchema,
  createPackage: PackageRequestSchema,
  performFulfillmentAction: FulfillmentActionSchema,
  // Carts
  addItemToCart: CartItemRequestSchema,
  addItemToCartByCartId: CartItemRequestSchema,
  updateCartItem: CartItemRequestSchema,
  updateCartItemByCartId: CartItemRequestSchema,
  updateCartItemQuantity: ItemQuantityUpdateSchema,
  updateCartItemQuantityByCartId: ItemQuantityUpdateSchema,
  // Checkouts
  addCheckoutItem: OrderItemRequestSchema,
  upsertInventoryTagsForCheckout: InventoryTagsSchema,
  performCheckoutAction: CheckoutActionSchema,
  // Returns
  createReturn: ReturnRequestSchema,
  restockReturnItems: RestockReturnItemsRequestSchema,
  performReturnActions: ReturnActionSchema,
  // Not simulated (501)
  addDestination: NotModeledBodySchema,
  addExtendedProperties: NotModeledBodySchema,
  addExtendedPropertiesForCart: NotModeledBodySchema,
  addItemsToCart: NotModeledBodySchema,
  addItemsToCartByCartId: NotModeledBodySchema,
  addValidationResult: NotModeledBodySchema,
  applyAdjustment: NotModeledBodySchema,
  applyHandlingAdjustment: NotModeledBodySchema,
  applyShippingAdjustment: NotModeledBodySchema,
  autoRefund: NotModeledBodySchema,
  bulkUpdateDeliveryDates: NotModeledBodySchema,
  bulkUpdateItemDestinations: NotModeledBodySchema,
  changeCheckoutPriceList: NotModeledBodySchema,
  changeOrderPriceList: NotModeledBodySchema,
  createCheckoutAttributes: NotModeledBodySchema,
  createDigitalPackage: NotModeledBodySchema,
  createOrderAttributes: NotModeledBodySchema,
  createOrderLineAttributes: NotModeledBodySchema,
  createOrderNote: NotModeledBodySchema,
  createPackageForReturn: NotModeledBodySchema,
  createPackageShipments: NotModeledBodySchema,
  createPackageShipmentsForReturn: NotModeledBodySchema,
  createPaymentAction: NotModeledBodySchema,
  createPaymentActionForCheckout: NotModeledBodySchema,
  createPaymentActionForReturn: NotModeledBodySchema,
  createPickup: NotModeledBodySchema,
  createRefund: NotModeledBodySchema,
  createReturnAttributes: NotModeledBodySchema,
  createReturnItem: NotModeledBodySchema,
  createReturnItemAttributes: NotModeledBodySchema,
  createReturnNote: NotModeledBodySchema,
  createReturnShippingOrder: NotModeledBodySchema,
  createShipmentAttributes: NotModeledBodySchema,
  deleteCartItems: NotModeledBodySchema,
  deleteCartItemsByCartId: NotModeledBodySchema,
  deleteExtendedProperties: NotModeledBodySchema,
  deleteExtendedPropertiesForCart: NotModeledBodySchema,
  deleteShipmentAttributes: NotModeledBodySchema,
  disposeReturnItems: NotModeledBodySchema,
  performPaymentAction: NotModeledBodySchema,
  performPaymentActionForCheckout: NotModeledBodySchema,
  performPaymentActionForReturn: NotModeledBodySchema,
  priceOrder: NotModeledBodySchema,
  processDigitalWallet: NotModeledBodySchema,
  processDigitalWalletForCheckout: NotModeledBodySchema,
  processReturnRules: NotModeledBodySchema,
  repriceCanceledShipment: NotModeledBodySchema,
  repriceShipment: NotModeledBodySchema,
  repriceSubstitutes: NotModeledBodySchema,
  resendOrderConfirmationEmail: NotModeledBodySchema,
  resendPackageFulfillmentEmail: NotModeledBodySchema,
  resendReturnEmail: NotModeledBodySchema,
  setBillingInfo: NotModeledBodySchema,
  setFulFillmentInfo: NotModeledBodySchema,
  setShippingMethods: NotModeledBodySchema,
  splitShipments: NotModeledBodySchema,
  updateCart: NotModeledBodySchema,
  updateCartByCartId: NotModeledBodySchema,
  updateCartItems: NotModeledBodySchema,
  updateCartItemsByCartId: NotModeledBodySchema,
  updateCheckout: NotModeledBodySchema,
  updateCheckoutAttribute: NotModeledBodySchema,
  updateDestination: NotModeledBodySchema,
  updateDigitalPackage: NotModeledBodySchema,
  updateExtendedProperties: NotModeledBodySchema,
  updateExtendedPropertiesForCart: NotModeledBodySchema,
  updateExtendedProperty: NotModeledBodySchema,
  updateExtendedPropertyForCart: NotModeledBodySchema,
  updateGiftInfo: NotModeledBodySchema,
  updateGiftInfoForCheckout: NotModeledBodySchema,
  updateItemDeliveryDate: NotModeledBodySchema,
  updateItemDeliveryDateForCheckout: NotModeledBodySchema,
  updateItemFulfillment: NotModeledBodySchema,
  updateOrderAttributes: NotModeledBodySchema,
  updateOrderData: NotModeledBodySchema,
  updateOrderDiscount: NotModeledBodySchema,
  updateOrderItemData: NotModeledBodySchema,
  updateOrderItemDiscount: NotModeledBodySchema,
  updateOrderLineAttributes: NotModeledBodySchema,
  updateOrderNote: NotModeledBodySchema,
  updatePackage: NotModeledBodySchema,
  updatePackageForReturn: NotModeledBodySchema,
  updatePickup: NotModeledBodySchema,
  updateReturn: NotModeledBodySchema,
  updateReturnAttributes: NotModeledBodySchema,
  updateReturnItemAttributes: NotModeledBodySchema,
  updateReturnNote: NotModeledBodySchema,
  updateShipmentAdjustments: NotModeledBodySchema,
  updateShipmentAndItemsAdjustment: NotModeledBodySchema,
  updateShipmentAttributes: NotModeledBodySchema,
  updateShipmentItem: NotModeledBodySchema,
  updateShippingAndSuggestions: NotModeledBodySchema,
  updateSubscriptionInfo: NotModeledBodySchema,
  updateSubscriptionInfoForCheckout: NotModeledBodySchema,
  updateUserCart: NotModeledBodySchema,
  upsertAlternateContact: NotModeledBodySchema,
  upsertGiftMessage: NotModeledBodySchema,
  upsertSubstituteInfo: NotModeledBodySchema,
  upsertSubstituteInfoForCheckout: NotModeledBodySchema,
} as const satisfies { [K in CommerceOperationWithRequestBody]: z.ZodType<JsonRequestBody<operations[K]>> };

type SchemaTable = typeof commerceRequestBodySchemas;
/** operationIds whose schema does not produce exactly the operation's body type (must be none). */
type MismatchedOperations = {
  [K in keyof SchemaTable]: Equals<z.output<SchemaTable[K]>, JsonRequestBody<operations[K]>> extends true ? never : K;
}[keyof SchemaTable];

const _everyBodyExact: Equals<MismatchedOperations, never> = true;
