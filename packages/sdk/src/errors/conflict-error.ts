import { InventoryApiError } from "./api-error.js";

/** 409 Conflict — e.g. `CONFLICT`, `JOB_ALREADY_EXISTS`. */
export class InventoryConflictError extends InventoryApiError {
  override name = "InventoryConflictError";
}
