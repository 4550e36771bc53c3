/** Optional properties without their `undefined` (fits `exactOptionalPropertyTypes` targets). */
export type Compact<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/**
 * Copies an object without its `undefined` properties, so optional wire fields can be handed to
 * the engine (and engine fields to the wire) under `exactOptionalPropertyTypes`.
 *
 * @example compact({ a: 1, b: undefined }) // { a: 1 }
 */
export function compact<T extends object>(value: T): Compact<T> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as Compact<T>;
}
