import { deleteTagCategory as deleteCategory, getTagCategory as findCategory, listTagCategories, upsertTagCategory } from "@kibo-inventory/engine";
import { TagCategorySchema } from "@kibo-inventory/spec";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { unwrapResult } from "../../mapping/engine-errors.js";
import { TAG_FIELD_NAMES, toValueInputs, toWireCategory } from "./tag-wire.js";
import { tenantInventory } from "../shared/tenant-inventory.js";

/** The `{tagCategoryName}` path parameter. */
export function categoryName(ctx: TenantRouteContext): string {
  return ctx.params.tagCategoryName ?? "";
}

/** 404 for a tag category (or value) that does not exist. */
export function tagNotFound(what: string): MockHttpError {
  return new MockHttpError("not_found", `${what} not found.`);
}

/**
 * operationId `getTagCategoryAll` — `GET /commerce/inventory/v1/tagCategory`: every category with
 * its values, in creation order.
 */
export const getTagCategoryAll: TenantRouteHandler = (ctx) => ctx.json(listTagCategories(tenantInventory(ctx)).map(toWireCategory));

/** operationId `getTagCategory` — `GET /commerce/inventory/v1/tagCategory/{tagCategoryName}` (404 when unknown). */
export const getTagCategory: TenantRouteHandler = (ctx) => {
  const category = findCategory(tenantInventory(ctx), categoryName(ctx));
  if (!category) throw tagNotFound(`Tag category ${categoryName(ctx)}`);
  return ctx.json(toWireCategory(category));
};

/**
 * operationId `updateTagCategory` — `PUT /commerce/inventory/v1/tagCategory/{tagCategoryName}`:
 * creates the category or replaces its values (D4, D5). Limits and percentages → 400; switching
 * between percentage and discrete mode, or dropping a value that holds allocated or pending
 * units → 409. A `name` in the body must match the path (renaming is not supported).
 */
export const updateTagCategory: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(TagCategorySchema);
  const name = categoryName(ctx);
  if (body.name !== undefined && body.name !== name) {
    throw new MockHttpError("validation_failed", "The body's name differs from the path's tag category name.", {
      items: [{ field: "name", code: "MISMATCH", message: `name must be ${name} (the path's category) or left out` }],
    });
  }
  const values = toValueInputs(body.tags ?? []);
  const result = unwrapResult(upsertTagCategory(tenantInventory(ctx), { name, values }, ctx.server.clock.nowMs()), {
    itemsField: "tags",
    fieldNames: TAG_FIELD_NAMES,
  });
  ctx.tenant.setInventory(result.state);
  return ctx.json(toWireCategory(result.value));
};

/**
 * operationId `deleteTagCategory` — `DELETE /commerce/inventory/v1/tagCategory/{tagCategoryName}`:
 * `{deleted: 1}`; 404 when unknown, 409 while a value holds allocated or pending units (D5).
 */
export const deleteTagCategory: TenantRouteHandler = (ctx) => {
  const result = unwrapResult(deleteCategory(tenantInventory(ctx), categoryName(ctx), ctx.server.clock.nowMs()), { fieldNames: TAG_FIELD_NAMES });
  ctx.tenant.setInventory(result.state);
  return ctx.json({ deleted: 1 });
};
