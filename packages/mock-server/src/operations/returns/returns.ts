/**
 * Returns (D19): create for items of a submitted order (units per item = the sum of its reasons'
 * quantities), list, read, the return actions (Authorize, Receive, Cancel, Close; all returns or
 * none), and restock: units go back into the segment and location they were allocated from, or —
 * when no origin was recorded — into the default segment of the entry's `locationCode` (else the
 * return's).
 */
import {
  availableReturnActions,
  type CreateReturnInput,
  createReturn as createReturnCommand,
  getReturn as getReturnRead,
  type InventoryState,
  listReturns,
  type RestockEntry,
  type Result,
  type Return,
  restockReturn,
  returnAction,
} from "@kibo-inventory/engine";
import { commerceRequestBodySchemas } from "@kibo-inventory/spec";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { extraFrom } from "../../mapping/commerce-items.js";
import type { Mutable } from "../../mapping/mutable.js";
import { returnToWire } from "../orders/order-wire.js";
import { commerceCommit, commerceRead, commerceState, filterBy, page } from "../shared/commerce.js";

const returnId = (ctx: TenantRouteContext): string => ctx.params.returnId ?? "";

function wireReturn(ctx: TenantRouteContext, ret: Return) {
  const state = commerceState(ctx);
  return returnToWire(state, ret, state.commerce.orders.get(ret.orderId));
}

/** GET /commerce/returns: a page, filtered by `id`, `returnNumber`, `status`, `originalOrderId`. */
export const getReturns: TenantRouteHandler = (ctx) => {
  const all = filterBy(ctx, listReturns(commerceState(ctx)), {
    id: (r) => r.id,
    returnNumber: (r) => r.returnNumber,
    status: (r) => r.status,
    originalOrderId: (r) => r.orderId,
  });
  const result = page(ctx, all);
  return ctx.json({ ...result, items: result.items.map((r) => wireReturn(ctx, r)) });
};

/** POST /commerce/returns. */
export const createReturn: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(commerceRequestBodySchemas.createReturn);
  const input: Mutable<CreateReturnInput> = {
    orderId: body.originalOrderId,
    items: body.items.map((item) => {
      const quantity = item.reasons.reduce((n, r) => n + r.quantity, 0);
      const extra = extraFrom(item, new Set(["orderItemId", "orderLineId", "product", "quantityRestockable"]));
      return { orderItemId: item.orderItemId, quantity, ...(extra === undefined ? {} : { extra }) };
    }),
  };
  const extra = extraFrom(body, new Set(["originalOrderId", "items"]));
  if (extra !== undefined) input.extra = extra;
  const { value } = commerceCommit(ctx, (state, now) => createReturnCommand(state, input, now));
  return ctx.json(wireReturn(ctx, value));
};

/** GET /commerce/returns/{returnId}. */
export const getReturn: TenantRouteHandler = (ctx) => ctx.json(wireReturn(ctx, commerceRead(getReturnRead(commerceState(ctx), returnId(ctx)))));

/** GET /commerce/returns/{returnId}/actions. */
export const getAvailableReturnActions: TenantRouteHandler = (ctx) =>
  ctx.json(availableReturnActions(commerceRead(getReturnRead(commerceState(ctx), returnId(ctx)))));

/** POST /commerce/returns/actions: one action on every named return, all or none. */
export const performReturnActions: TenantRouteHandler = async (ctx) => {
  const { actionName, returnIds } = await ctx.body(commerceRequestBodySchemas.performReturnActions);
  const { value } = commerceCommit(ctx, (state, now): Result<InventoryState, Return[]> => {
    let next = state;
    const done: Return[] = [];
    for (const id of returnIds) {
      const r = returnAction(next, id, actionName, now);
      if (!r.ok) return r;
      next = r.state;
      done.push(r.value);
    }
    return { ok: true, state: next, value: done };
  });
  const items = value.map((r) => wireReturn(ctx, r));
  return ctx.json({ startIndex: 0, pageSize: Math.max(items.length, 1), pageCount: 1, totalCount: items.length, items });
};

/** POST /commerce/returns/{returnId}/restock. */
export const restockReturnItems: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(commerceRequestBodySchemas.restockReturnItems);
  const ret = commerceRead(getReturnRead(commerceState(ctx), returnId(ctx)));
  const fallback = typeof ret.extra?.locationCode === "string" ? ret.extra.locationCode : undefined;
  const entries = body.map((entry): RestockEntry => {
    const locationCode = entry.locationCode ?? fallback;
    return { returnItemId: entry.returnItemId, quantity: entry.quantity, ...(locationCode === undefined ? {} : { locationCode }) };
  });
  const { value } = commerceCommit(ctx, (state, now) => restockReturn(state, ret.id, entries, now));
  return ctx.json(wireReturn(ctx, value));
};
