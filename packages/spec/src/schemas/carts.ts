// Request body of the cart item calls of openapi/commerce.yaml: addItemToCart, updateCartItem and
// their by-cart-id variants (CartItemRequest). The quantity updates take ItemQuantityUpdate (orders.ts).
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
import { LineQuantitySchema } from "./orders.js";

type Schemas = components["schemas"];

/** A cart item as a client sends it; unmodelled fields are kept. */
export const CartItemRequestSchema = looseObject({
  id: z.exactOptional(z.nullable(z.string())),
  product: ItemProductSchema,
  quantity: LineQuantitySchema,
  fulfillmentLocationCode: z.exactOptional(z.nullable(z.string())),
  fulfillmentMethod: z.exactOptional(z.nullable(FulfillmentMethodSchema)),
  inventoryTags: z.exactOptional(z.nullable(InventoryTagsSchema)),
  allowsBackOrder: z.exactOptional(z.nullable(z.boolean())),
}).check(z.superRefine(requireProductIdentity));

const _cartItem: SchemaMatches<typeof CartItemRequestSchema, Schemas["CartItemRequest"]> = true;
