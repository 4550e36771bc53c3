import { MockHttpError } from "./errors.js";
import type { HttpMethod } from "./route.js";

/** The methods some route has; any other (TRACE, OPTIONS, HEAD, PROPFIND, …) is 405 on every path. */
const SERVED_METHODS: readonly string[] = ["GET", "POST", "PUT", "DELETE", "PATCH"] satisfies HttpMethod[];

const SERVED = new Set(SERVED_METHODS);

/** Whether some route of the server has this method (any case). */
export function isServedMethod(method: string): boolean {
  return SERVED.has(method) || SERVED.has(method.toUpperCase());
}

/** 405 METHOD_NOT_ALLOWED (with `Allow`) for a method no route has. */
export function methodNotAllowed(method: string): MockHttpError {
  return new MockHttpError("method_not_allowed", `The server does not serve ${method} requests.`, {
    headers: { allow: SERVED_METHODS.join(", ") },
  });
}
