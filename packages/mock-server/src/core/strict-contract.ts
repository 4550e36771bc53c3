/**
 * A contract object schema made strict (unknown keys refused), less the keys the caller names.
 * The spec's schemas are written with zod/mini (ADR 0017), which has no `.omit()`/`.strict()`
 * methods; this builds the same thing from the schema's shape.
 */
import { z } from "zod";
import type { z as zm } from "zod/mini";

/**
 * @example strictWithout(FetchFileConfigRequestSchema, "fetchFileConfigID").safeParse(body)
 */
export function strictWithout<S extends zm.core.$ZodLooseShape, K extends keyof S & string>(schema: zm.ZodMiniObject<S>, ...omit: K[]) {
  const shape: Record<string, zm.core.SomeType> = { ...schema.shape };
  for (const key of omit) delete shape[key];
  return z.strictObject(shape as Omit<S, K>);
}
