import { detail, domainError, type ErrorDetail } from "./errors.js";
import { fail, ok, type Result } from "./result.js";
import type { InventorySettings } from "./settings.js";
import type { InventoryState } from "./state.js";

/** The on/off settings. */
const SWITCHES = [
  "pendingOnShortfall",
  "expirationEnabled",
  "tagsEnabled",
  "granularFieldsEnabled",
  "conditionAvailabilityEnabled",
  "quantitySetsAvailable",
] as const satisfies readonly (keyof InventorySettings)[];

/**
 * Changes tenant settings; limits must be positive integers not below what is already configured,
 * switches booleans. Switching a feature off keeps what exists (tag categories, rules, granular
 * records) but refuses new writes that use it (feature-switches.ts).
 */
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
  for (const field of SWITCHES) {
    const v = patch[field];
    if (v !== undefined && typeof v !== "boolean") details.push(detail(field, "invalid", `${field} must be true or false`));
  }
  if (details.length > 0) return fail(domainError("validation_failed", "Invalid settings", details));
  const settings: InventorySettings = {
    tagCategoryLimit: patch.tagCategoryLimit ?? state.settings.tagCategoryLimit,
    totalTagLimit: patch.totalTagLimit ?? state.settings.totalTagLimit,
    pendingOnShortfall: patch.pendingOnShortfall ?? state.settings.pendingOnShortfall,
    expirationEnabled: patch.expirationEnabled ?? state.settings.expirationEnabled,
    tagsEnabled: patch.tagsEnabled ?? state.settings.tagsEnabled,
    granularFieldsEnabled: patch.granularFieldsEnabled ?? state.settings.granularFieldsEnabled,
    conditionAvailabilityEnabled: patch.conditionAvailabilityEnabled ?? state.settings.conditionAvailabilityEnabled,
    quantitySetsAvailable: patch.quantitySetsAvailable ?? state.settings.quantitySetsAvailable,
  };
  return ok({ ...state, settings }, settings);
}
