/**
 * What the commerce handlers share: engine commands with Kibo's Commerce field casing in errors,
 * the caller's scope, list paging, Kibo's `filter` (`field eq value` joined by ` and `), and
 * `updateMode=ApplyToDraft` (drafts are not simulated: 501).
 */
import type { Answer, InventoryState, Result } from "@kibo-inventory/engine";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteContext } from "../../http/route.js";
import { COMMERCE_ERROR_MAPPING } from "../../mapping/commerce-items.js";
import { badRequest, unwrapAnswer } from "../../mapping/engine-errors.js";
import type { OrderScope } from "../orders/order-wire.js";
import { commit } from "./context.js";
import { tenantInventory } from "./tenant-inventory.js";

/** Runs an engine command on the tenant's state and stores the result (errors in Commerce casing). */
export function commerceCommit<V>(
  ctx: TenantRouteContext,
  command: (state: InventoryState, now: number) => Result<InventoryState, V>,
): { state: InventoryState; value: V } {
  return commit(ctx, command, COMMERCE_ERROR_MAPPING);
}

/** An engine read's value, or its mapped error (Commerce casing). */
export function commerceRead<V>(answer: Answer<V>): V {
  return unwrapAnswer(answer, COMMERCE_ERROR_MAPPING);
}

/** The tenant's engine state. */
export const commerceState = tenantInventory;

/** The caller's tenant and site (echoed on orders). */
export function orderScope(ctx: TenantRouteContext): OrderScope {
  return { tenantId: ctx.tenant.id, siteId: ctx.tenant.siteId };
}

/** A path parameter that names an item by id or, all digits, by line number. */
export function itemRef(param: string | undefined): string | number {
  const value = param ?? "";
  return /^\d{1,9}$/.test(value) ? Number(value) : value;
}

/** 501 for `updateMode=ApplyToDraft` (order drafts are not simulated). */
export function refuseDrafts(ctx: TenantRouteContext): void {
  if (ctx.query.get("updateMode") === "ApplyToDraft") {
    throw new MockHttpError("not_implemented", "Order drafts (updateMode=ApplyToDraft) are not simulated by the reference server.", {
      additionalErrorData: [{ name: "updateMode", value: "ApplyToDraft" }],
    });
  }
}

function nonNegativeInt(ctx: TenantRouteContext, name: string, fallback: number, min: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw badRequest(`${name} must be a whole number, at least ${min}`, name);
  return n;
}

/** Kibo's collection page (`startIndex`, `pageSize` ≤ 200, default 20). */
export function page<T>(ctx: TenantRouteContext, all: readonly T[]): { startIndex: number; pageSize: number; pageCount: number; totalCount: number; items: T[] } {
  const startIndex = nonNegativeInt(ctx, "startIndex", 0, 0);
  const pageSize = Math.min(nonNegativeInt(ctx, "pageSize", 20, 1), 200);
  return {
    startIndex,
    pageSize,
    pageCount: Math.ceil(all.length / pageSize),
    totalCount: all.length,
    items: all.slice(startIndex, startIndex + pageSize),
  };
}

/**
 * Kibo's `filter`, restricted to `field eq value` clauses joined by ` and ` over `fields` (each
 * read from an object by the given accessor); anything else is 400. Values may be quoted.
 */
export function filterBy<T>(ctx: TenantRouteContext, all: readonly T[], fields: Readonly<Record<string, (item: T) => unknown>>): T[] {
  const filter = ctx.query.get("filter");
  if (filter === null || filter.trim() === "") return [...all];
  const clauses = filter.split(/\s+and\s+/i).map((clause) => {
    const m = /^\s*(\w+)\s+eq\s+(?:'([^']*)'|"([^"]*)"|(\S+))\s*$/i.exec(clause);
    const field = m?.[1];
    const read = field === undefined ? undefined : fields[field];
    if (m === null || field === undefined || read === undefined) {
      throw badRequest(`filter supports only "field eq value" clauses over ${Object.keys(fields).join(", ")}`, "filter");
    }
    return { read, value: m[2] ?? m[3] ?? m[4] ?? "" };
  });
  return all.filter((item) => clauses.every(({ read, value }) => String(read(item) ?? "") === value));
}
