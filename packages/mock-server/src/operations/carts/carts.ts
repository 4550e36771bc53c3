/**
 * Carts (D19; openapi/commerce.yaml, tag Carts): the current cart and carts by id, their items
 * added, updated (quantity, tags, location, method) and removed. A cart never allocates: an item
 * asking for more than its segment has available at its location still goes in, and the cart gets
 * a message, `OutOfStock` or `Backorder` when the item `allowsBackOrder` (engine: `stockMessage`).
 *
 * The current cart is the one anonymous cart of the tenant and site, created empty on first use.
 * Tag problems (a name without a value, a name twice, an unknown name or value) are 400 listing
 * every bad tag (`items[i].inventoryTags[j].name` / `.value`, `i` the item's position in the cart),
 * nothing changed.
 */
import {
  addCartItem,
  type Cart,
  type CommerceItem,
  type CommerceItemPatch,
  createCart,
  deleteCart as deleteEngineCart,
  findUserCart,
  getCart as getEngineCart,
  removeAllCartItems,
  removeCartItem,
  updateCartItem as updateEngineCartItem,
} from "@kibo-inventory/engine";
import { CartItemRequestSchema, type CommerceSchemas } from "@kibo-inventory/spec";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { COMMERCE_ERROR_MAPPING, commerceItemFromWire, commerceItemToWire, type WireItemRequest } from "../../mapping/commerce-items.js";
import { badRequest, notFound, unwrapAnswer } from "../../mapping/engine-errors.js";
import type { Mutable } from "../../mapping/mutable.js";
import { commit } from "../shared/context.js";
import { itemRequestBody } from "../shared/item-body.js";

type WireCart = CommerceSchemas["Cart"];
type WireCartItem = CommerceSchemas["CartItem"];

/** The owner of a tenant and site's current cart (the engine's cart `userId`). */
function currentCartOwner(ctx: TenantRouteContext): string {
  return `anonymous@${ctx.tenant.id}/${ctx.tenant.siteId ?? "-"}`;
}

function cartItemToWire(item: CommerceItem): WireCartItem {
  return commerceItemToWire(item);
}

function cartToWire(ctx: TenantRouteContext, cart: Cart): WireCart {
  return {
    ...(cart.extra ?? {}),
    id: cart.id,
    tenantId: ctx.tenant.id,
    siteId: ctx.tenant.siteId ?? null,
    userId: cart.userId,
    items: cart.items.map(cartItemToWire),
    cartMessages: cart.messages.map((m) => ({ message: m.message, messageType: m.code, cartItemId: m.cartItemId, availableQuantity: m.available })),
    createDate: cart.created,
    lastModifiedDate: cart.updated,
  };
}

/**
 * The cart a handler acts on: `{cartId}` (404 when unknown), or the current cart, created when
 * there is none. (`ctx.tenant.inventory` is the state the request started with, so a cart created
 * here is taken from the commit's answer.)
 */
function cartOf(ctx: TenantRouteContext): Cart {
  const found = existingCartOf(ctx);
  if (found !== undefined) return found;
  // A request naming an item of a current cart that does not exist yet is a 404 that creates nothing.
  if (ctx.params.cartItemId !== undefined) throw notFound(`Cart item ${ctx.params.cartItemId} not found`, "cartItemId");
  return commit(ctx, (state, now) => createCart(state, { userId: currentCartOwner(ctx) }, now), COMMERCE_ERROR_MAPPING).value;
}

/** `{cartId}` (404 when unknown), or the current cart when there is one; never creates a cart. */
function existingCartOf(ctx: TenantRouteContext): Cart | undefined {
  const cartId = ctx.params.cartId;
  if (cartId !== undefined) return unwrapAnswer(getEngineCart(ctx.tenant.inventory, cartId), COMMERCE_ERROR_MAPPING);
  return findUserCart(ctx.tenant.inventory, currentCartOwner(ctx));
}

/** The position of an item in its cart; 404 when the cart has no such item. */
function positionOf(cart: Cart, cartItemId: string | undefined): number {
  const position = cart.items.findIndex((i) => i.id === cartItemId);
  if (position < 0) throw notFound(`Cart item ${cartItemId} not found`, "cartItemId");
  return position;
}

function itemOf(cart: Cart, cartItemId: string | undefined): CommerceItem {
  return cart.items[positionOf(cart, cartItemId)] as CommerceItem;
}

/** `getOrCreateCart` / `getCart`. */
export const getCart: TenantRouteHandler = (ctx) => ctx.json(cartToWire(ctx, cartOf(ctx)));

/** `deleteCart`: 204. */
export const deleteCart: TenantRouteHandler = (ctx) => {
  commit(ctx, (state) => deleteEngineCart(state, ctx.params.cartId ?? ""), COMMERCE_ERROR_MAPPING);
  return new Response(null, { status: 204 });
};

/** `getCartItems` / `getCartItemsByCartId`. */
export const getCartItems: TenantRouteHandler = (ctx) => {
  const cart = cartOf(ctx);
  return ctx.json({ totalCount: cart.items.length, items: cart.items.map(cartItemToWire) });
};

/** `getCartItem` / `getCartItemByCartId`. */
export const getCartItem: TenantRouteHandler = (ctx) => ctx.json(cartItemToWire(itemOf(cartOf(ctx), ctx.params.cartItemId)));

/** `addItemToCart` / `addItemToCartByCartId`: the new item; a shortfall is a message on the cart. */
export const addItemToCart: TenantRouteHandler = async (ctx) => {
  // The body is checked before the current cart is created: a refused request creates nothing.
  const existing = existingCartOf(ctx);
  const body = await itemRequestBody(ctx, CartItemRequestSchema, existing?.items.length ?? 0);
  const cartId = (existing ?? cartOf(ctx)).id;
  const { value } = commit(ctx, (state, now) => addCartItem(state, cartId, commerceItemFromWire(body), now), COMMERCE_ERROR_MAPPING);
  return ctx.json(cartItemToWire(value.item));
};

/** The patch a full item body makes (quantity, tags — the set is replaced —, location, method). */
function patchFromWire(body: WireItemRequest): CommerceItemPatch {
  const input = commerceItemFromWire(body);
  const patch: Mutable<CommerceItemPatch> = { quantity: input.quantity, inventoryTags: input.inventoryTags ?? null };
  if (input.locationCode !== undefined) patch.locationCode = input.locationCode;
  if (input.fulfillmentMethod !== undefined) patch.fulfillmentMethod = input.fulfillmentMethod;
  if (input.allowsBackOrder !== undefined) patch.allowsBackOrder = input.allowsBackOrder;
  if (input.extra !== undefined) patch.extra = input.extra;
  return patch;
}

function update(ctx: TenantRouteContext, patch: CommerceItemPatch): Response {
  const cartId = cartOf(ctx).id;
  const cartItemId = ctx.params.cartItemId ?? "";
  const { value } = commit(ctx, (state, now) => updateEngineCartItem(state, cartId, cartItemId, patch, now), COMMERCE_ERROR_MAPPING);
  return ctx.json(cartItemToWire(value.item));
}

/** `updateCartItem` / `updateCartItemByCartId`: the item as sent replaces the stored one. */
export const updateCartItem: TenantRouteHandler = async (ctx) => {
  const position = positionOf(cartOf(ctx), ctx.params.cartItemId);
  return update(ctx, patchFromWire(await itemRequestBody(ctx, CartItemRequestSchema, position)));
};

/** `updateCartItemQuantity` / `…ByCartId`: the quantity in the path (at least 1). */
export const updateCartItemQuantity: TenantRouteHandler = (ctx) => {
  const raw = ctx.params.quantity ?? "";
  const quantity = Number(raw);
  if (!/^\d+$/.test(raw) || quantity < 1) throw badRequest("quantity must be a whole number of at least 1", "quantity");
  return update(ctx, { quantity });
};

/** `deleteCartItem` / `deleteCartItemByCartId`: 204. */
export const deleteCartItem: TenantRouteHandler = (ctx) => {
  const cartId = cartOf(ctx).id;
  commit(ctx, (state, now) => removeCartItem(state, cartId, ctx.params.cartItemId ?? "", now), COMMERCE_ERROR_MAPPING);
  return new Response(null, { status: 204 });
};

/** `removeAllCartItemsByCartId`: the emptied cart. */
export const removeAllCartItemsByCartId: TenantRouteHandler = (ctx) => {
  const { value } = commit(ctx, (state, now) => removeAllCartItems(state, ctx.params.cartId ?? "", now), COMMERCE_ERROR_MAPPING);
  return ctx.json(cartToWire(ctx, value));
};
