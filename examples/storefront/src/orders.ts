/**
 * The order side, through the SDK's Commerce client: add to the current cart with inventory tags,
 * then checkout → SubmitCheckout, which allocates each item from its own segment (docs/orders.md).
 */
import { buildCartItem, type FulfillmentMethod, orderAllocation, unwrap } from "@kibo-inventory/sdk";
import type { Kibo } from "./kibo.js";

interface CartLine {
  readonly id: string;
  readonly productCode: string;
  readonly quantity: number;
  readonly locationCode: string;
  readonly tags: string;
}

export interface Cart {
  readonly id: string;
  readonly lines: readonly CartLine[];
  /** `OutOfStock` / `Backorder` messages: carts never allocate, they warn. */
  readonly messages: readonly string[];
}

export interface AddToCart {
  productCode: string;
  quantity: number;
  locationCode: string;
  method: FulfillmentMethod;
  tags: Record<string, string>;
}

async function readCart(kibo: Kibo): Promise<Cart> {
  const cart = await unwrap(kibo.commerce.GET("/commerce/carts/current"));
  return {
    id: cart.id,
    lines: cart.items.map((i) => ({
      id: i.id,
      productCode: i.product.productCode ?? "",
      quantity: i.quantity,
      locationCode: i.fulfillmentLocationCode ?? "",
      tags: i.inventoryTags.map((t) => `${t.name}: ${t.value}`).join(", "),
    })),
    messages: cart.cartMessages.map((m) => `${m.messageType}: ${m.message ?? ""}`.trim()),
  };
}

export async function addToCart(kibo: Kibo, item: AddToCart): Promise<Cart> {
  await unwrap(
    kibo.commerce.POST("/commerce/carts/current/items", {
      body: buildCartItem({
        productCode: item.productCode,
        quantity: item.quantity,
        fulfillmentLocationCode: item.locationCode,
        fulfillmentMethod: item.method,
        tags: item.tags,
      }),
    }),
  );
  return readCart(kibo);
}

export interface PlacedOrder {
  readonly orderNumber: number;
  readonly status: string;
  /** Per line: allocated and pending units, from the order's allocation result. */
  readonly lines: readonly { lineId: number; allocated: number; pending: number }[];
}

/** Checkout from the cart, SubmitCheckout, and read the order it made. */
export async function placeOrder(kibo: Kibo, cartId: string): Promise<PlacedOrder> {
  const checkout = await unwrap(kibo.commerce.POST("/commerce/checkouts", { params: { query: { cartId } } }));
  await unwrap(
    kibo.commerce.POST("/commerce/checkouts/{checkoutId}/actions", { params: { path: { checkoutId: checkout.id } }, body: { actionName: "SubmitCheckout" } }),
  );
  const orders = await unwrap(kibo.commerce.GET("/commerce/orders", { params: { query: { filter: `parentCheckoutId eq ${checkout.id}` } } }));
  const order = orders.items[0];
  if (order === undefined) throw new Error("SubmitCheckout made no order");
  return {
    orderNumber: order.orderNumber ?? 0,
    status: order.status ?? "",
    lines: orderAllocation(order).map((l) => ({ lineId: l.lineId ?? 0, allocated: l.allocated, pending: l.pending })),
  };
}
