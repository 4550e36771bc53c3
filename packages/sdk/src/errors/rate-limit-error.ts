import { type ApiErrorInit, InventoryApiError } from "./api-error.js";

/** 429 Too Many Requests — thrown once the transport's retries are used up. */
export class InventoryRateLimitError extends InventoryApiError {
  override name = "InventoryRateLimitError";
  /** Seconds the server asked us to wait (`Retry-After`), when it said. */
  declare readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    Object.assign(this, { retryAfter: init.retryAfter });
  }
}
