/**
 * Which records of a segment an allocation may use, and in which order (D11): a serial number picks
 * that record; a condition restricts to that condition; otherwise records without a condition or
 * with one that counts as available (D15). Expired records never (D16). Earliest `date` first
 * (records without a date last), then oldest record (lowest inventoryId) first.
 */
import { isConditionExcluded } from "./condition-rule.js";
import { isExpired } from "./expiration.js";
import { type GranularKey, type InventoryRecord, NO_GRANULAR } from "./records.js";
import type { InventoryState } from "./state.js";

/** Whether a record fits an allocation's granular criteria (expiry not considered). */
function matchesCriteria(state: InventoryState, record: InventoryRecord, criteria: GranularKey): boolean {
  const g = record.granular ?? NO_GRANULAR;
  if (criteria.serialNumber !== undefined) return g.serialNumber === criteria.serialNumber;
  if (criteria.sku !== undefined && g.sku !== criteria.sku) return false;
  if (criteria.lotCode !== undefined && g.lotCode !== criteria.lotCode) return false;
  if (criteria.date !== undefined && g.date !== criteria.date) return false;
  if (criteria.condition !== undefined) return g.condition === criteria.condition;
  return !isConditionExcluded(state.conditionRules, g.condition);
}

function compareCandidates(a: InventoryRecord, b: InventoryRecord): number {
  const da = a.granular?.date;
  const db = b.granular?.date;
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  return a.inventoryId - b.inventoryId;
}

/** The records an allocation may draw from, best first. Cost: O(records of the (location, upc)). */
export function allocationCandidates(
  state: InventoryState,
  slot: readonly InventoryRecord[],
  criteria: GranularKey,
  now: number,
): InventoryRecord[] {
  return slot
    .filter((r) => matchesCriteria(state, r, criteria) && !isExpired(r, state.settings, now))
    .sort(compareCandidates);
}

const NO_CANDIDATES: readonly InventoryRecord[] = [];

/**
 * {@link allocationCandidates} as a read-only array, without copying in the common case of a slot
 * with one record (the slot itself, or an empty array).
 */
export function candidateRecords(
  state: InventoryState,
  slot: readonly InventoryRecord[],
  criteria: GranularKey,
  now: number,
): readonly InventoryRecord[] {
  if (slot.length > 1) return allocationCandidates(state, slot, criteria, now);
  const r = slot[0];
  return r !== undefined && matchesCriteria(state, r, criteria) && !isExpired(r, state.settings, now) ? slot : NO_CANDIDATES;
}
