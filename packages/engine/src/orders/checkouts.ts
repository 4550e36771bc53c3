/**
 * Checkouts (D19): made from a cart (its items copied, tags included), editable while Pending —
 * add or delete items, replace an item's tags, split an item (the new item copies the tags and
 * stays editable). `createOrder({checkoutId})` makes the order and marks the checkout Submitted;
 * a Submitted checkout answers 409 to edits.
 */
import type { ErrorDetail } from "../errors.js";
import { detail } from "../errors.js";
import { answer, type Answer, ok, type Result } from "../result.js";
import type { InventoryState } from "../state.js";
import type { TagPair } from "../tags.js";
import { patchItem } from "./carts.js";
import { CommerceDraft } from "./commerce-state.js";
import { withCommerce } from "./with-commerce.js";
import { conflict, invalid, notFound } from "./errors.js";
import { checkItemInput, copyItem, isoOf, newItem, nextLineId } from "./items.js";
import type { Checkout, CommerceItem, CommerceItemInput, Extra } from "./types.js";

/** A checkout and one of its items. */
export interface CheckoutItemResult {
  readonly checkout: Checkout;
  readonly item: CommerceItem;
}

/** One checkout. */
export function getCheckout(state: InventoryState, checkoutId: string): Answer<Checkout> {
  const c = state.commerce.checkouts.get(checkoutId);
  return c === undefined ? notFound("Checkout", checkoutId, "checkoutId") : answer(c);
}

/** Every checkout, oldest first. */
export function listCheckouts(state: InventoryState): Checkout[] {
  return [...state.commerce.checkouts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Creates a Pending checkout from a cart: its items are copied (tags, locations; `originalCartItemId` set). */
export function createCheckoutFromCart(
  state: InventoryState,
  cartId: string,
  now: number,
  extra?: Extra,
): Result<InventoryState, Checkout> {
  const cart = state.commerce.carts.get(cartId);
  if (cart === undefined) return notFound("Cart", cartId, "cartId");
  const draft = new CommerceDraft(state.commerce);
  const at = isoOf(now);
  const checkout: Checkout = {
    id: draft.nextId("checkout"),
    cartId: cart.id,
    status: "Pending",
    items: cart.items.map((it, i) => copyItem(draft, it, i + 1, it.id)),
    orderId: null,
    created: at,
    updated: at,
    ...(extra === undefined ? {} : { extra }),
  };
  draft.putCheckout(checkout);
  return ok(withCommerce(state, draft.finish()), checkout);
}

function pendingCheckout(state: InventoryState, checkoutId: string): Checkout | ReturnType<typeof notFound> {
  const c = state.commerce.checkouts.get(checkoutId);
  if (c === undefined) return notFound("Checkout", checkoutId, "checkoutId");
  if (c.status !== "Pending") return conflict(`Checkout ${checkoutId} is ${c.status}; it can be changed only while it is Pending`);
  return c;
}

function store(state: InventoryState, draft: CommerceDraft, checkout: Checkout): InventoryState {
  draft.putCheckout(checkout);
  return withCommerce(state, draft.finish());
}

/** Adds an item (validated whole, tags per D19); problems name it by the position it would take. */
export function addCheckoutItem(
  state: InventoryState,
  checkoutId: string,
  input: CommerceItemInput,
  now: number,
): Result<InventoryState, CheckoutItemResult> {
  const c = pendingCheckout(state, checkoutId);
  if ("ok" in c) return c;
  const details: ErrorDetail[] = [];
  if (!checkItemInput(state.tagCategories, input, details, c.items.length)) return invalid("Invalid checkout item", details);
  const draft = new CommerceDraft(state.commerce);
  const item = newItem(draft, input, nextLineId(c.items));
  const next: Checkout = { ...c, items: [...c.items, item], updated: isoOf(now) };
  return ok(store(state, draft, next), { checkout: next, item });
}

/** Deletes an item. */
export function deleteCheckoutItem(state: InventoryState, checkoutId: string, itemId: string, now: number): Result<InventoryState, Checkout> {
  const c = pendingCheckout(state, checkoutId);
  if ("ok" in c) return c;
  if (!c.items.some((i) => i.id === itemId)) return notFound("Checkout item", itemId, "itemId");
  const next: Checkout = { ...c, items: c.items.filter((i) => i.id !== itemId), updated: isoOf(now) };
  return ok(store(state, new CommerceDraft(state.commerce), next), next);
}

/** Replaces an item's inventory tags (validated per D19, problems at the item's position; nothing changed on error). */
export function upsertCheckoutItemTags(
  state: InventoryState,
  checkoutId: string,
  itemId: string,
  inventoryTags: readonly TagPair[],
  now: number,
): Result<InventoryState, CheckoutItemResult> {
  const c = pendingCheckout(state, checkoutId);
  if ("ok" in c) return c;
  const position = c.items.findIndex((i) => i.id === itemId);
  const current = c.items[position];
  if (current === undefined) return notFound("Checkout item", itemId, "itemId");
  const details: ErrorDetail[] = [];
  const item = patchItem(state, current, { inventoryTags }, details, position);
  if (item === undefined) return invalid("Invalid inventory tags", details);
  const next: Checkout = { ...c, items: c.items.map((i) => (i.id === itemId ? item : i)), updated: isoOf(now) };
  return ok(store(state, new CommerceDraft(state.commerce), next), { checkout: next, item });
}

/**
 * Splits `quantity` units off an item into a new item (next line) that copies its tags, location
 * and method; both stay editable. `quantity` must be at least 1 and less than the item's.
 */
export function splitCheckoutItem(
  state: InventoryState,
  checkoutId: string,
  itemId: string,
  quantity: number,
  now: number,
): Result<InventoryState, CheckoutItemResult> {
  const c = pendingCheckout(state, checkoutId);
  if ("ok" in c) return c;
  const current = c.items.find((i) => i.id === itemId);
  if (current === undefined) return notFound("Checkout item", itemId, "itemId");
  if (!Number.isInteger(quantity) || quantity < 1 || quantity >= current.quantity)
    return invalid("Invalid split", [
      detail("quantity", "out_of_range", `quantity must be an integer from 1 to ${current.quantity - 1}`),
    ]);
  const draft = new CommerceDraft(state.commerce);
  const split = { ...copyItem(draft, current, nextLineId(c.items), current.originalCartItemId), quantity };
  const items = c.items.flatMap((i) => (i.id === itemId ? [{ ...i, quantity: i.quantity - quantity }, split] : [i]));
  const next: Checkout = { ...c, items, updated: isoOf(now) };
  return ok(store(state, draft, next), { checkout: next, item: split });
}
