import { InventoryApiError } from "./api-error.js";

/** 400 Bad Request — the payload broke a rule; `items` names each bad field. */
export class InventoryValidationError extends InventoryApiError {
  override name = "InventoryValidationError";
}
