/**
 * Building JSON text directly, for hot responses whose shape is known (the inventory query rows):
 * the output is byte-for-byte what `JSON.stringify` gives for the same object, without building
 * the object first. Each helper mirrors one `JSON.stringify` rule.
 */

/** A response body that is already JSON text; `jsonResponse` sends it as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Characters `JSON.stringify` escapes in a string (controls, `"`, `\`, and surrogates, which may be lone). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what JSON escapes
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

/**
 * `prefix` followed by the value as `JSON.stringify` writes it as an object property, or `""` when
 * `JSON.stringify` leaves the property out (undefined, functions, symbols). `prefix` is the
 * property's `,"name":`. Strings, numbers and booleans take the fast path.
 */
export function jsonProperty(prefix: string, value: unknown): string {
  switch (typeof value) {
    case "number":
      return prefix + (Number.isFinite(value) ? `${value}` : "null");
    case "string":
      return prefix + (NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`);
    case "boolean":
      return prefix + (value ? "true" : "false");
    case "undefined":
    case "function":
    case "symbol":
      return "";
    default:
      return prefix + JSON.stringify(value);
  }
}

const frozenObjects = new WeakMap<object, string>();

/**
 * `JSON.stringify({ ...value })` for a map of strings (a segment's tag map), cached per object
 * when the object is frozen: the engine hands out the same frozen tag map for every row of a
 * segment.
 */
export function jsonFrozenRecord(value: Readonly<Record<string, string>>): string {
  if (typeof value !== "object" || value === null || !Object.isFrozen(value)) return JSON.stringify({ ...value });
  let text = frozenObjects.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    frozenObjects.set(value, text);
  }
  return text;
}
