import { detail, domainError, type ErrorDetail } from "./errors.js";
import { fail, ok, type Result } from "./result.js";
import type { InventorySettings } from "./settings.js";
import type { InventoryState } from "./state.js";

/** Changes tenant settings; limits must be positive integers not below what is already configured. */
export function updateSettings(
  state: InventoryState,
  patch: Partial<InventorySettings>,
): Result<InventoryState, InventorySettings> {
  const details: ErrorDetail[] = [];
  const categories = state.tagCategories.length;
  const values = state.tagCategories.reduce((n, c) => n + c.values.length, 0);
  const checkLimit = (field: "tagCategoryLimit" | "totalTagLimit", current: number) => {
    const v = patch[field];
    if (v === undefined) return;
    if (!Number.isInteger(v) || v < 1) details.push(detail(field, "invalid", `${field} must be a positive integer`));
    else if (v < current)
      details.push(detail(field, "below_current", `${field} ${v} is below the ${current} already configured`));
  };
  checkLimit("tagCategoryLimit", categories);
  checkLimit("totalTagLimit", values);
  if (details.length > 0) return fail(domainError("validation_failed", "Invalid settings", details));
  const settings: InventorySettings = {
    tagCategoryLimit: patch.tagCategoryLimit ?? state.settings.tagCategoryLimit,
    totalTagLimit: patch.totalTagLimit ?? state.settings.totalTagLimit,
    pendingOnShortfall: patch.pendingOnShortfall ?? state.settings.pendingOnShortfall,
    expirationEnabled: patch.expirationEnabled ?? state.settings.expirationEnabled,
  };
  return ok({ ...state, settings }, settings);
}
