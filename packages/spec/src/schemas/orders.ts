// Request bodies of the order calls of openapi/commerce.yaml: createOrder / updateOrder (OrderRequest),
// createOrderItem (OrderItemRequest), upsertInventoryTags (InventoryTags, in commerce-items.ts),
// updateItemQuantity (ItemQuantityUpdate), performOrderAction, cancelOrder, createPackage and
// performFulfillmentAction.
import * as z from "zod/mini";
import type { components } from "../generated/commerce.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import {
  FulfillmentMethodSchema,
  InventoryTagsSchema,
  ItemProductSchema,
  looseObject,
  requireProductIdentity,
} from "./commerce-items.js";

type Schemas = components["schemas"];

const nullableString = () => z.exactOptional(z.nullable(z.string()));

/** Units of an order, cart or return line: a whole number, at least 1. */
export const LineQuantitySchema = z
  .int("quantity must be a whole number")
  .check(z.minimum(1, "quantity must be at least 1"));

/**
 * An order or checkout item as a client sends it. Its product must name a code; its tags follow the
 * D19 rules that need no tenant data (see `InventoryTagsSchema`). Unmodelled fields are kept.
 */
export const OrderItemRequestSchema = looseObject({
  id: nullableString(),
  product: ItemProductSchema,
  quantity: LineQuantitySchema,
  fulfillmentLocationCode: nullableString(),
  fulfillmentMethod: z.exactOptional(z.nullable(FulfillmentMethodSchema)),
  inventoryTags: z.exactOptional(z.nullable(InventoryTagsSchema)),
}).check(z.superRefine(requireProductIdentity));

/** Body of `createOrder` and `updateOrder`: Kibo's whole order, of which the items are modelled. */
export const OrderRequestSchema = looseObject({
  items: z.exactOptional(z.nullable(z.array(OrderItemRequestSchema))),
  locationCode: nullableString(),
  email: nullableString(),
  customerAccountId: z.exactOptional(z.nullable(z.int())),
});

/** Optional body of `updateItemQuantity` and the cart quantity updates (price overrides, echoed). */
export const ItemQuantityUpdateSchema = looseObject({
  tenantOverridePrice: z.exactOptional(z.nullable(z.number())),
  isOverRidePriceSalePrice: z.exactOptional(z.nullable(z.boolean())),
});

/** The order actions the reference server simulates. */
export const OrderActionNameSchema = z.enum(["SubmitOrder", "CancelOrder"], {
  error: "actionName must be SubmitOrder or CancelOrder",
});

/** Body of `performOrderAction`. */
export const OrderActionSchema = z.object({ actionName: OrderActionNameSchema });

/** Body of `cancelOrder`. */
export const CanceledReasonSchema = looseObject({
  reasonCode: nullableString(),
  description: nullableString(),
  moreInfo: nullableString(),
});

/** Body of `performFulfillmentAction`: ship packages. */
export const FulfillmentActionSchema = z.object({
  actionName: z.enum(["Ship"], { error: "actionName must be Ship" }),
  packageIds: z.array(z.string()).check(z.minLength(1, "packageIds must name at least one package")),
  pickupIds: z.exactOptional(z.nullable(z.array(z.string()))),
  digitalPackageIds: z.exactOptional(z.nullable(z.array(z.string()))),
});

/** Units of one order item in a package, named by `lineId` or, failing that, `productCode`. */
export const PackageItemRequestSchema = looseObject({
  lineId: z.exactOptional(z.nullable(z.int("lineId must be a whole number"))),
  productCode: nullableString(),
  quantity: LineQuantitySchema,
  fulfillmentItemType: nullableString(),
}).check(
  z.superRefine((item, ctx) => {
    const named = typeof item.lineId === "number" || (typeof item.productCode === "string" && item.productCode !== "");
    if (!named) {
      ctx.addIssue({
        code: "custom",
        path: ["lineId"],
        message: "a package item needs a lineId or a productCode",
        input: item,
      });
    }
  }),
);

/** Body of `createPackage`. */
export const PackageRequestSchema = looseObject({
  code: nullableString(),
  fulfillmentLocationCode: nullableString(),
  items: z.array(PackageItemRequestSchema).check(z.minLength(1, "a package needs at least one item")),
});

const _orderItem: SchemaMatches<typeof OrderItemRequestSchema, Schemas["OrderItemRequest"]> = true;
const _order: SchemaMatches<typeof OrderRequestSchema, Schemas["OrderRequest"]> = true;
const _quantityUpdate: SchemaMatches<typeof ItemQuantityUpdateSchema, Schemas["ItemQuantityUpdate"]> = true;
const _actionName: SchemaMatches<typeof OrderActionNameSchema, Schemas["OrderActionName"]> = true;
const _action: SchemaMatches<typeof OrderActionSchema, Schemas["OrderAction"]> = true;
const _canceled: SchemaMatches<typeof CanceledReasonSchema, Schemas["CanceledReason"]> = true;
const _fulfillment: SchemaMatches<typeof FulfillmentActionSchema, Schemas["FulfillmentAction"]> = true;
const _packageItem: SchemaMatches<typeof PackageItemRequestSchema, Schemas["PackageItemRequest"]> = true;
const _package: SchemaMatches<typeof PackageRequestSchema, Schemas["PackageRequest"]> = true;
