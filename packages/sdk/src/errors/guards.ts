import { ERROR_BRAND } from "../internal/brand.js";
import type { InventoryApiError } from "./api-error.js";
import type { InventoryAuthError } from "./auth-error.js";
import type { InventoryConflictError } from "./conflict-error.js";
import type { InventoryError } from "./inventory-error.js";
import type { NetworkError } from "./network-error.js";
import type { InventoryNotFoundError } from "./not-found-error.js";
import type { PayloadError } from "./payload-error.js";
import type { InventoryRateLimitError } from "./rate-limit-error.js";
import type { TimeoutError } from "./timeout-error.js";
import type { UnknownApiError } from "./unknown-api-error.js";
import type { InventoryValidationError } from "./validation-error.js";

/**
 * Guards compare `name` (plus a `Symbol.for` brand) instead of using `instanceof`, so they also
 * recognise errors created by another copy of the SDK (a second bundle, an iframe, a vm realm),
 * and never mistake a platform `DOMException` named `TimeoutError` for ours.
 */
function branded(error: unknown): error is { name: unknown; status?: unknown; [ERROR_BRAND]: true } {
  return typeof error === "object" && error !== null && (error as { [ERROR_BRAND]?: unknown })[ERROR_BRAND] === true;
}

function named<T>(name: string): (error: unknown) => error is T {
  return (error): error is T => branded(error) && error.name === name;
}

/**
 * True for any error the SDK raises around a request (API, network, timeout).
 * @example
 * try { await unwrap(client.GET("/commerce/inventory/v1/queue")); } catch (e) { if (isInventoryError(e)) log(e.correlationId); }
 */
export function isInventoryError(error: unknown): error is InventoryError {
  return branded(error) && error.name !== "PayloadError";
}

/**
 * True when the server answered with a non-2xx status.
 * @example
 * if (isInventoryApiError(e)) console.warn(e.status, e.errorCode, e.items);
 */
export function isInventoryApiError(error: unknown): error is InventoryApiError {
  return branded(error) && typeof error.status === "number";
}

/**
 * True for a 400 answer.
 * @example
 * if (isInventoryValidationError(e)) for (const item of e.items) console.warn(item.field, item.message);
 */
export const isInventoryValidationError: (error: unknown) => error is InventoryValidationError = /* @__PURE__ */ named("InventoryValidationError");

/**
 * True for a 401/403 answer.
 * @example
 * if (isInventoryAuthError(e)) promptForCredentials();
 */
export const isInventoryAuthError: (error: unknown) => error is InventoryAuthError = /* @__PURE__ */ named("InventoryAuthError");

/**
 * True for a 404 answer.
 * @example
 * if (isInventoryNotFoundError(e) && e.errorCode === "LOCATION_NOT_FOUND") createLocation();
 */
export const isInventoryNotFoundError: (error: unknown) => error is InventoryNotFoundError = /* @__PURE__ */ named("InventoryNotFoundError");

/**
 * True for a 409 answer.
 * @example
 * if (isInventoryConflictError(e)) await retryLater();
 */
export const isInventoryConflictError: (error: unknown) => error is InventoryConflictError = /* @__PURE__ */ named("InventoryConflictError");

/**
 * True for a 429 answer.
 * @example
 * if (isInventoryRateLimitError(e)) await sleep((e.retryAfter ?? 1) * 1000);
 */
export const isInventoryRateLimitError: (error: unknown) => error is InventoryRateLimitError = /* @__PURE__ */ named("InventoryRateLimitError");

/**
 * True for a non-2xx answer no other class covers (5xx, 501, …).
 * @example
 * if (isUnknownApiError(e)) report(e.status, e.body);
 */
export const isUnknownApiError: (error: unknown) => error is UnknownApiError = /* @__PURE__ */ named("UnknownApiError");

/**
 * True when the request got no HTTP answer.
 * @example
 * if (isNetworkError(e)) console.warn("offline?", e.cause);
 */
export const isNetworkError: (error: unknown) => error is NetworkError = /* @__PURE__ */ named("NetworkError");

/**
 * True when a request or job wait timed out.
 * @example
 * if (isTimeoutError(e)) console.warn(e.timeout);
 */
export const isTimeoutError: (error: unknown) => error is TimeoutError = /* @__PURE__ */ named("TimeoutError");

/**
 * True when a builder rejected a payload before anything was sent.
 * @example
 * if (isPayloadError(e)) for (const issue of e.issues) console.warn(issue.path, issue.message);
 */
export const isPayloadError: (error: unknown) => error is PayloadError = /* @__PURE__ */ named("PayloadError");
