import { describeFailure, InventoryError, type RequestTarget } from "./inventory-error.js";

/** The request never got an HTTP answer (DNS, connection reset, CORS, …). `cause` holds the original error. */
export class NetworkError extends InventoryError {
  override name = "NetworkError";

  constructor(target: RequestTarget & { cause: unknown }) {
    const reason = target.cause instanceof Error ? target.cause.message : String(target.cause);
    super(describeFailure(`Network error (${reason})`, target), target);
  }
}
