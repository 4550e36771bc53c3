import { deleteConditionRule, listConditionRules, setConditionRule } from "@kibo-inventory/engine";
import { ConditionAvailabilityRequestSchema } from "@kibo-inventory/spec";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteHandler } from "../../http/route.js";
import { unwrapResult } from "../../mapping/engine-errors.js";
import { tenantInventory } from "../shared/tenant-inventory.js";

/**
 * operationId `getConditionAvailabilities` — `GET /commerce/inventory-management/v1/conditionavailability`
 * (modelled): the tenant's rules `{id, condition, includeInAvailable}` (D15).
 */
export const getConditionAvailabilities: TenantRouteHandler = (ctx) =>
  ctx.json(listConditionRules(tenantInventory(ctx)).map((r) => ({ id: r.id, condition: r.condition, includeInAvailable: r.includeInAvailable })));

/**
 * operationId `createConditionAvailability` — `POST /commerce/inventory-management/v1/conditionavailability`
 * (modelled): stores the rule of one condition, replacing (and keeping the id of) an existing one.
 * Rules apply to RIS answers asked with `enforceConditionAvailibility`.
 */
export const createConditionAvailability: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(ConditionAvailabilityRequestSchema);
  const result = unwrapResult(setConditionRule(tenantInventory(ctx), body, ctx.server.clock.nowMs()));
  ctx.tenant.setInventory(result.state);
  const { id, condition, includeInAvailable } = result.value;
  return ctx.json({ id, condition, includeInAvailable });
};

/**
 * operationId `deleteConditionAvailability` — `DELETE /commerce/inventory-management/v1/conditionavailability/{id}`
 * (modelled): `{deleted: true}`; 400 for an id that is not an integer, 404 for an unknown one.
 */
export const deleteConditionAvailability: TenantRouteHandler = (ctx) => {
  const raw = ctx.params.id ?? "";
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id)) {
    throw new MockHttpError("validation_failed", "The rule id must be an integer.", {
      items: [{ field: "path.id", code: "INVALID_TYPE", message: "id must be an integer" }],
    });
  }
  const result = unwrapResult(deleteConditionRule(tenantInventory(ctx), id, ctx.server.clock.nowMs()));
  ctx.tenant.setInventory(result.state);
  return ctx.json({ deleted: true });
};
