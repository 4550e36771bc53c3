// Checkout inputs of openapi/commerce.yaml: performCheckoutAction (CheckoutAction) and the query of
// splitItem. addCheckoutItem takes OrderItemRequest (orders.ts) and upsertInventoryTagsForCheckout
// takes InventoryTags (commerce-items.ts).
import * as z from "zod/mini";
import type { components, operations } from "../generated/commerce.js";
import type { Equals, SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** The checkout actions the reference server simulates. */
export const CheckoutActionNameSchema = z.enum(["SubmitCheckout"], { error: "actionName must be SubmitCheckout" });

/** Body of `performCheckoutAction`. */
export const CheckoutActionSchema = z.object({ actionName: CheckoutActionNameSchema });

/**
 * Query of `splitItem` (`?quantity=2`): the units moved into the new item, a whole number of at
 * least 1 (default 1). Query values arrive as strings, so `quantity` is coerced.
 */
export const SplitItemQuerySchema = z.object({
  quantity: z.exactOptional(
    z.pipe(
      z.coerce.number(),
      z.int("quantity must be a whole number").check(z.minimum(1, "quantity must be at least 1")),
    ),
  ),
  responseFields: z.exactOptional(z.string()),
});

type SplitItemQuery = NonNullable<operations["splitItem"]["parameters"]["query"]>;

const _actionName: SchemaMatches<typeof CheckoutActionNameSchema, Schemas["CheckoutActionName"]> = true;
const _action: SchemaMatches<typeof CheckoutActionSchema, Schemas["CheckoutAction"]> = true;
// Only the output side is compared: the input side of a coercing schema is `unknown` by design.
const _splitQuery: Equals<z.output<typeof SplitItemQuerySchema>, SplitItemQuery> = true;
