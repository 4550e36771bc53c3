/**
 * Result helpers for the rule-pin tests, which reach the engine through `../index.js` only (the
 * given/when kit in given.ts imports engine internals). `must` unwraps a success; `refusal` turns
 * a refusal into lines (`CODE: message`, then `index field code: message` per detail) so one
 * `toEqual` pins the code, the message and every detail.
 */
import type { InventoryState } from "../index.js";

/** Unwraps a success or fails the test with the domain error. */
export function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): { state: InventoryState; value: V } {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { state: r.state, value: r.value };
}

/** The shape of any command result, as far as {@link refusal} reads it. */
export type Refusal = { ok: true } | { ok: false; error: { code: string; message: string; details: readonly { index?: number; field: string; code: string; message: string }[] } };

/**
 * A result as lines: `["ok"]` for a success, else the error and each detail.
 * @example refusal(submitOrder(s, id, NOW)) // ["VALIDATION_ERROR: …", "0 inventoryTags UNKNOWN_TAG_CATEGORY: …"]
 */
export function refusal(r: Refusal): string[] {
  if (r.ok) return ["ok"];
  return [`${r.error.code}: ${r.error.message}`, ...r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)];
}

/** Unwraps a read's answer (`getCart`, `getReturn`, …) or fails the test with the domain error. */
export function found<V>(r: { ok: true; value: V } | { ok: false; error: unknown }): V {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
