/**
 * Orders (D19): create (with items or `?cartId=`), list, read, update while Pending, items,
 * quantities and tags while Pending (afterwards 409, nothing changed), SubmitOrder / CancelOrder.
 * Bad items are one 400 listing every problem, schema and engine (unknown tag names and values)
 * together (`wholeRequest`), nothing changed.
 */
import {
  addOrderItem,
  availableOrderActions,
  cancelOrder as cancelOrderCommand,
  createOrder as createOrderCommand,
  type CreateOrderInput,
  deleteCart,
  findOrderItem,
  getOrder as getOrderRead,
  listOrders,
  removeOrderItem,
  submitOrder,
  updateOrder as updateOrderCommand,
  updateOrderItem,
  upsertOrderItemTags,
} from "@kibo-inventory/engine";
import { commerceRequestBodySchemas } from "@kibo-inventory/spec";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { commerceItemFromWire, extraFrom } from "../../mapping/commerce-items.js";
import { COMMERCE_ERROR_MAPPING } from "../../mapping/commerce-items.js";
import { badRequest, notFound } from "../../mapping/engine-errors.js";
import type { Mutable } from "../../mapping/mutable.js";
import { commerceCommit, commerceRead, commerceState, filterBy, itemRef, orderScope, page, refuseDrafts } from "../shared/commerce.js";
import { inventoryTagsBody, itemRequestBody } from "../shared/item-body.js";
import { wholeRequest } from "../shared/whole-request.js";
import { orderItemToWire, orderToWire } from "./order-wire.js";

const ORDER_FIELDS = new Set(["items", "locationCode"]);

const orderId = (ctx: TenantRouteContext): string => ctx.params.orderId ?? "";

function answerOrder(ctx: TenantRouteContext, order: Parameters<typeof orderToWire>[0]): Response {
  // Commands answer the stored order; reads (and this) answer the live view.
  const live = commerceRead(getOrderRead(commerceState(ctx), order.id));
  return ctx.json(orderToWire(live, orderScope(ctx)));
}

/** POST /commerce/orders: a Pending order from the body's items, or from a cart (`?cartId=`). */
export const createOrder: TenantRouteHandler = async (ctx) => {
  if (ctx.query.has("quoteId")) {
    throw new MockHttpError("not_implemented", "Orders from quotes (quoteId) are not simulated by the reference server.");
  }
  const cartId = ctx.query.get("cartId");
  if (cartId !== null) {
    const text = await ctx.request.clone().text();
    const body = text.trim() === "" ? {} : await ctx.body(commerceRequestBodySchemas.createOrder);
    if (Array.isArray(body.items) && body.items.length > 0) throw badRequest("With cartId, the order's items come from the cart: send no items", "items");
    const input: Mutable<CreateOrderInput> = { cartId };
    if (body.locationCode !== undefined) input.locationCode = body.locationCode;
    const extra = extraFrom(body, ORDER_FIELDS);
    if (extra !== undefined) input.extra = extra;
    // The cart is used up: the order and the cart's removal are one write.
    const { value } = commerceCommit(ctx, (state, now) => {
      const created = createOrderCommand(state, input, now);
      if (!created.ok) return created;
      const removed = deleteCart(created.state, cartId);
      return removed.ok ? { ok: true, state: removed.state, value: created.value } : removed;
    });
    return answerOrder(ctx, value);
  }
  return createFromItems(ctx);
};

const createFromItems = wholeRequest(commerceRequestBodySchemas.createOrder, (ctx, body, commit) => {
  const input: Mutable<CreateOrderInput> = { items: (body.items ?? []).map(commerceItemFromWire) };
  if (body.locationCode !== undefined) input.locationCode = body.locationCode;
  const extra = extraFrom(body, ORDER_FIELDS);
  if (extra !== undefined) input.extra = extra;
  const { value } = commit((state, now) => createOrderCommand(state, input, now), COMMERCE_ERROR_MAPPING);
  return answerOrder(ctx, value);
});

/** GET /commerce/orders: a page, filtered by `id`, `orderNumber`, `status`, `originalCartId`, `parentCheckoutId`. */
export const getOrders: TenantRouteHandler = (ctx) => {
  const all = filterBy(ctx, listOrders(commerceState(ctx)), {
    id: (o) => o.id,
    orderNumber: (o) => o.orderNumber,
    status: (o) => o.status,
    originalCartId: (o) => o.cartId,
    parentCheckoutId: (o) => o.checkoutId,
  });
  const scope = orderScope(ctx);
  const result = page(ctx, all);
  return ctx.json({ ...result, items: result.items.map((o) => orderToWire(o, scope)) });
};

/** GET /commerce/orders/{orderId}. */
export const getOrder: TenantRouteHandler = (ctx) => {
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  return ctx.json(orderToWire(order, orderScope(ctx)));
};

/** PUT /commerce/orders/{orderId}: the order's location and echoed fields (Pending only); items change through the item calls. */
export const updateOrder: TenantRouteHandler = async (ctx) => {
  refuseDrafts(ctx);
  const body = await ctx.body(commerceRequestBodySchemas.updateOrder);
  const extra = extraFrom(body, new Set([...ORDER_FIELDS, "id", "orderNumber", "status", "availableActions", "shipments", "packages"]));
  const patch = { ...(body.locationCode === undefined ? {} : { locationCode: body.locationCode }), ...(extra === undefined ? {} : { extra }) };
  const { value } = commerceCommit(ctx, (state, now) => updateOrderCommand(state, orderId(ctx), patch, now));
  return answerOrder(ctx, value);
};

/** GET /commerce/orders/{orderId}/items. */
export const getOrderItems: TenantRouteHandler = (ctx) => {
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  return ctx.json({ totalCount: order.items.length, items: order.items.map(orderItemToWire) });
};

/** GET /commerce/orders/{orderId}/items/{orderItemId} (the id or the item's lineId). */
export const getOrderItem: TenantRouteHandler = (ctx) => {
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  const ref = ctx.params.orderItemId ?? "";
  const item = findOrderItem(order, ref) ?? findOrderItem(order, itemRef(ref));
  if (item === undefined) throw notFound(`Order item ${ref} not found`, "orderItemId");
  return ctx.json(orderItemToWire(item));
};

/** POST /commerce/orders/{orderId}/items (Pending only). */
export const createOrderItem: TenantRouteHandler = async (ctx) => {
  refuseDrafts(ctx);
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  const body = await itemRequestBody(ctx, commerceRequestBodySchemas.createOrderItem, order.items.length);
  const { value } = commerceCommit(ctx, (state, now) => addOrderItem(state, orderId(ctx), commerceItemFromWire(body), now));
  return answerOrder(ctx, value.order);
};

function orderItemParam(ctx: TenantRouteContext): string | number {
  const ref = ctx.params.orderItemId ?? "";
  const order = commerceState(ctx).commerce.orders.get(orderId(ctx));
  return order !== undefined && findOrderItem(order, ref) !== undefined ? ref : itemRef(ref);
}

/** DELETE /commerce/orders/{orderId}/items/{orderItemId} (Pending only). */
export const deleteOrderItem: TenantRouteHandler = (ctx) => {
  refuseDrafts(ctx);
  const { value } = commerceCommit(ctx, (state, now) => removeOrderItem(state, orderId(ctx), orderItemParam(ctx), now));
  return answerOrder(ctx, value);
};

/** PUT /commerce/orders/{orderId}/items/{orderItemId}/quantity/{quantity} (Pending only). */
export const updateItemQuantity: TenantRouteHandler = async (ctx) => {
  refuseDrafts(ctx);
  const raw = ctx.params.quantity ?? "";
  const quantity = Number(raw);
  if (!/^\d+$/.test(raw) || quantity < 1) throw badRequest("quantity must be a whole number, at least 1", "quantity");
  const text = await ctx.request.clone().text();
  if (text.trim() !== "") await ctx.body(commerceRequestBodySchemas.updateItemQuantity);
  const { value } = commerceCommit(ctx, (state, now) => updateOrderItem(state, orderId(ctx), orderItemParam(ctx), { quantity }, now));
  return answerOrder(ctx, value.order);
};

/**
 * PUT /commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags: replaces the item's
 * tags (Pending only; afterwards 409 in Kibo's error shape, nothing changed). Bad tags are 400
 * listing every one (`items[i].inventoryTags[j].name` / `.value`, `i` the item's position).
 */
export const upsertInventoryTags: TenantRouteHandler = async (ctx) => {
  refuseDrafts(ctx);
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  const ref = orderItemParam(ctx);
  const item = findOrderItem(order, ref);
  // An unknown item is the engine's 404.
  const tags = item === undefined ? [] : await inventoryTagsBody(ctx, order.items.indexOf(item));
  const { value } = commerceCommit(ctx, (state, now) => upsertOrderItemTags(state, orderId(ctx), ref, tags, now));
  return answerOrder(ctx, value.order);
};

/** GET /commerce/orders/{orderId}/actions. */
export const getAvailableActions: TenantRouteHandler = (ctx) => {
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  return ctx.json(availableOrderActions(order));
};

/** POST /commerce/orders/{orderId}/actions: SubmitOrder (allocates each item from its segment) or CancelOrder. */
export const performOrderAction: TenantRouteHandler = async (ctx) => {
  const { actionName } = await ctx.body(commerceRequestBodySchemas.performOrderAction);
  const command = actionName === "SubmitOrder" ? submitOrder : cancelOrderCommand;
  const { value } = commerceCommit(ctx, (state, now) => command(state, orderId(ctx), now));
  return answerOrder(ctx, value);
};

/** PUT /commerce/orders/cancel/{orderId}: releases every allocated unit to the segment it came from. */
export const cancelOrder: TenantRouteHandler = async (ctx) => {
  const text = await ctx.request.clone().text();
  const reason = text.trim() === "" ? {} : await ctx.body(commerceRequestBodySchemas.cancelOrder);
  const { value } = commerceCommit(ctx, (state, now) => cancelOrderCommand(state, orderId(ctx), now));
  const order = commerceRead(getOrderRead(commerceState(ctx), value.id));
  return ctx.json({ ...orderToWire(order, orderScope(ctx)), canceledReason: reason });
};
