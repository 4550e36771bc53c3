import { describeFailure, InventoryError, type RequestTarget } from "./inventory-error.js";

/** One field-level problem reported by the server (Kibo platform error `items`). */
export interface ApiErrorItem {
  /** Index of the offending request item, when the problem is about one item. */
  readonly index?: number | undefined;
  /** Field path, e.g. `items[3].quantity`. */
  readonly field?: string | undefined;
  /** Machine-readable code. */
  readonly code?: string | undefined;
  /** Human-readable message. */
  readonly message: string;
}

/** `additionalErrorData` entry of Kibo's platform error shape. */
export interface ApiErrorData {
  readonly name: string;
  readonly value: unknown;
}

/** Everything {@link InventoryApiError} is built from. */
export interface ApiErrorInit extends RequestTarget {
  readonly status: number;
  readonly message: string;
  readonly errorCode?: string | undefined;
  readonly items?: readonly ApiErrorItem[] | undefined;
  readonly additionalErrorData?: readonly ApiErrorData[] | undefined;
  readonly correlationId?: string | undefined;
  /** The parsed (or raw text) error body as received. */
  readonly body?: unknown;
}

/**
 * The server answered with a non-2xx status. Subclasses narrow the status family; use
 * {@link fromProblem} to build the right one from a response.
 */
export class InventoryApiError extends InventoryError {
  override name = "InventoryApiError";
  /** HTTP status code. */
  declare readonly status: number;
  /** Kibo `errorCode` (e.g. `VALIDATION_ERROR`), when the body carried one. */
  declare readonly errorCode: string | undefined;
  /** The server's own message, without the request description. */
  declare readonly serverMessage: string;
  /** Field-level problems; empty when the server listed none. */
  declare readonly items: readonly ApiErrorItem[];
  /** Kibo `additionalErrorData`; empty when absent. */
  declare readonly additionalErrorData: readonly ApiErrorData[];
  /** The error body as received (parsed JSON, or text). */
  declare readonly body: unknown;

  constructor(init: ApiErrorInit) {
    super(describeFailure(init.message, init), init);
    Object.assign(this, {
      status: init.status,
      errorCode: init.errorCode,
      serverMessage: init.message,
      items: init.items ?? [],
      additionalErrorData: init.additionalErrorData ?? [],
      body: init.body,
    });
  }
}
