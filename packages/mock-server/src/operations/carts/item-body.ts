/**
 * The body of a cart or checkout item call, read so that one 400 lists every bad tag (D19). The
 * schema stops at a name given twice or a blank value; only the engine knows the tenant's names
 * and values. So when the rest of the body is valid and `inventoryTags` is an array, the tags go
 * on to the engine as sent: it lists every bad tag — shape and tenant problems together — and
 * changes nothing.
 */
import type { TenantRouteContext } from "../../http/route.js";
import { fastSchema, type SchemaLike, validate } from "../../http/validation.js";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An item request body: parsed by `schema`, its `inventoryTags` left for the engine to check whole. */
export async function itemRequestBody<T>(ctx: TenantRouteContext, schema: SchemaLike<T>): Promise<T> {
  const raw = await ctx.body();
  const fast = fastSchema(schema);
  const parsed = fast.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (isRecord(raw) && Array.isArray(raw.inventoryTags)) {
    const { inventoryTags, ...rest } = raw;
    const untagged = fast.safeParse(rest);
    if (untagged.success) return { ...untagged.data, inventoryTags } as T;
  }
  return validate(fast, raw);
}
