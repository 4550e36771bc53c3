import { brand } from "../internal/brand.js";

/** Where a failed request was going; carried by every HTTP-lifecycle error. */
export interface RequestTarget {
  /** HTTP method, upper-case (`GET`, `POST`, …). */
  readonly method?: string | undefined;
  /** Absolute request URL. */
  readonly url?: string | undefined;
}

/** Renders the "what failed: METHOD URL" message every HTTP-lifecycle error uses. */
export function describeFailure(what: string, target: RequestTarget): string {
  const where = [target.method, target.url].filter(Boolean).join(" ");
  return where ? `${what}: ${where}` : what;
}

/**
 * Base class of every error raised while a request travels to Kibo and back: API errors
 * (the server answered with a non-2xx status), network failures and timeouts.
 *
 * Client-side payload problems ({@link PayloadError}) deliberately do not extend it.
 */
export class InventoryError extends Error {
  override name = "InventoryError";
  /** HTTP method of the failed request, when known. */
  declare readonly method: string | undefined;
  /** URL of the failed request, when known. */
  declare readonly url: string | undefined;
  /** Kibo's `x-vol-correlation` id of the response, when there was one. */
  declare readonly correlationId: string | undefined;

  constructor(
    message: string,
    target: RequestTarget & { correlationId?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, "cause" in target ? { cause: target.cause } : undefined);
    brand(this);
    Object.assign(this, { method: target.method, url: target.url, correlationId: target.correlationId });
  }
}
