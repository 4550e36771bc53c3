import { InventoryApiError } from "./api-error.js";

/** 401 Unauthorized or 403 Forbidden — missing/expired token, bad credentials, or a tenant the app is not installed on. */
export class InventoryAuthError extends InventoryApiError {
  override name = "InventoryAuthError";
}
