/** transitionCart (D13) and blockAssignment (not simulated). */
import { transitionCart } from "@kibo-inventory/engine";
import { BlockAssignmentRequestSchema, TransitionCartRequestSchema } from "@kibo-inventory/spec";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteHandler } from "../../http/route.js";
import { commit } from "../shared/context.js";

/**
 * `transitionCart` — moves each cart item's allocation (made by allocateInventory with `cartID` +
 * `cartItemID`) to the order item and shipment: `transitionItemID`, when given, is the order item.
 * 404 when a cart item holds nothing, 409 when the order item already has an allocation; all or
 * nothing. Answers a `BaseResponse`.
 */
export const transitionCartHandler: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(TransitionCartRequestSchema);
  const request = {
    cartId: body.cartID,
    orderId: body.orderID,
    items: body.items.map((item) => ({
      cartItemId: item.cartItemID,
      orderItemId: item.transitionItemID ?? item.orderItemID,
      shipmentId: item.shipmentID,
    })),
  };
  const { value } = commit(ctx, (state) => transitionCart(state, request));
  return ctx.json({ success: true, messages: value.allocationKeys.map((key) => `moved to ${key}`), numResults: value.allocationKeys.length });
};

/**
 * `blockAssignment` — not simulated: the engine keeps no assignment blocks, so the body is
 * validated and the call answers 501 NOT_IMPLEMENTED (nothing changes).
 */
export const blockAssignment: TenantRouteHandler = async (ctx) => {
  await ctx.body(BlockAssignmentRequestSchema);
  throw new MockHttpError("not_implemented", "blockAssignment is not simulated by the reference server: assignment blocks are not kept.");
};
