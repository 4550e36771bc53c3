import { createTagValue, deleteTagValue, getTagCategory as findCategory, updateTagValue } from "@kibo-inventory/engine";
import { InventoryTagSchema } from "@kibo-inventory/spec";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { unwrapResult } from "../../mapping/engine-errors.js";
import { compact } from "../shared/compact.js";
import { categoryName, tagNotFound } from "./tag-categories.js";
import { TAG_FIELD_NAMES, toValueInput, toWireTag } from "./tag-wire.js";
import { tenantInventory } from "../shared/tenant-inventory.js";

const tagValue = (ctx: TenantRouteContext): string => ctx.params.tagValue ?? "";
const names = { fieldNames: TAG_FIELD_NAMES };

/**
 * operationId `createTag` — `POST /commerce/inventory/v1/tagCategory/{tagCategoryName}/tag`: adds a
 * value (404 unknown category; 409 when the value exists or the value would switch the category
 * between percentage and discrete mode; 400 over the value limit or a bad percentage sum).
 */
export const createTag: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(InventoryTagSchema);
  const input = toValueInput(body, "tagValue");
  const result = unwrapResult(createTagValue(tenantInventory(ctx), categoryName(ctx), input, ctx.server.clock.nowMs()), names);
  ctx.tenant.setInventory(result.state);
  return ctx.json(toWireTag(result.value));
};

/** operationId `getTag` — `GET /commerce/inventory/v1/tagCategory/{tagCategoryName}/tag/{tagValue}` (404 when unknown). */
export const getTag: TenantRouteHandler = (ctx) => {
  const category = findCategory(tenantInventory(ctx), categoryName(ctx));
  const value = category?.values.find((v) => v.value === tagValue(ctx));
  if (!value) throw tagNotFound(`Tag ${categoryName(ctx)}=${tagValue(ctx)}`);
  return ctx.json(toWireTag(value));
};

/**
 * operationId `updateTag` — `PUT /commerce/inventory/v1/tagCategory/{tagCategoryName}/tag/{tagValue}`:
 * renames the value (`tagValue`), makes it the default, or sets its percentage (re-splitting
 * unallocated stock, D7). Fields left out keep their value.
 */
export const updateTag: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(InventoryTagSchema);
  const patch = compact({ value: body.tagValue, isDefault: body.isDefault, percent: body.percent });
  const result = unwrapResult(updateTagValue(tenantInventory(ctx), categoryName(ctx), tagValue(ctx), patch, ctx.server.clock.nowMs()), names);
  ctx.tenant.setInventory(result.state);
  return ctx.json(toWireTag(result.value));
};

/**
 * operationId `deleteTag` — `DELETE /commerce/inventory/v1/tagCategory/{tagCategoryName}/tag/{tagValue}`:
 * `{deleted: 1}`; its unallocated units move to the category default; 409 while it holds
 * allocated or pending units (D5).
 */
export const deleteTag: TenantRouteHandler = (ctx) => {
  const result = unwrapResult(deleteTagValue(tenantInventory(ctx), categoryName(ctx), tagValue(ctx), ctx.server.clock.nowMs()), names);
  ctx.tenant.setInventory(result.state);
  return ctx.json({ deleted: 1 });
};
