import type { InventoryApiError } from "./errors/api-error.js";
import { fromProblem } from "./errors/from-problem.js";
import { targetOf } from "./internal/request-info.js";

/** The shape openapi-fetch resolves every call to. */
export interface FetchResultLike<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its `data`, or throws the typed {@link InventoryApiError}
 * for a non-2xx answer (network failures and timeouts already throw from the transport).
 *
 * @example
 * const jobs = await unwrap(client.GET("/commerce/inventory/v1/queue", { params: { query: { limit: 5 } } }));
 * @see packages/sdk/README.md
 */
export async function unwrap<T>(call: Promise<FetchResultLike<T>> | FetchResultLike<T>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}

/** Builds the typed error for a failed result (used by `unwrap` and the helpers). */
function toApiError(response: Response, body: unknown): InventoryApiError {
  return fromProblem(response, body, targetOf(response));
}

/**
 * Reads Kibo's `x-vol-correlation` id from a result, a response or an SDK error.
 *
 * @example
 * const result = await client.POST("/commerce/inventory/v5/inventory/refresh", { body });
 * logger.info("refresh sent", getCorrelationId(result));
 */
export function getCorrelationId(from: { response: Response } | Response | { correlationId?: string | undefined }): string | undefined {
  if (from instanceof Response) return from.headers.get("x-vol-correlation") ?? undefined;
  if ("response" in from && from.response instanceof Response) return getCorrelationId(from.response);
  if ("correlationId" in from) return from.correlationId;
  return undefined;
}
