import {
  CartItemRequestSchema,
  type CommerceSchemas,
  hasProductIdentity,
  InventoryTagsSchema,
  OrderItemRequestSchema,
  OrderRequestSchema,
} from "@kibo-inventory/spec";
import { finish, type ItemBuilderOptions, IssueList } from "./parse.js";
import { checkInventoryTags, type InventoryTag, type TagConfiguration, type TagMap } from "./tags.js";

type Path = readonly (string | number)[];

/** An order or checkout item as `createOrder`, `createOrderItem` and `addCheckoutItem` take it. */
export type OrderItemRequest = CommerceSchemas["OrderItemRequest"];
/** A cart item as `addItemToCart` / `updateCartItem` take it. */
export type CartItemRequest = CommerceSchemas["CartItemRequest"];
/** The body of `createOrder` / `updateOrder`. */
export type OrderRequest = CommerceSchemas["OrderRequest"];
/** An item's order-side tags `[{ name, value }]`: the body of the two `upsertInventoryTags` calls. */
export type OrderInventoryTags = CommerceSchemas["InventoryTags"];
/** `Ship`, `Pickup`, `Digital` or `Delivery`. */
export type FulfillmentMethod = CommerceSchemas["FulfillmentMethod"];
/** The product of an order, cart or return item (only the codes, condition and serial number are modelled). */
export type ItemProduct = CommerceSchemas["ItemProduct"];

/**
 * An order, checkout or cart item in the SDK's flat form: the product's codes, quantity, where and
 * how it is fulfilled, and its segment as a tags map (like the Inventory API's `tags`).
 */
export interface CommerceItemInput {
  /** Product code. The item draws on inventory `upc` = `variationProductCode ?? productCode ?? upc`. */
  productCode?: string | undefined;
  /** Variation code, for configurable products. */
  variationProductCode?: string | undefined;
  /** The product's UPC. */
  upc?: string | undefined;
  /** Units, a whole number ≥ 1. */
  quantity: number;
  /** Location the item is allocated and fulfilled at (falls back to the order's `locationCode`). */
  fulfillmentLocationCode?: string | undefined;
  /** How the item is fulfilled. @default "Ship" (server-side) */
  fulfillmentMethod?: FulfillmentMethod | undefined;
  /**
   * The item's segment, e.g. `{ Channel: "Target" }`; sent as `inventoryTags: [{ name, value }]`.
   * Categories left out take their default when the order is submitted (the server echoes the
   * tags as set, so the builder does not fill them in).
   */
  tags?: TagMap | undefined;
  /** Allocate only granular records in this condition. */
  condition?: string | undefined;
  /** Allocate exactly the unit with this serial number. */
  serialNumber?: string | undefined;
  /** Other product fields sent as they are (name, sku, price, …); the fields above win. */
  product?: ItemProduct | undefined;
  /** In `updateOrder`, the id of an existing item to keep. */
  id?: string | undefined;
}

/** A cart item in the SDK's flat form. */
export interface CartItemInput extends CommerceItemInput {
  /** Whether a shortfall is a backorder (cart message `Backorder`) rather than `OutOfStock`. */
  allowsBackOrder?: boolean | undefined;
}

/** The body of `createOrder` / `updateOrder` with its items in the SDK's flat form. */
export interface OrderRequestInput {
  items?: readonly CommerceItemInput[] | undefined;
  /** The order's location; items without a `fulfillmentLocationCode` are fulfilled from it. */
  locationCode?: string | undefined;
  email?: string | undefined;
  customerAccountId?: number | undefined;
  /** Every other field of Kibo's order is sent as given (echoed by the server, not simulated). */
  [field: string]: unknown;
}

/** Copies the keys whose value is defined (the commerce schemas refuse explicit `undefined`). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Checks tag names and values against the tenant's categories, reporting at `[j].name` / `[j].value`. */
function checkTagsExist(config: TagConfiguration, list: readonly InventoryTag[], path: Path, issues: IssueList): void {
  const byName = new Map(config.map((c) => [c.name ?? "", c]));
  list.forEach((tag, j) => {
    if (!tag.name || typeof tag.value !== "string" || tag.value === "") return; // already reported
    const category = byName.get(tag.name);
    if (!category) {
      issues.add([...path, j, "name"], "unknown_tag_category", `unknown tag category "${tag.name}" (known: ${[...byName.keys()].join(", ") || "none"})`);
    } else if (!(category.tags ?? []).some((t) => t.tagValue === tag.value)) {
      issues.add([...path, j, "value"], "unknown_tag_value", `"${tag.value}" is not a value of tag category "${tag.name}"`);
    }
  });
}

/** @internal The tags map as `inventoryTags`, checked with the server's rules into `issues`. */
function toInventoryTags(tags: TagMap, path: Path, options: ItemBuilderOptions, issues: IssueList): InventoryTag[] {
  const list = Object.entries(tags).map(([name, value]) => ({ name, value }));
  checkInventoryTags(list, path, issues);
  if (options.tagConfig) checkTagsExist(options.tagConfig, list, path, issues);
  return list;
}

/** @internal One flat item as the wire item, its tags checked into `issues`. */
function prepareCommerceItem(item: CartItemInput, path: Path, options: ItemBuilderOptions, issues: IssueList): Record<string, unknown> {
  const { productCode, variationProductCode, upc, condition, serialNumber, product, tags, ...rest } = item;
  const merged: ItemProduct = { ...product, ...defined({ productCode, variationProductCode, upc, condition, serialNumber }) };
  // zod skips this refinement while other fields fail; checked here so every problem is listed at once.
  if (!hasProductIdentity(merged)) issues.add([...path, "product"], "missing_product_code", "product needs a productCode, variationProductCode or upc");
  return defined({
    ...rest,
    product: merged,
    inventoryTags: tags === undefined ? undefined : toInventoryTags(tags, [...path, "inventoryTags"], options, issues),
  });
}

/**
 * Builds an order or checkout item (`createOrder` items, `createOrderItem`, `addCheckoutItem`) from
 * the flat form: the tags map becomes `inventoryTags: [{ name, value }]`, the codes, condition and
 * serial number go into `product`. Checked with the server's rules (the spec's
 * `OrderItemRequestSchema`: a product code, quantity ≥ 1, tags with a value; with a `tagConfig`,
 * names and values the tenant has). Throws {@link PayloadError} naming every bad field, e.g.
 * `inventoryTags[0].value`.
 *
 * @example
 * const item = buildOrderItem(
 *   { productCode: "AD1001", quantity: 2, fulfillmentLocationCode: "homebase", tags: { Channel: "Target" } },
 *   { tagConfig },
 * );
 * // { product: { productCode: "AD1001" }, quantity: 2, fulfillmentLocationCode: "homebase",
 * //   inventoryTags: [{ name: "Channel", value: "Target" }] }
 * @see packages/sdk/README.md ("Orders with inventory tags")
 */
export function buildOrderItem(item: CommerceItemInput, options: ItemBuilderOptions = {}): OrderItemRequest {
  const issues = new IssueList();
  const prepared = prepareCommerceItem(item, [], options, issues);
  return finish(OrderItemRequestSchema, prepared, issues, "Invalid order item");
}

/**
 * Builds a cart item (`addItemToCart`, `updateCartItem` and their by-cart-id variants) from the flat
 * form, like {@link buildOrderItem} plus `allowsBackOrder`. Throws {@link PayloadError} naming every
 * bad field.
 *
 * @example
 * const body = buildCartItem({ productCode: "AD1001", quantity: 2, fulfillmentLocationCode: "homebase", tags: { Channel: "Target" } });
 * const cartItem = await unwrap(commerce.POST("/commerce/carts/current/items", { body }));
 * @see packages/sdk/README.md ("Orders with inventory tags")
 */
export function buildCartItem(item: CartItemInput, options: ItemBuilderOptions = {}): CartItemRequest {
  const issues = new IssueList();
  const prepared = prepareCommerceItem(item, [], options, issues);
  return finish(CartItemRequestSchema, prepared, issues, "Invalid cart item");
}

/**
 * Builds the body of `createOrder` / `updateOrder`: every item as in {@link buildOrderItem}, the
 * other fields as given. Throws one {@link PayloadError} listing every bad item, e.g.
 * `items[1].inventoryTags[0].value`, as the server's 400 would.
 *
 * @example
 * const body = buildOrderRequest(
 *   { locationCode: "homebase", items: [{ productCode: "AD1001", quantity: 2, tags: { Channel: "Target" } }] },
 *   { tagConfig },
 * );
 * const order = await unwrap(commerce.POST("/commerce/orders", { body }));
 * @see packages/sdk/README.md ("Orders with inventory tags")
 */
export function buildOrderRequest(request: OrderRequestInput, options: ItemBuilderOptions = {}): OrderRequest {
  const issues = new IssueList();
  const { items, ...rest } = request;
  const prepared = defined({ ...rest, items: items?.map((item, i) => prepareCommerceItem(item, ["items", i], options, issues)) });
  return finish(OrderRequestSchema, prepared, issues, "Invalid order");
}

/**
 * Builds the body of `upsertInventoryTags` (order item) and `upsertInventoryTagsForCheckout` from a
 * tags map: `[{ name, value }]`, the item's whole new tag set. Checked like an item's tags; issues
 * are named `[j].value` / `[j].name`.
 *
 * @example
 * const body = buildInventoryTags({ Channel: "Target" }, { tagConfig }); // [{ name: "Channel", value: "Target" }]
 * await unwrap(commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", {
 *   params: { path: { orderId: order.id, orderItemId: order.items[0]!.id } },
 *   body,
 * }));
 * @see packages/sdk/README.md ("Orders with inventory tags")
 */
export function buildInventoryTags(tags: TagMap, options: ItemBuilderOptions = {}): OrderInventoryTags {
  const issues = new IssueList();
  const list = toInventoryTags(tags, [], options, issues);
  return finish(InventoryTagsSchema, list, issues, "Invalid inventoryTags");
}
