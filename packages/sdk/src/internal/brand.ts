/**
 * Marks errors created by this SDK. `Symbol.for` is shared across realms, so a guard can
 * recognise an error from another copy of the SDK together with its `name`.
 */
export const ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for("@kibo-inventory/sdk.error") as never;

/** Marks an error instance (done in constructors, so unused error classes stay tree-shakable). */
export function brand(error: Error): void {
  (error as unknown as Record<symbol, boolean>)[ERROR_BRAND] = true;
}
