/**
 * Expiration (D16). With the tenant setting `expirationEnabled`, a record whose `date` falls on or
 * before today's UTC day (by the clock passed in) is expired: never allocated, and left out of
 * availability when `excludeExpired` is asked for.
 */
import { parseDate, utcDay } from "./internal/dates.js";
import type { InventoryRecord } from "./records.js";
import type { InventorySettings } from "./settings.js";

/** Whether a record is expired at `now` (epoch ms). */
export function isExpired(record: InventoryRecord, settings: InventorySettings, now: number): boolean {
  if (!settings.expirationEnabled) return false;
  const date = record.granular?.date;
  if (date === undefined) return false;
  const ms = parseDate(date);
  return ms !== undefined && utcDay(ms) <= utcDay(now);
}
