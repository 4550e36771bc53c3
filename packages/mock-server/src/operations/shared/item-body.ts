/**
 * The bodies of the single-item calls of carts, checkouts and orders (add an item, replace an
 * item, upsert an item's tags), read so that one 400 lists every bad tag (D19) and names the item
 * the way an order's `items` do: `items[i].inventoryTags[j].value`, where `i` is the item's
 * position in its cart, checkout or order (for a new item, the position it would take).
 *
 * The schema stops at a name given twice or a blank value; only the engine knows the tenant's
 * names and values. So when the rest of an item body is valid and `inventoryTags` is an array, the
 * tags go on to the engine as sent: it lists every bad tag — shape and tenant problems together —
 * at the same `items[i]`, and changes nothing.
 */
import type { TagPair } from "@kibo-inventory/engine";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteContext } from "../../http/route.js";
import { fastSchema, issuesToItems, type SchemaLike } from "../../http/validation.js";
import { badRequest } from "../../mapping/engine-errors.js";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * An item request body: parsed by `schema`, its `inventoryTags` left for the engine to check
 * whole. Schema problems are 400 at `items[position].…`.
 */
export async function itemRequestBody<T>(ctx: TenantRouteContext, schema: SchemaLike<T>, position: number): Promise<T> {
  const raw = await ctx.body();
  const fast = fastSchema(schema);
  const parsed = fast.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (isRecord(raw) && Array.isArray(raw.inventoryTags)) {
    const { inventoryTags, ...rest } = raw;
    const untagged = fast.safeParse(rest);
    if (untagged.success) return { ...untagged.data, inventoryTags } as T;
  }
  const items = issuesToItems(parsed.error.issues, `items[${position}]`).map((item) => ({ ...item, index: position }));
  throw new MockHttpError("validation_failed", `Validation failed: ${items.length} problem(s) in the request.`, { items });
}

/**
 * An upsert-inventory-tags body (`[{name, value}]`, replacing the item's whole set): an array goes
 * to the engine as sent (it checks every tag); anything else is 400 at
 * `items[position].inventoryTags`.
 */
export async function inventoryTagsBody(ctx: TenantRouteContext, position: number): Promise<readonly TagPair[]> {
  const raw = await ctx.body();
  if (!Array.isArray(raw)) {
    throw badRequest("The body must be an array of {name, value} tags", `items[${position}].inventoryTags`, "INVALID", position);
  }
  return raw as readonly TagPair[];
}
