import { InventoryApiError } from "./api-error.js";

/** 404 Not Found — e.g. `ITEM_NOT_FOUND`, `LOCATION_NOT_FOUND`. */
export class InventoryNotFoundError extends InventoryApiError {
  override name = "InventoryNotFoundError";
}
