/**
 * Orders (D19): created Pending (from items, a cart or a checkout), editable only while Pending —
 * items, quantities and inventory tags (`upsertOrderItemTags` replaces the set); afterwards 409
 * `conflict`, nothing changed. Reads answer live views (see views.ts).
 */
import type { ErrorDetail } from "../errors.js";
import { detail } from "../errors.js";
import { checkInteger } from "../internal/validate.js";
import { answer, type Answer, ok, type Result } from "../result.js";
import type { InventoryState } from "../state.js";
import type { TagPair } from "../tags.js";
import { type CommerceItemPatch, patchItem } from "./carts.js";
import { CommerceDraft, commerceId } from "./commerce-state.js";
import { withCommerce } from "./with-commerce.js";
import { conflict, invalid, notFound } from "./errors.js";
import { checkItemInput, copyItem, isoOf, newItem, nextLineId } from "./items.js";
import type { CommerceItem, CommerceItemInput, Extra, Order, OrderItem } from "./types.js";
import { liveOrder } from "./views.js";

/** A new order: from `items`, or from a cart (`cartId`) or checkout (`checkoutId`) whose items it copies. */
export interface CreateOrderInput {
  readonly items?: readonly CommerceItemInput[];
  readonly cartId?: string;
  readonly checkoutId?: string;
  /** The order's fulfillment location, for items without their own. */
  readonly locationCode?: string | null;
  readonly extra?: Extra;
}

/** What `updateOrder` may change (only while Pending). */
export interface OrderPatch {
  readonly locationCode?: string | null;
  readonly extra?: Extra;
}

/** An order and one of its items. */
export interface OrderItemResult {
  readonly order: Order;
  readonly item: OrderItem;
}

/** One order (live view). */
export function getOrder(state: InventoryState, orderId: string): Answer<Order> {
  const order = state.commerce.orders.get(orderId);
  return order === undefined ? notFound("Order", orderId, "orderId") : answer(liveOrder(state, order));
}

/** One order by its number (the Inventory API's orderID), live view. */
export function getOrderByNumber(state: InventoryState, orderNumber: number): Answer<Order> {
  const id = state.commerce.orderIdsByNumber.get(orderNumber);
  return id === undefined ? notFound("Order", orderNumber, "orderNumber") : getOrder(state, id);
}

/** Every order, by order number (live views). */
export function listOrders(state: InventoryState): Order[] {
  return [...state.commerce.orders.values()].sort((a, b) => a.orderNumber - b.orderNumber).map((o) => liveOrder(state, o));
}

function pendingOrder(state: InventoryState, orderId: string): Order | ReturnType<typeof notFound> {
  const order = state.commerce.orders.get(orderId);
  if (order === undefined) return notFound("Order", orderId, "orderId");
  if (order.status !== "Pending")
    return conflict(`Order ${orderId} is ${order.status}; it can be changed only while it is Pending`);
  return order;
}

function store(state: InventoryState, draft: CommerceDraft, order: Order): InventoryState {
  draft.putOrder(order);
  return withCommerce(state, draft.finish());
}

/** Creates a Pending order. Items are validated whole (tags per D19); with a cart or checkout, their items are copied. */
export function createOrder(state: InventoryState, input: CreateOrderInput, now: number): Result<InventoryState, Order> {
  const details: ErrorDetail[] = [];
  const sources = [input.items !== undefined, input.cartId !== undefined, input.checkoutId !== undefined].filter(Boolean).length;
  if (sources > 1) details.push(detail("items", "one_source", "Give items, cartId or checkoutId, not several"));
  if (input.locationCode !== undefined && input.locationCode !== null && (typeof input.locationCode !== "string" || input.locationCode === ""))
    details.push(detail("locationCode", "invalid", "locationCode must be a non-empty string or null"));
  if (input.items !== undefined && !Array.isArray(input.items)) details.push(detail("items", "invalid", "items must be an array"));
  else for (const [i, item] of (input.items ?? []).entries()) checkItemInput(state.tagCategories, item, details, i);
  if (details.length > 0) return invalid("Invalid order", details);
  const draft = new CommerceDraft(state.commerce);
  let items: CommerceItem[];
  let cartId: string | null = null;
  let checkoutId: string | null = null;
  if (input.cartId !== undefined) {
    const cart = state.commerce.carts.get(input.cartId);
    if (cart === undefined) return notFound("Cart", input.cartId, "cartId");
    cartId = cart.id;
    items = cart.items.map((it, i) => copyItem(draft, it, i + 1, it.id));
  } else if (input.checkoutId !== undefined) {
    const checkout = state.commerce.checkouts.get(input.checkoutId);
    if (checkout === undefined) return notFound("Checkout", input.checkoutId, "checkoutId");
    if (checkout.status !== "Pending") return conflict(`Checkout ${checkout.id} already has an order`);
    checkoutId = checkout.id;
    cartId = checkout.cartId;
    items = checkout.items.map((it, i) => copyItem(draft, it, i + 1, it.originalCartItemId ?? it.id));
  } else {
    items = (input.items ?? []).map((it, i) => newItem(draft, it, i + 1));
  }
  const orderNumber = draft.next("order");
  const at = isoOf(now);
  const order: Order = {
    id: commerceId("order", orderNumber),
    orderNumber,
    status: "Pending",
    locationCode: input.locationCode ?? null,
    items,
    shipments: [],
    packages: [],
    cartId,
    checkoutId,
    created: at,
    updated: at,
    submitted: null,
    ...(input.extra === undefined ? {} : { extra: input.extra }),
  };
  if (checkoutId !== null) {
    const checkout = state.commerce.checkouts.get(checkoutId);
    if (checkout) draft.putCheckout({ ...checkout, status: "Submitted", orderId: order.id, updated: at });
  }
  return ok(store(state, draft, order), order);
}

/** Changes the order's location or extra data (Pending only). */
export function updateOrder(state: InventoryState, orderId: string, patch: OrderPatch, now: number): Result<InventoryState, Order> {
  const order = pendingOrder(state, orderId);
  if ("ok" in order) return order;
  const loc = patch.locationCode;
  if (loc !== undefined && loc !== null && (typeof loc !== "string" || loc === ""))
    return invalid("Invalid order", [detail("locationCode", "invalid", "locationCode must be a non-empty string or null")]);
  const next: Order = {
    ...order,
    locationCode: loc === undefined ? order.locationCode : loc,
    updated: isoOf(now),
    ...(patch.extra === undefined ? {} : { extra: patch.extra }),
  };
  return ok(store(state, new CommerceDraft(state.commerce), next), next);
}

/** Adds an item with the next line number (Pending only); problems name it by the position it would take. */
export function addOrderItem(
  state: InventoryState,
  orderId: string,
  input: CommerceItemInput,
  now: number,
): Result<InventoryState, OrderItemResult> {
  const order = pendingOrder(state, orderId);
  if ("ok" in order) return order;
  const details: ErrorDetail[] = [];
  if (!checkItemInput(state.tagCategories, input, details, order.items.length)) return invalid("Invalid order item", details);
  const draft = new CommerceDraft(state.commerce);
  const item = newItem(draft, input, nextLineId(order.items));
  const next: Order = { ...order, items: [...order.items, item], updated: isoOf(now) };
  return ok(store(state, draft, next), { order: next, item });
}

/** Finds an item by id or line number. */
export function findOrderItem(order: Order, orderItemId: string | number): OrderItem | undefined {
  return order.items.find((i) => (typeof orderItemId === "number" ? i.lineId === orderItemId : i.id === orderItemId));
}

/**
 * One `{orderItemId, quantity}` line of a package or return request: checks the quantity (≥ 1) and
 * finds the item, pushing details at the line's `index`. `item` is set only when both are good;
 * `missing` says the item does not exist (the request then answers not found).
 */
export function readOrderLine(
  order: Order,
  line: { readonly orderItemId: string | number; readonly quantity: number },
  index: number,
  details: ErrorDetail[],
): { readonly item: OrderItem | undefined; readonly missing: boolean } {
  const before = details.length;
  checkInteger(line.quantity, "quantity", details, index, 1);
  const item = findOrderItem(order, line.orderItemId);
  if (item === undefined) details.push(detail("orderItemId", "not_found", `Order item ${line.orderItemId} not found`, index));
  return { item: details.length > before ? undefined : item, missing: item === undefined };
}

/** Changes an item (quantity, tags — the set is replaced —, location, method), Pending only. */
export function updateOrderItem(
  state: InventoryState,
  orderId: string,
  orderItemId: string | number,
  patch: CommerceItemPatch,
  now: number,
): Result<InventoryState, OrderItemResult> {
  const order = state.commerce.orders.get(orderId);
  if (order === undefined) return notFound("Order", orderId, "orderId");
  const current = findOrderItem(order, orderItemId);
  if (current === undefined) return notFound("Order item", orderItemId, "orderItemId");
  const pending = pendingOrder(state, orderId);
  if ("ok" in pending) return pending;
  const details: ErrorDetail[] = [];
  const item = patchItem(state, current, patch, details, order.items.indexOf(current));
  if (item === undefined) return invalid("Invalid order item", details);
  const next: Order = { ...order, items: order.items.map((i) => (i.id === current.id ? item : i)), updated: isoOf(now) };
  return ok(store(state, new CommerceDraft(state.commerce), next), { order: next, item });
}

/** Replaces an item's inventory tags (Pending only; afterwards 409, nothing changed). */
export function upsertOrderItemTags(
  state: InventoryState,
  orderId: string,
  orderItemId: string | number,
  inventoryTags: readonly TagPair[],
  now: number,
): Result<InventoryState, OrderItemResult> {
  return updateOrderItem(state, orderId, orderItemId, { inventoryTags }, now);
}

/** Removes an item; the others keep their line numbers (Pending only). */
export function removeOrderItem(
  state: InventoryState,
  orderId: string,
  orderItemId: string | number,
  now: number,
): Result<InventoryState, Order> {
  const order = state.commerce.orders.get(orderId);
  if (order === undefined) return notFound("Order", orderId, "orderId");
  const current = findOrderItem(order, orderItemId);
  if (current === undefined) return notFound("Order item", orderItemId, "orderItemId");
  const pending = pendingOrder(state, orderId);
  if ("ok" in pending) return pending;
  const next: Order = { ...order, items: order.items.filter((i) => i.id !== current.id), updated: isoOf(now) };
  return ok(store(state, new CommerceDraft(state.commerce), next), next);
}
