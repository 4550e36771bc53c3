/**
 * Checkouts (D19; openapi/commerce.yaml, tag Checkouts): created from a cart (its items copied
 * with their tags), items added or removed, tags upserted (the set replaced), an item split (the
 * new item copies the tags, still editable), and `SubmitCheckout`, which creates the order from
 * the checkout and submits it — allocating each item from its segment only. A checkout is
 * editable while Pending; afterwards 409. Tag problems are 400 listing every bad tag
 * (`items[i].inventoryTags[j].name` / `.value`, `i` the item's position in the checkout), nothing
 * changed.
 */
import {
  addCheckoutItem as addEngineCheckoutItem,
  type Checkout,
  createCheckoutFromCart as createEngineCheckout,
  createOrder,
  deleteCart,
  deleteCheckoutItem as deleteEngineCheckoutItem,
  getCheckout as getEngineCheckout,
  listCheckouts,
  splitCheckoutItem,
  submitOrder,
  upsertCheckoutItemTags,
} from "@kibo-inventory/engine";
import { CheckoutActionSchema, type CommerceSchemas, OrderItemRequestSchema, SplitItemQuerySchema } from "@kibo-inventory/spec";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { validate } from "../../http/validation.js";
import { COMMERCE_ERROR_MAPPING, commerceItemFromWire, commerceItemToWire } from "../../mapping/commerce-items.js";
import { badRequest, unwrapAnswer } from "../../mapping/engine-errors.js";
import { inventoryTagsBody, itemRequestBody } from "../shared/item-body.js";
import { filterBy, page } from "../shared/commerce.js";
import { commit } from "../shared/context.js";

type WireCheckout = CommerceSchemas["Checkout"];

/** The actions a checkout offers: `SubmitCheckout` while Pending, none afterwards. */
function actionsOf(checkout: Checkout): string[] {
  return checkout.status === "Pending" ? ["SubmitCheckout"] : [];
}

function checkoutToWire(ctx: TenantRouteContext, checkout: Checkout): WireCheckout {
  return {
    ...(checkout.extra ?? {}),
    id: checkout.id,
    number: numberOf(checkout),
    tenantId: ctx.tenant.id,
    siteId: ctx.tenant.siteId ?? null,
    originalCartId: checkout.cartId,
    orderId: checkout.orderId,
    status: checkout.status,
    submittedDate: checkout.status === "Submitted" ? checkout.updated : null,
    availableActions: actionsOf(checkout),
    items: checkout.items.map((item) => commerceItemToWire(item)),
    createDate: checkout.created,
    lastModifiedDate: checkout.updated,
  };
}

const checkoutId = (ctx: TenantRouteContext) => ctx.params.checkoutId ?? "";
const itemId = (ctx: TenantRouteContext) => ctx.params.itemId ?? "";

function checkoutOf(ctx: TenantRouteContext): Checkout {
  return unwrapAnswer(getEngineCheckout(ctx.tenant.inventory, checkoutId(ctx)), COMMERCE_ERROR_MAPPING);
}

/** A checkout's number: its id is the checkout counter in hex after one kind digit (engine: `commerceId`). */
const numberOf = (checkout: Checkout) => Number.parseInt(checkout.id.slice(1), 16);

/** `getCheckouts`: the tenant's checkouts by `number`, filtered over id, number and originalCartId, paged. */
export const getCheckouts: TenantRouteHandler = (ctx) => {
  const all = filterBy(ctx, listCheckouts(ctx.tenant.inventory), {
    id: (c) => c.id,
    number: (c) => String(numberOf(c)),
    originalCartId: (c) => c.cartId ?? "",
  }).sort((a, b) => numberOf(a) - numberOf(b));
  const paged = page(ctx, all);
  return ctx.json({ ...paged, items: paged.items.map((c) => checkoutToWire(ctx, c)) });
};

/** `createCheckoutFromCart` (`?cartId=`): a Pending checkout with the cart's items. */
export const createCheckoutFromCart: TenantRouteHandler = (ctx) => {
  const cartId = ctx.query.get("cartId");
  if (cartId === null || cartId === "") throw badRequest("cartId is required", "cartId", "REQUIRED");
  const cart = ctx.tenant.inventory.commerce.carts.get(cartId);
  if (cart !== undefined && cart.items.length === 0) throw badRequest(`Cart ${cartId} has no items`, "cartId", "EMPTY_CART");
  const { value } = commit(ctx, (state, now) => createEngineCheckout(state, cartId, now), COMMERCE_ERROR_MAPPING);
  return ctx.json(checkoutToWire(ctx, value));
};

/** `getCheckout`. */
export const getCheckout: TenantRouteHandler = (ctx) => ctx.json(checkoutToWire(ctx, checkoutOf(ctx)));

/** `addCheckoutItem`: the checkout with the new item. */
export const addCheckoutItem: TenantRouteHandler = async (ctx) => {
  const body = await itemRequestBody(ctx, OrderItemRequestSchema, checkoutOf(ctx).items.length);
  const { value } = commit(ctx, (state, now) => addEngineCheckoutItem(state, checkoutId(ctx), commerceItemFromWire(body), now), COMMERCE_ERROR_MAPPING);
  return ctx.json(checkoutToWire(ctx, value.checkout));
};

/** `deleteCheckoutItem`: the checkout without the item. */
export const deleteCheckoutItem: TenantRouteHandler = (ctx) => {
  const { value } = commit(ctx, (state, now) => deleteEngineCheckoutItem(state, checkoutId(ctx), itemId(ctx), now), COMMERCE_ERROR_MAPPING);
  return ctx.json(checkoutToWire(ctx, value));
};

/** `upsertInventoryTagsForCheckout`: the body (an array of `{name, value}`) replaces the item's tags. */
export const upsertInventoryTagsForCheckout: TenantRouteHandler = async (ctx) => {
  const position = checkoutOf(ctx).items.findIndex((i) => i.id === itemId(ctx));
  // The engine checks the set whole (shape, names twice, the tenant's names and values); it
  // answers 404 for an unknown item.
  const tags = position < 0 ? [] : await inventoryTagsBody(ctx, position);
  const { value } = commit(
    ctx,
    (state, now) => upsertCheckoutItemTags(state, checkoutId(ctx), itemId(ctx), tags, now),
    COMMERCE_ERROR_MAPPING,
  );
  return ctx.json(checkoutToWire(ctx, value.checkout));
};

/** `splitItem` (`?quantity=`, default 1): the new item copies the tags, location and method. */
export const splitItem: TenantRouteHandler = (ctx) => {
  const query = validate(SplitItemQuerySchema, Object.fromEntries(ctx.query), { prefix: "query" });
  const { value } = commit(ctx, (state, now) => splitCheckoutItem(state, checkoutId(ctx), itemId(ctx), query.quantity ?? 1, now), COMMERCE_ERROR_MAPPING);
  return ctx.json(checkoutToWire(ctx, value.checkout));
};

/** `getAvailableActionsForCheckout`. */
export const getAvailableActionsForCheckout: TenantRouteHandler = (ctx) => ctx.json(actionsOf(checkoutOf(ctx)));

/**
 * `performCheckoutAction` with `SubmitCheckout`: creates the order from the checkout and submits
 * it in one step (all or nothing), and uses up the source cart (deleted); answers the checkout, now
 * Submitted with its `orderId` (the order's `parentCheckoutId`).
 */
export const performCheckoutAction: TenantRouteHandler = async (ctx) => {
  await ctx.body(CheckoutActionSchema);
  const id = checkoutId(ctx);
  commit(
    ctx,
    (state, now) => {
      const created = createOrder(state, { checkoutId: id }, now);
      if (!created.ok) return created;
      const submitted = submitOrder(created.state, created.value.id, now);
      if (!submitted.ok) return submitted;
      // The source cart is used up.
      const cartId = created.value.cartId;
      const cart = cartId === null ? undefined : submitted.state.commerce.carts.get(cartId);
      if (cart === undefined) return submitted;
      const usedUp = deleteCart(submitted.state, cart.id);
      return usedUp.ok ? { ok: true, state: usedUp.state, value: submitted.value } : usedUp;
    },
    COMMERCE_ERROR_MAPPING,
  );
  return ctx.json(checkoutToWire(ctx, checkoutOf(ctx)));
};
