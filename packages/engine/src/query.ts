/**
 * Querying inventory (Kibo's Get Inventory). Two modes: by products (the `items`' upcs, at every
 * location holding them) and by location (`locationCode`: that location, for the given items or every
 * upc stocked there). Granular records are separate rows. With tags, a row's quantities are the sum
 * of the segments that match (categories left out match any value, unless
 * `forceDefaultsForUnspecifiedTagCategories`). Cost: O(rows considered) — a product lookup never
 * scans the store.
 */
import { detail, domainError, type ErrorDetail } from "./errors.js";
import { isExpired } from "./expiration.js";
import { futureRecordsFor } from "./future-inventory.js";
import { inDateWindow, parseDate } from "./internal/dates.js";
import { getSlot, slotRecords } from "./internal/stored-slot.js";
import { readGranular } from "./internal/validate.js";
import type { Location } from "./location.js";
import type { Mutable } from "./internal/mutable.js";
import { futureRow, type InventoryRow, inventoryRow, type SegmentRow } from "./query-rows.js";
import {
  type GranularKey,
  type InventoryRecord,
  matchesGranularFilter,
  type Segment,
  segmentAvailable,
  sameGranularKey,
  sumSegments,
} from "./records.js";
import { type Answer, answer, fail } from "./result.js";
import { keyMatches, resolveTagFilter, segmentTags } from "./segment.js";
import type { InventoryState } from "./state.js";
import { stockStatus } from "./stock-status.js";
import type { TagInput } from "./tags.js";
import type { GranularFields } from "./write-request.js";

export type { FutureRow, InventoryRow, SegmentRow } from "./query-rows.js";

export interface QueryItem extends GranularFields {
  readonly upc: string;
  readonly tags?: TagInput;
}

export type QuerySortBy = "ON_HAND" | "AVAILABLE" | "ALLOCATED" | "PART_NUMBER" | "PRODUCT_ID";

export interface InventoryQuery {
  readonly items?: readonly QueryItem[];
  /** By-location mode: only this location; `items` optional. */
  readonly locationCode?: string;
  readonly locationWhitelist?: readonly string[];
  readonly locationBlacklist?: readonly string[];
  /** Rows at these locations come first, in this order, and `limit` never cuts them. */
  readonly locationPriorityList?: readonly string[];
  /** Keep rows whose available (less safety stock, unless ignored) is below 0. @default false */
  readonly includeNegativeInventory?: boolean;
  /** Do not subtract safety stock when deciding whether a row is negative. @default false */
  readonly ignoreSafetyStock?: boolean;
  /** Attach future records (in the delivery window, inclusive). @default false */
  readonly includeFutureInventory?: boolean;
  readonly deliveryDateAfter?: string;
  readonly deliveryDateBefore?: string;
  /** Keep rows of records with infinite inventory. @default false */
  readonly includeItemsWithInfiniteInventoryFlag?: boolean;
  /** When true, only locations with that flag. */
  readonly directShip?: boolean;
  readonly pickup?: boolean;
  readonly transferEnabled?: boolean;
  readonly includeInAggregateExport?: boolean;
  readonly includeInLocationExport?: boolean;
  /** By-location mode only. */
  readonly sortByEnum?: QuerySortBy;
  readonly sortDescending?: boolean;
  /** @default 100 × number of items (100 when none) */
  readonly limit?: number;
  /** Tags for every item (an item's own tags win). */
  readonly tags?: TagInput;
  readonly forceDefaultsForUnspecifiedTagCategories?: boolean;
}


function locationAllowed(q: InventoryQuery, l: Location): boolean {
  if (q.locationWhitelist && !q.locationWhitelist.includes(l.code)) return false;
  if (q.locationBlacklist?.includes(l.code)) return false;
  if (q.directShip === true && !l.directShip) return false;
  if (q.pickup === true && !l.pickup) return false;
  if (q.transferEnabled === true && !l.transferEnabled) return false;
  if (q.includeInAggregateExport === true && !l.includeInAggregate) return false;
  if (q.includeInLocationExport === true && !l.includeInLocationExport) return false;
  return true;
}



interface Planned {
  readonly upc: string;
  readonly granular: GranularKey;
  readonly filter: readonly (number | undefined)[];
}

/**
 * Runs a query. Invalid input → `validation_failed` with every problem listed. With `now` (epoch
 * ms), an expired record (D16) reports no available units: its `available` is `min(0, onHand −
 * allocated − pending)`, its onHand unchanged; without it nothing counts as expired.
 */
export function queryInventory(state: InventoryState, query: InventoryQuery, now?: number): Answer<InventoryRow[]> {
  const details: ErrorDetail[] = [];
  const items = query.items ?? [];
  const byLocation = query.locationCode !== undefined;
  if (!byLocation && items.length === 0)
    details.push(detail("items", "required", "items are required unless a locationCode is given"));
  if (query.limit !== undefined && (!Number.isInteger(query.limit) || query.limit < 1))
    details.push(detail("limit", "invalid", "limit must be a positive integer"));
  const after = query.deliveryDateAfter === undefined ? undefined : parseDate(query.deliveryDateAfter);
  const before = query.deliveryDateBefore === undefined ? undefined : parseDate(query.deliveryDateBefore);
  if (query.deliveryDateAfter !== undefined && after === undefined)
    details.push(detail("deliveryDateAfter", "invalid_date", "Not an ISO-8601 date"));
  if (query.deliveryDateBefore !== undefined && before === undefined)
    details.push(detail("deliveryDateBefore", "invalid_date", "Not an ISO-8601 date"));
  const force = query.forceDefaultsForUnspecifiedTagCategories === true;
  const planned: Planned[] = [];
  items.forEach((item, index) => {
    const start = details.length;
    if (typeof item.upc !== "string" || item.upc === "") details.push(detail("upc", "required", "upc is required", index));
    const granular = readGranular(item, details, index) ?? {};
    const filter = resolveTagFilter(state.tagIndex, item.tags ?? query.tags, force, index);
    if (!filter.ok) details.push(...filter.details);
    if (details.length === start && filter.ok) planned.push({ upc: item.upc, granular, filter: filter.value });
  });
  let defaultFilter: readonly (number | undefined)[] = [];
  if (byLocation && items.length === 0) {
    const f = resolveTagFilter(state.tagIndex, query.tags, force);
    if (f.ok) defaultFilter = f.value;
    else details.push(...f.details);
  }
  if (details.length > 0) return fail(domainError("validation_failed", "Invalid inventory query", details));

  const ignoreSafety = query.ignoreSafetyStock === true;
  const includeFutures = query.includeFutureInventory === true;
  const includeInfinite = query.includeItemsWithInfiniteInventoryFlag === true;
  const includeNegative = query.includeNegativeInventory === true;
  const tags = state.tagIndex;
  const rows: InventoryRow[] = [];
  // Per plan (a plan is emitted once per location): whether it filters by tags / granular fields.
  let lastPlan: Planned | undefined;
  let tagged = false;
  const emit = (location: Location, upc: string, plan: Planned, slot: readonly InventoryRecord[]) => {
    if (plan !== lastPlan) {
      lastPlan = plan;
      tagged = plan.filter.some((f) => f !== undefined);
    }
    const futures = includeFutures
      ? futureRecordsFor(state, upc, location.code).filter(
          (f) => inDateWindow(f.deliveryDate, after, before) && keyMatches(f.segmentKey, plan.filter),
        )
      : undefined;
    for (const record of slot) {
      if (!matchesGranularFilter(record.granular, plan.granular)) continue;
      const d = record.details;
      const infinite = d.hasInfiniteInventory;
      if (infinite && !includeInfinite) continue;
      const segments = tagged ? record.segments.filter((s) => keyMatches(s.key, plan.filter)) : record.segments;
      // D16: an expired record keeps its onHand, but none of it is available (a shortfall still shows).
      const expired = now !== undefined && isExpired(record, state.settings, now);
      const sum = sumSegments(segments);
      const totals = expired ? { ...sum, available: Math.min(0, sum.available) } : sum;
      if (!includeNegative && totals.available - (ignoreSafety ? 0 : d.safetyStock) < 0) continue;
      // Future records join the record with their granular fields (the plain record without them).
      // Granular rows carry `futureInventory` only when some future record names them.
      const matched = futures?.filter((f) => sameGranularKey(f.granular ?? null, record.granular));
      const recordFutures = record.granular !== null && matched?.length === 0 ? undefined : matched;
      const taggedInventory: SegmentRow[] = new Array(segments.length);
      for (let i = 0; i < segments.length; i++) {
        const s = segments[i] as Segment;
        const available = expired ? Math.min(0, segmentAvailable(s)) : segmentAvailable(s);
        const seg: Mutable<SegmentRow> = {
          tags: segmentTags(tags, s.key),
          onHand: s.onHand,
          available,
          allocated: s.allocated,
          pending: s.pending,
          stockStatus: infinite ? "IN_STOCK" : stockStatus(available, d.safetyStock),
        };
        if (recordFutures !== undefined)
          seg.futureInventory = recordFutures.filter((f) => f.segmentKey === s.key).map((f) => futureRow(state, f));
        taggedInventory[i] = seg;
      }
      const row = inventoryRow(location, upc, record, totals, taggedInventory);
      if (recordFutures !== undefined) row.futureInventory = recordFutures.map((f) => futureRow(state, f));
      rows.push(row);
    }
  };

  if (byLocation) {
    const location = state.locations.get(query.locationCode ?? "");
    if (location && locationAllowed(query, location)) {
      const plans =
        planned.length > 0
          ? planned
          : [...(state.upcsByLocation.get(location.code)?.keys() ?? [])]
              .sort()
              .map((upc) => ({ upc, granular: {}, filter: defaultFilter }));
      for (const p of plans) emit(location, p.upc, p, getSlot(state, p.upc, location.code));
    }
    const sortBy = query.sortByEnum;
    if (sortBy !== undefined) {
      const dir = query.sortDescending === true ? -1 : 1;
      const keyOf = (r: InventoryRow): number | string =>
        sortBy === "ON_HAND" ? r.onHand : sortBy === "AVAILABLE" ? r.available : sortBy === "ALLOCATED" ? r.allocated : sortBy === "PART_NUMBER" ? (r.partNumber ?? r.upc) : r.upc;
      rows.sort((a, b) => {
        const x = keyOf(a);
        const y = keyOf(b);
        return (x < y ? -1 : x > y ? 1 : a.inventoryId - b.inventoryId) * (x === y ? 1 : dir);
      });
    }
  } else {
    for (const p of planned) {
      const byUpc = state.records.get(p.upc);
      if (byUpc === undefined) continue;
      for (const code of byUpc.keyArray().sort()) {
        const location = state.locations.get(code);
        if (location && locationAllowed(query, location)) emit(location, p.upc, p, slotRecords(byUpc.get(code)));
      }
    }
  }

  const priority = query.locationPriorityList ?? [];
  const limit = query.limit ?? 100 * Math.max(1, items.length);
  if (priority.length === 0) return answer(rows.length > limit ? rows.slice(0, limit) : rows);
  const first = priority.flatMap((code) => rows.filter((r) => r.locationCode === code));
  const rest = rows.filter((r) => !priority.includes(r.locationCode));
  return answer([...first, ...rest.slice(0, Math.max(0, limit - first.length))]);
}
