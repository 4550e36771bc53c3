/** Transition a cart allocation into an order allocation (Kibo's transitionCart). */
import { allocationKey } from "./allocation-entry.js";
import { detail, domainError, type ErrorDetail, type InventoryErrorCode } from "./errors.js";
import { StoreDraft } from "./internal/draft/store.js";
import { checkInteger, requireString } from "./internal/validate.js";
import { fail, ok, type Result } from "./result.js";
import type { InventoryState } from "./state.js";

export interface TransitionCartItem {
  readonly cartItemId: string;
  readonly orderItemId: number;
  readonly shipmentId: number;
}

export interface TransitionCartRequest {
  readonly cartId: string;
  readonly orderId: number;
  readonly items: readonly TransitionCartItem[];
}

/** Moves each cart item's allocation to its order item and shipment, atomically. Answers the new keys. */
export function transitionCart(
  state: InventoryState,
  request: TransitionCartRequest,
): Result<InventoryState, { readonly allocationKeys: readonly string[] }> {
  const details: ErrorDetail[] = [];
  let code: InventoryErrorCode = "validation_failed";
  requireString(request.cartId, "cartId", details);
  checkInteger(request.orderId, "orderId", details, undefined, 0);
  if (!Array.isArray(request.items) || request.items.length === 0)
    details.push(detail("items", "required", "items are required"));
  if (details.length > 0) return fail(domainError(code, "Invalid transitionCart request", details));
  const draft = new StoreDraft(state);
  const keys: string[] = [];
  request.items.forEach((item, index) => {
    const before = details.length;
    requireString(item.cartItemId, "cartItemId", details, index);
    checkInteger(item.orderItemId, "orderItemId", details, index, 0);
    checkInteger(item.shipmentId, "shipmentId", details, index, 0);
    if (details.length > before) return;
    const from = allocationKey({ kind: "cart", cartId: request.cartId, cartItemId: item.cartItemId });
    const owner = { kind: "order", orderId: request.orderId, orderItemId: item.orderItemId, shipmentId: item.shipmentId } as const;
    const to = allocationKey(owner);
    const a = draft.getAllocation(from);
    if (a === undefined) {
      details.push(detail("cartItemId", "allocation_not_found", `No allocation for ${from}`, index));
      code = "not_found";
      return;
    }
    if (draft.getAllocation(to) !== undefined) {
      details.push(detail("orderItemId", "allocation_conflict", `${to} already has an allocation`, index));
      if (code === "validation_failed") code = "conflict";
      return;
    }
    draft.putAllocation(from, undefined, a);
    draft.putAllocation(to, { ...a, key: to, owner }, undefined);
    keys.push(to);
  });
  if (details.length > 0) return fail(domainError(code, `transitionCart has ${details.length} problem(s)`, details));
  return ok(draft.finish(), { allocationKeys: keys });
}
