import { MockHttpError } from "./errors.js";

/**
 * The deepest nesting of arrays and objects a control body may have. Snapshots and seeds nest
 * about ten levels; anything kept in the state must stay serialisable (`JSON.stringify` overflows
 * the stack somewhere past a few thousand levels, and the next `GET /__mock/snapshot` would fail).
 */
const MAX_CONTROL_BODY_DEPTH = 64;

/**
 * Throws 400 when `value` nests arrays/objects deeper than `max`. Walks with its own stack (no
 * recursion), so any depth JSON.parse produced is measured safely. Cost: O(size of value).
 */
export function assertJsonDepth(value: unknown, max = MAX_CONTROL_BODY_DEPTH): void {
  const stack: [unknown, number][] = [[value, 1]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (typeof node !== "object" || node === null) continue;
    if (depth > max) {
      throw new MockHttpError("validation_failed", `The body nests deeper than ${max} levels.`, {
        items: [{ field: "body", code: "TOO_DEEP", message: `nests deeper than ${max} levels of arrays and objects` }],
      });
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
}
