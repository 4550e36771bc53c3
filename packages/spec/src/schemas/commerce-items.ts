// Pieces shared by the commerce request bodies (openapi/commerce.yaml): the order-side inventory
// tags `[{name, value}]`, the item's product and its fulfillment method.
import * as z from "zod/mini";
import type { components } from "../generated/commerce.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/**
 * A zod object that also accepts (and keeps) every field it does not name, as Kibo's order, cart
 * and return shapes have many fields we echo without simulating. Written as an intersection with a
 * record because that is the type openapi-typescript generates for `additionalProperties: true`.
 */
export function looseObject<Shape extends z.core.$ZodShape>(shape: Shape) {
  return z.intersection(z.object(shape), z.record(z.string(), z.unknown()));
}

/** One order-side tag: a tag category name and one of its values, both required and non-empty. */
export const OrderInventoryTagSchema = z.object({
  name: z
    .string({ error: "a tag needs a category name" })
    .check(z.minLength(1, "a tag's category name must not be empty")),
  value: z.string({ error: "a tag name needs a value" }).check(z.minLength(1, "a tag's value must not be empty")),
});

/**
 * An item's tags. A category named twice is invalid; the issue points at the second occurrence
 * (`[j].name`, so `items[i].inventoryTags[j].name` inside an order). Whether the names and values
 * exist is the server's job: it knows the tenant's categories.
 */
export const InventoryTagsSchema = z.array(OrderInventoryTagSchema).check(
  z.superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, j) => {
      if (seen.has(tag.name)) {
        ctx.addIssue({
          code: "custom",
          path: [j, "name"],
          message: `tag category ${tag.name} is named more than once on this item`,
          input: tag.name,
        });
      }
      seen.add(tag.name);
    });
  }),
);

/** `Ship`, `Pickup`, `Digital` or `Delivery`. */
export const FulfillmentMethodSchema = z.enum(["Ship", "Pickup", "Digital", "Delivery"], {
  error: "fulfillmentMethod must be Ship, Pickup, Digital or Delivery",
});

const nullableString = () => z.exactOptional(z.nullable(z.string()));

/** The product of an item; unmodelled product fields are kept. */
export const ItemProductSchema = looseObject({
  productCode: nullableString(),
  variationProductCode: nullableString(),
  upc: nullableString(),
  sku: nullableString(),
  mfgPartNumber: nullableString(),
  name: nullableString(),
  condition: nullableString(),
  serialNumber: nullableString(),
});

type ItemProduct = z.output<typeof ItemProductSchema>;

/** Whether a product names the inventory it draws on (variation code, product code or UPC). */
export function hasProductIdentity(product: ItemProduct): boolean {
  return [product.variationProductCode, product.productCode, product.upc].some(
    (code) => typeof code === "string" && code !== "",
  );
}

/** Adds the "product needs a code" issue at `product` when the item's product names none. */
export function requireProductIdentity(item: { product: ItemProduct }, ctx: z.core.$RefinementCtx): void {
  if (!hasProductIdentity(item.product)) {
    ctx.addIssue({
      code: "custom",
      path: ["product"],
      message: "product needs a productCode, variationProductCode or upc",
      input: item.product,
    });
  }
}

const _tag: SchemaMatches<typeof OrderInventoryTagSchema, Schemas["OrderInventoryTag"]> = true;
const _tags: SchemaMatches<typeof InventoryTagsSchema, Schemas["InventoryTags"]> = true;
const _method: SchemaMatches<typeof FulfillmentMethodSchema, Schemas["FulfillmentMethod"]> = true;
const _product: SchemaMatches<typeof ItemProductSchema, Schemas["ItemProduct"]> = true;
