/** Deleting inventory records (Kibo's deleteItems). Records holding allocated or pending units are kept (409). */
import { detail, domainError, type ErrorDetail } from "./errors.js";
import { StoreDraft } from "./internal/draft/store.js";
import { getSlot } from "./internal/stored-slot.js";
import { readGranular, requireString } from "./internal/validate.js";
import { recordJob } from "./jobs.js";
import { type InventoryRecord, matchesGranularFilter } from "./records.js";
import { fail, ok, type Result } from "./result.js";
import type { InventoryState } from "./state.js";
import type { GranularFields } from "./write-request.js";

/** A product to delete; given granular fields narrow the records (omitted fields match anything). */
export interface DeleteItem extends GranularFields {
  readonly upc: string;
}

export interface DeleteItemsRequest {
  readonly items: readonly DeleteItem[];
  /** Omitted (or `allLocations`): every location holding the product. */
  readonly locationCodes?: readonly string[];
  readonly allLocations?: boolean;
  readonly dryRun?: boolean;
}

export interface DeleteItemsResult {
  readonly dryRun: boolean;
  readonly deletedInventoryIds: readonly number[];
  readonly locationCodes: readonly string[];
  /** One DELETE job per affected location (none on a dry run). */
  readonly jobIds: readonly number[];
}

/** Maximum items per deleteItems request. */
export const DELETE_ITEM_LIMIT = 1_000;

/** Deletes matching records, atomically. */
export function deleteItems(state: InventoryState, request: DeleteItemsRequest, now: number): Result<InventoryState, DeleteItemsResult> {
  const items = Array.isArray(request.items) ? request.items : [];
  if (items.length > DELETE_ITEM_LIMIT)
    return fail(domainError("limit_exceeded", `deleteItems takes at most ${DELETE_ITEM_LIMIT} items`, [detail("items", "too_many_items", `${items.length} items`)]));
  const details: ErrorDetail[] = [];
  if (items.length === 0) details.push(detail("items", "required", "items are required"));
  const plans: { upc: string; loc: string; remove: InventoryRecord[] }[] = [];
  items.forEach((item, index) => {
    const before = details.length;
    requireString(item.upc, "upc", details, index);
    const g = readGranular(item, details, index) ?? {};
    if (details.length > before) return;
    const locs = request.allLocations || request.locationCodes === undefined
      ? [...(state.records.get(item.upc)?.keys() ?? [])]
      : request.locationCodes;
    for (const loc of locs) {
      const remove = getSlot(state, item.upc, loc).filter((r) => matchesGranularFilter(r.granular, g));
      const held = remove.filter((r) => r.segments.some((s) => s.allocated !== 0 || s.pending !== 0));
      if (held.length > 0)
        details.push(detail("upc", "holds_units", `${item.upc} at ${loc} holds allocated or pending units`, index));
      else if (remove.length > 0) plans.push({ upc: item.upc, loc, remove });
    }
  });
  if (details.length > 0)
    return fail(domainError(details.some((d) => d.code === "holds_units") ? "conflict" : "validation_failed", "Cannot delete items", details));
  const ids = plans.flatMap((p) => p.remove.map((r) => r.inventoryId)).sort((a, b) => a - b);
  const locations = [...new Set(plans.map((p) => p.loc))].sort();
  if (request.dryRun) return ok(state, { dryRun: true, deletedInventoryIds: ids, locationCodes: locations, jobIds: [] });
  const draft = new StoreDraft(state);
  for (const p of plans) {
    const gone = new Set(p.remove.map((r) => r.inventoryId));
    draft.putSlot(p.upc, p.loc, draft.getSlot(p.upc, p.loc).filter((r) => !gone.has(r.inventoryId)));
  }
  let s = draft.finish();
  const jobIds: number[] = [];
  for (const loc of locations) {
    const [job, next] = recordJob(s, "DELETE", loc, plans.filter((p) => p.loc === loc).length, now);
    s = next;
    jobIds.push(job.jobId);
  }
  return ok(s, { dryRun: false, deletedInventoryIds: ids, locationCodes: locations, jobIds });
}
