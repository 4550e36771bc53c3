/**
 * Tenant feature switches (settings.ts): a write that uses a feature its tenant has switched off is
 * refused (400 `validation_failed`), with a detail naming the field and the setting. Reads are
 * never refused.
 */
import { detail, domainError, type ErrorDetail, type InventoryDomainError } from "./errors.js";
import type { InventorySettings } from "./settings.js";
import type { TagInput } from "./tags.js";
import type { GranularFields } from "./write-request.js";

/** The granular fields that need `granularFieldsEnabled` (`sku` is also a product identity, so it does not). */
const GRANULAR_SWITCHED = ["lotCode", "date", "condition", "serialNumber"] as const;

function hasTags(tags: TagInput | undefined): boolean {
  if (tags === undefined || tags === null) return false;
  return Array.isArray(tags) ? tags.length > 0 : Object.keys(tags).length > 0;
}

/** The message of a refusal because `setting` is off. */
function disabledMessage(setting: keyof InventorySettings, what: string): string {
  return `${what} are disabled on this tenant (setting ${setting} is false)`;
}

/** Pushes a detail for each switched-off feature an item uses (tags, granular fields). */
export function checkItemFeatures(
  settings: InventorySettings,
  item: GranularFields & { readonly tags?: TagInput },
  details: ErrorDetail[],
  index?: number,
): void {
  if (!settings.tagsEnabled && hasTags(item.tags))
    details.push(detail("tags", "setting_disabled", disabledMessage("tagsEnabled", "Inventory tags"), index));
  if (!settings.granularFieldsEnabled)
    for (const field of GRANULAR_SWITCHED)
      if (item[field] !== undefined)
        details.push(detail(field, "setting_disabled", disabledMessage("granularFieldsEnabled", "Granular fields"), index));
}

/** The refusal of a configuration command whose feature is off (tag categories, condition rules), or undefined. */
export function refuseDisabled(
  settings: InventorySettings,
  setting: "tagsEnabled" | "conditionAvailabilityEnabled",
  field: string,
  what: string,
): InventoryDomainError | undefined {
  if (settings[setting]) return undefined;
  const message = disabledMessage(setting, what);
  return domainError("validation_failed", message, [detail(field, "setting_disabled", message)]);
}
