/**
 * Carts (D19): items with inventory tags; carts never allocate. Adding or updating an item with
 * more units than its segment has available at its location succeeds and leaves a cart message
 * (`OutOfStock`, or `Backorder` when the item allows backorder). An item without a location is not
 * checked.
 */
import { answer, type Answer, ok, type Result } from "../result.js";
import type { ErrorDetail } from "../errors.js";
import type { InventoryState } from "../state.js";
import type { TagPair } from "../tags.js";
import { CommerceDraft } from "./commerce-state.js";
import { withCommerce } from "./with-commerce.js";
import { invalid, notFound } from "./errors.js";
import { copyTags } from "./item-tags.js";
import { checkItemInput, isoOf, newItem, nextLineId } from "./items.js";
import { stockMessage } from "./stock-check.js";
import type { Cart, CommerceItem, CommerceItemInput, Extra, FulfillmentMethod } from "./types.js";

export interface CartInput {
  readonly userId?: string | null;
  readonly extra?: Extra;
}

/** What an item update may change; absent fields stay. `inventoryTags` replaces the set. */
export interface CommerceItemPatch {
  readonly quantity?: number;
  readonly inventoryTags?: readonly TagPair[] | null;
  readonly locationCode?: string | null;
  readonly fulfillmentMethod?: FulfillmentMethod;
  readonly allowsBackOrder?: boolean;
  readonly extra?: Extra;
}

/** A cart and one of its items. */
export interface CartItemResult {
  readonly cart: Cart;
  readonly item: CommerceItem;
}

/** One cart. */
export function getCart(state: InventoryState, cartId: string): Answer<Cart> {
  const cart = state.commerce.carts.get(cartId);
  return cart === undefined ? notFound("Cart", cartId, "cartId") : answer(cart);
}

/** The newest cart of a user (the server's "current" cart), if any. */
export function findUserCart(state: InventoryState, userId: string): Cart | undefined {
  let found: Cart | undefined;
  state.commerce.carts.forEach((c) => {
    if (c.userId === userId && (found === undefined || c.id > found.id)) found = c;
  });
  return found;
}

/** Every cart, oldest first. */
export function listCarts(state: InventoryState): Cart[] {
  return [...state.commerce.carts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Creates an empty cart. */
export function createCart(state: InventoryState, input: CartInput, now: number): Result<InventoryState, Cart> {
  const draft = new CommerceDraft(state.commerce);
  const at = isoOf(now);
  const cart: Cart = {
    id: draft.nextId("cart"),
    userId: input.userId ?? null,
    items: [],
    messages: [],
    created: at,
    updated: at,
    ...(input.extra === undefined ? {} : { extra: input.extra }),
  };
  draft.putCart(cart);
  return ok(withCommerce(state, draft.finish()), cart);
}

/** Deletes a cart. */
export function deleteCart(state: InventoryState, cartId: string): Result<InventoryState, Cart> {
  const cart = state.commerce.carts.get(cartId);
  if (cart === undefined) return notFound("Cart", cartId, "cartId");
  const draft = new CommerceDraft(state.commerce);
  draft.deleteCart(cartId);
  return ok(withCommerce(state, draft.finish()), cart);
}

/** The cart with `items`, its messages recomputed for the items in `changed` (others kept). */
function withItems(state: InventoryState, cart: Cart, items: readonly CommerceItem[], changed: readonly string[], now: number): Cart {
  const kept = cart.messages.filter((m) => !changed.includes(m.cartItemId) && items.some((i) => i.id === m.cartItemId));
  const fresh = items.filter((i) => changed.includes(i.id)).flatMap((i) => stockMessage(state, i, now) ?? []);
  return { ...cart, items, messages: [...kept, ...fresh], updated: isoOf(now) };
}

/**
 * Adds an item (validated whole: tags per D19); a shortfall adds a cart message. Problems name the
 * item by the position it would take (`index` = the cart's item count).
 */
export function addCartItem(
  state: InventoryState,
  cartId: string,
  input: CommerceItemInput,
  now: number,
): Result<InventoryState, CartItemResult> {
  const cart = state.commerce.carts.get(cartId);
  if (cart === undefined) return notFound("Cart", cartId, "cartId");
  const details: ErrorDetail[] = [];
  if (!checkItemInput(state.tagCategories, input, details, cart.items.length)) return invalid("Invalid cart item", details);
  const draft = new CommerceDraft(state.commerce);
  const item = newItem(draft, input, nextLineId(cart.items));
  const next = withItems(state, cart, [...cart.items, item], [item.id], now);
  draft.putCart(next);
  return ok(withCommerce(state, draft.finish()), { cart: next, item });
}

/**
 * Applies a patch to an item, validated (tags per D19, quantity ≥ 1); problems carry `index`, the
 * item's position in its cart, checkout or order (`items[index].inventoryTags[j].value` on the wire).
 */
export function patchItem(
  state: InventoryState,
  item: CommerceItem,
  patch: CommerceItemPatch,
  details: ErrorDetail[],
  index: number,
): CommerceItem | undefined {
  const merged: CommerceItemInput = {
    ...item,
    quantity: patch.quantity ?? item.quantity,
    locationCode: patch.locationCode === undefined ? item.locationCode : patch.locationCode,
    fulfillmentMethod: patch.fulfillmentMethod ?? item.fulfillmentMethod,
    allowsBackOrder: patch.allowsBackOrder ?? item.allowsBackOrder,
    inventoryTags: patch.inventoryTags === undefined ? item.inventoryTags : patch.inventoryTags,
  };
  if (!checkItemInput(state.tagCategories, merged, details, index)) return undefined;
  return {
    ...item,
    quantity: merged.quantity,
    locationCode: merged.locationCode ?? null,
    fulfillmentMethod: merged.fulfillmentMethod ?? "Ship",
    allowsBackOrder: merged.allowsBackOrder ?? false,
    inventoryTags: copyTags(merged.inventoryTags),
    ...(patch.extra === undefined ? {} : { extra: patch.extra }),
  };
}

/** Updates an item's quantity, tags (the set is replaced), location or method; messages recomputed. */
export function updateCartItem(
  state: InventoryState,
  cartId: string,
  cartItemId: string,
  patch: CommerceItemPatch,
  now: number,
): Result<InventoryState, CartItemResult> {
  const cart = state.commerce.carts.get(cartId);
  if (cart === undefined) return notFound("Cart", cartId, "cartId");
  const position = cart.items.findIndex((i) => i.id === cartItemId);
  const current = cart.items[position];
  if (current === undefined) return notFound("Cart item", cartItemId, "cartItemId");
  const details: ErrorDetail[] = [];
  const item = patchItem(state, current, patch, details, position);
  if (item === undefined) return invalid("Invalid cart item", details);
  const next = withItems(
    state,
    cart,
    cart.items.map((i) => (i.id === cartItemId ? item : i)),
    [item.id],
    now,
  );
  const draft = new CommerceDraft(state.commerce);
  draft.putCart(next);
  return ok(withCommerce(state, draft.finish()), { cart: next, item });
}

/** Removes one item (and its messages). */
export function removeCartItem(state: InventoryState, cartId: string, cartItemId: string, now: number): Result<InventoryState, Cart> {
  const cart = state.commerce.carts.get(cartId);
  if (cart === undefined) return notFound("Cart", cartId, "cartId");
  if (!cart.items.some((i) => i.id === cartItemId)) return notFound("Cart item", cartItemId, "cartItemId");
  const next = withItems(
    state,
    cart,
    cart.items.filter((i) => i.id !== cartItemId),
    [],
    now,
  );
  const draft = new CommerceDraft(state.commerce);
  draft.putCart(next);
  return ok(withCommerce(state, draft.finish()), next);
}

/** Removes every item. */
export function removeAllCartItems(state: InventoryState, cartId: string, now: number): Result<InventoryState, Cart> {
  const cart = state.commerce.carts.get(cartId);
  if (cart === undefined) return notFound("Cart", cartId, "cartId");
  const next: Cart = { ...cart, items: [], messages: [], updated: isoOf(now) };
  const draft = new CommerceDraft(state.commerce);
  draft.putCart(next);
  return ok(withCommerce(state, draft.finish()), next);
}
