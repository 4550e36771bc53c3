import { InventoryApiError } from "./api-error.js";

/** Any other non-2xx answer (5xx, 501 `NOT_IMPLEMENTED`, unexpected statuses). */
export class UnknownApiError extends InventoryApiError {
  override name = "UnknownApiError";
}
