import type * as core from "zod/v4/core";

/**
 * `true` when `A` and `B` are the same type, `false` otherwise.
 *
 * Two checks are combined, because each alone lets something through:
 * - the "identical" check (comparing two generic functions) tells `{ a: X } & { b: Y }` from
 *   `{ a: X; b: Y }`, and `any` from everything, but treats `{ a?: T | undefined }` and `{ a?: T }`
 *   as the same;
 * - mutual assignability under `exactOptionalPropertyTypes` tells those two apart.
 *
 * Used only in compile-time assertions: `const _check: Equals<A, B> = true` fails `tsc` when the
 * types drift apart.
 */
export type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? [A] extends [B]
      ? [B] extends [A]
        ? true
        : false
      : false
    : false;

/**
 * `true` when a zod schema both accepts (`z.input`) and produces (`z.output`) exactly `T`.
 * Our request-body schemas use no transforms or defaults, so the two sides are the same type.
 */
export type SchemaMatches<S extends core.$ZodType, T> = [Equals<core.input<S>, T>, Equals<core.output<S>, T>] extends [
  true,
  true,
]
  ? true
  : false;
