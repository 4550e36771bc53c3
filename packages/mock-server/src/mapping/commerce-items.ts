/**
 * Commerce items (orders, carts, checkouts) between the wire and the engine (D19).
 *
 * - The inventory an item draws on is `product.variationProductCode ?? product.productCode ??
 *   product.upc` (the engine's `upc`).
 * - `fulfillmentLocationCode` is the engine's `locationCode`; `inventoryTags: [{name, value}]` the
 *   engine's order-side tags; `product.condition` / `product.serialNumber` its granular criteria.
 * - Everything else the client sent (prices, `product.name`, `data`, …) rides along as the engine's
 *   opaque `extra` and is echoed unchanged: the `product` object is kept whole, so reads answer it
 *   as it was sent. `Delivery` (a method the engine does not know) allocates like `Ship` and reads
 *   back as `Delivery`.
 */
import type { CommerceItem, CommerceItemInput, Extra, FulfillmentMethod, TagPair } from "@kibo-inventory/engine";
import type { CommerceSchemas } from "@kibo-inventory/spec";
import type { EngineErrorMapping } from "./engine-errors.js";
import type { Mutable } from "./mutable.js";

type WireProduct = CommerceSchemas["ItemProduct"];
type WireTag = CommerceSchemas["OrderInventoryTag"];

/** The modelled fields of an order, cart or checkout item request (both request shapes fit). */
export interface WireItemRequest {
  readonly id?: string | null;
  readonly product: WireProduct;
  readonly quantity: number;
  readonly fulfillmentLocationCode?: string | null;
  readonly fulfillmentMethod?: CommerceSchemas["FulfillmentMethod"] | null;
  readonly inventoryTags?: readonly WireTag[] | null;
  readonly allowsBackOrder?: boolean | null;
  readonly [field: string]: unknown;
}

/** Item fields the mapping reads; the rest go to `extra`. */
const MODELLED_ITEM_FIELDS = new Set(["id", "quantity", "fulfillmentLocationCode", "fulfillmentMethod", "inventoryTags", "allowsBackOrder"]);

/** The inventory UPC a product draws on: variation code, else product code, else UPC ("" when none). */
export function productUpc(product: WireProduct | null | undefined): string {
  for (const code of [product?.variationProductCode, product?.productCode, product?.upc]) {
    if (typeof code === "string" && code !== "") return code;
  }
  return "";
}

function engineMethod(method: WireItemRequest["fulfillmentMethod"]): FulfillmentMethod | undefined {
  if (method === undefined || method === null) return undefined;
  return method === "Delivery" ? "Ship" : method;
}

/** The unmodelled fields of a wire object (its `extra`), or undefined when there are none. */
export function extraFrom(wire: Readonly<Record<string, unknown>>, modelled: ReadonlySet<string>): Extra | undefined {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wire)) if (!modelled.has(key)) extra[key] = value;
  return Object.keys(extra).length === 0 ? undefined : extra;
}

/** Order-side tags as engine pairs (the engine checks names and values against the tenant). */
function inventoryTagsFromWire(tags: readonly WireTag[] | null | undefined): readonly TagPair[] | null | undefined {
  if (tags === undefined || tags === null) return tags;
  return tags.map((t) => ({ name: t.name, value: t.value }));
}

/** A wire item request as the engine's item input. */
export function commerceItemFromWire(wire: WireItemRequest): CommerceItemInput {
  const item: Mutable<CommerceItemInput> = { upc: productUpc(wire.product), quantity: wire.quantity };
  if (wire.fulfillmentLocationCode !== undefined) item.locationCode = wire.fulfillmentLocationCode;
  const method = engineMethod(wire.fulfillmentMethod);
  if (method !== undefined) item.fulfillmentMethod = method;
  const tags = inventoryTagsFromWire(wire.inventoryTags);
  if (tags !== undefined) item.inventoryTags = tags;
  if (typeof wire.allowsBackOrder === "boolean") item.allowsBackOrder = wire.allowsBackOrder;
  if (typeof wire.product.condition === "string" && wire.product.condition !== "") item.condition = wire.product.condition;
  if (typeof wire.product.serialNumber === "string" && wire.product.serialNumber !== "") item.serialNumber = wire.product.serialNumber;
  const extra: Record<string, unknown> = { ...extraFrom(wire, MODELLED_ITEM_FIELDS) };
  if (wire.fulfillmentMethod === "Delivery") extra.fulfillmentMethod = "Delivery";
  if (Object.keys(extra).length > 0) item.extra = extra;
  return item;
}

/** The product of a stored item: as the client sent it, or built from the engine's upc. */
export function productToWire(item: Pick<CommerceItem, "upc" | "condition" | "serialNumber" | "extra">): WireProduct {
  const sent = item.extra?.product;
  if (typeof sent === "object" && sent !== null) return sent as WireProduct;
  const product: WireProduct = { productCode: item.upc, upc: item.upc };
  if (item.condition !== undefined) product.condition = item.condition;
  if (item.serialNumber !== undefined) product.serialNumber = item.serialNumber;
  return product;
}

/**
 * The wire fields every commerce item has (order, cart, checkout): the echoed extras first, then
 * the modelled fields over them. Callers add their own (`allocationResult`, cart messages, …).
 */
export function commerceItemToWire(item: CommerceItem): Record<string, unknown> & {
  id: string;
  lineId: number;
  product: WireProduct;
  quantity: number;
  fulfillmentLocationCode: string | null;
  fulfillmentMethod: CommerceSchemas["FulfillmentMethod"];
  inventoryTags: WireTag[];
  originalCartItemId: string | null;
  allowsBackOrder: boolean;
} {
  const extra = item.extra ?? {};
  const method = extra.fulfillmentMethod === "Delivery" ? "Delivery" : item.fulfillmentMethod;
  return {
    ...extra,
    id: item.id,
    lineId: item.lineId,
    product: productToWire(item),
    quantity: item.quantity,
    fulfillmentLocationCode: item.locationCode,
    fulfillmentMethod: method,
    inventoryTags: item.inventoryTags.map((t) => ({ name: t.name, value: t.value })),
    originalCartItemId: item.originalCartItemId,
    allowsBackOrder: item.allowsBackOrder,
  };
}

/**
 * How engine details become wire paths on the commerce side: its ids keep Kibo's Commerce casing
 * (`orderId`, `orderItemId`, `cartItemId` — not the Inventory API's `orderID`), and an item's
 * `upc` is its `product`.
 */
export const COMMERCE_ERROR_MAPPING: EngineErrorMapping = {
  fieldNames: {
    orderId: "orderId",
    orderItemId: "orderItemId",
    shipmentId: "shipmentId",
    cartId: "cartId",
    cartItemId: "cartItemId",
    inventoryId: "inventoryId",
    upc: "product",
  },
};
