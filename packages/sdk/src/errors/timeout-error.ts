import { describeFailure, InventoryError, type RequestTarget } from "./inventory-error.js";

/** A request (or a job wait) took longer than its configured timeout. */
export class TimeoutError extends InventoryError {
  override name = "TimeoutError";
  /** The timeout that elapsed, in milliseconds. */
  readonly timeout: number | undefined;

  constructor(target: RequestTarget & { timeout?: number | undefined; what?: string; cause?: unknown }) {
    const what = target.what ?? `Request timed out${target.timeout === undefined ? "" : ` after ${target.timeout} ms`}`;
    super(describeFailure(what, target), target);
    this.timeout = target.timeout;
  }
}
