// Request bodies of the return calls of openapi/commerce.yaml: createReturn (ReturnRequest),
// restockReturnItems (an array of RestockableReturnItem) and performReturnActions (ReturnAction).
import * as z from "zod/mini";
import type { components, operations } from "../generated/commerce.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { ItemProductSchema, looseObject } from "./commerce-items.js";
import { LineQuantitySchema } from "./orders.js";

type Schemas = components["schemas"];

const nullableString = () => z.exactOptional(z.nullable(z.string()));
const nullableCount = (field: string) =>
  z.exactOptional(
    z.nullable(z.int(`${field} must be a whole number`).check(z.minimum(0, `${field} must not be negative`))),
  );

/** Units of a return item returned for one reason. */
export const ReturnReasonSchema = looseObject({
  reason: nullableString(),
  quantity: LineQuantitySchema,
});

/** One returned item: which order item, and how many units (the sum over `reasons`). */
export const ReturnItemRequestSchema = looseObject({
  orderItemId: z.string({ error: "orderItemId is required" }).check(z.minLength(1, "orderItemId must not be empty")),
  orderLineId: z.exactOptional(z.nullable(z.int())),
  product: z.exactOptional(z.nullable(ItemProductSchema)),
  reasons: z.array(ReturnReasonSchema).check(z.minLength(1, "a return item needs at least one reason with a quantity")),
  quantityReceived: nullableCount("quantityReceived"),
  quantityRestockable: nullableCount("quantityRestockable"),
  returnType: nullableString(),
});

/** Body of `createReturn`. */
export const ReturnRequestSchema = looseObject({
  originalOrderId: z
    .string({ error: "originalOrderId is required" })
    .check(z.minLength(1, "originalOrderId must not be empty")),
  returnType: nullableString(),
  locationCode: nullableString(),
  items: z.array(ReturnItemRequestSchema).check(z.minLength(1, "a return needs at least one item")),
});

/** Units of one return item to put back into inventory. */
export const RestockableReturnItemSchema = z.object({
  returnItemId: z.string({ error: "returnItemId is required" }).check(z.minLength(1, "returnItemId must not be empty")),
  quantity: LineQuantitySchema,
  locationCode: nullableString(),
});

/** Body of `restockReturnItems`: at least one entry. */
export const RestockReturnItemsRequestSchema = z
  .array(RestockableReturnItemSchema)
  .check(z.minLength(1, "restock needs at least one return item"));

/** The return actions the reference server simulates. */
export const ReturnActionNameSchema = z.enum(["Authorize", "Receive", "Cancel", "Close"], {
  error: "actionName must be Authorize, Receive, Cancel or Close",
});

/** Body of `performReturnActions`. */
export const ReturnActionSchema = z.object({
  actionName: ReturnActionNameSchema,
  returnIds: z.array(z.string()).check(z.minLength(1, "returnIds must name at least one return")),
});

type RestockBody = operations["restockReturnItems"]["requestBody"]["content"]["application/json"];

const _reason: SchemaMatches<typeof ReturnReasonSchema, Schemas["ReturnReason"]> = true;
const _returnItem: SchemaMatches<typeof ReturnItemRequestSchema, Schemas["ReturnItemRequest"]> = true;
const _return: SchemaMatches<typeof ReturnRequestSchema, Schemas["ReturnRequest"]> = true;
const _restockItem: SchemaMatches<typeof RestockableReturnItemSchema, Schemas["RestockableReturnItem"]> = true;
const _restock: SchemaMatches<typeof RestockReturnItemsRequestSchema, RestockBody> = true;
const _actionName: SchemaMatches<typeof ReturnActionNameSchema, Schemas["ReturnActionName"]> = true;
const _action: SchemaMatches<typeof ReturnActionSchema, Schemas["ReturnAction"]> = true;
