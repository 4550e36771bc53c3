import type { RequestTarget } from "../errors/inventory-error.js";

/** The transport remembers which request produced a response, so `unwrap()` can describe failures. */
const targets = new WeakMap<Response, RequestTarget>();

export function rememberTarget(response: Response, target: RequestTarget): void {
  targets.set(response, target);
}

export function targetOf(response: Response): RequestTarget {
  return targets.get(response) ?? (response.url ? { url: response.url } : {});
}
