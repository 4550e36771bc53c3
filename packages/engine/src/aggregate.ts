/**
 * Aggregate (Kibo's aggregate): per product, totals over the locations included in aggregates
 * (`includeInAggregate`, supporting inventory). Per location, available is reduced by safety stock
 * (unless `ignoreSafetyStock`) and clamped at 0 (unless `includeNegativeInventory`). The future
 * modes also count locations whose only stock of the product is future units.
 */
import { detail, domainError, type ErrorDetail } from "./errors.js";
import { futureRecordsFor } from "./future-inventory.js";
import { inDateWindow, parseDate } from "./internal/dates.js";
import { stockLocationCodes } from "./internal/stock-locations.js";
import { getSlot } from "./internal/stored-slot.js";
import { sumSegments } from "./records.js";
import { slotSafetyStock } from "./safety-stock.js";
import { type Answer, answer, fail } from "./result.js";
import { keyMatches, keyToTags, resolveTagFilter } from "./segment.js";
import type { InventoryState } from "./state.js";
import type { TagInput } from "./tags.js";

export interface AggregateItem {
  readonly upc: string;
  readonly tags?: TagInput;
}

export interface AggregateRequest {
  readonly items: readonly AggregateItem[];
  readonly tags?: TagInput;
  readonly forceDefaultsForUnspecifiedTagCategories?: boolean;
  readonly ignoreSafetyStock?: boolean;
  readonly includeNegativeInventory?: boolean;
  readonly directShip?: boolean;
  readonly pickup?: boolean;
  readonly transferEnabled?: boolean;
  /** Count future units only, or future and current. Omitted: current only. */
  readonly includeFutureInventory?: "futureOnly" | "futureAndCurrent";
  readonly futureStartDate?: string;
  readonly futureEndDate?: string;
}

export interface AggregateRow {
  readonly upc: string;
  readonly onHand: number;
  readonly available: number;
  readonly allocated: number;
  readonly pending: number;
  readonly floor: number;
  readonly safetyStock: number;
  /** The tags asked about (fully specified ones only). */
  readonly tags: Readonly<Record<string, string>>;
}

/** Aggregates each item over locations. Cost: O(records of the asked products). */
export function aggregateInventory(state: InventoryState, request: AggregateRequest): Answer<AggregateRow[]> {
  const details: ErrorDetail[] = [];
  const items = Array.isArray(request.items) ? request.items : [];
  if (items.length === 0) details.push(detail("items", "required", "items are required"));
  const start = request.futureStartDate === undefined ? undefined : parseDate(request.futureStartDate);
  const end = request.futureEndDate === undefined ? undefined : parseDate(request.futureEndDate);
  const force = request.forceDefaultsForUnspecifiedTagCategories === true;
  const filters = items.map((item, index) => {
    if (typeof item.upc !== "string" || item.upc === "") details.push(detail("upc", "required", "upc is required", index));
    const f = resolveTagFilter(state.tagIndex, item.tags ?? request.tags, force, index);
    if (!f.ok) details.push(...f.details);
    return f.ok ? f.value : [];
  });
  if (details.length > 0) return fail(domainError("validation_failed", "Invalid aggregate request", details));
  const mode = request.includeFutureInventory;
  return answer(
    items.map((item, i): AggregateRow => {
      const filter = filters[i] ?? [];
      let onHand = 0;
      let available = 0;
      let allocated = 0;
      let pending = 0;
      let floor = 0;
      let safetyStock = 0;
      // In the future modes, a location holding only future records of the upc counts too.
      for (const code of stockLocationCodes(state, item.upc, mode !== undefined)) {
        const slot = getSlot(state, item.upc, code);
        const l = state.locations.get(code);
        if (!l?.includeInAggregate || !l.supportsInventory) continue;
        if ((request.directShip === true && !l.directShip) || (request.pickup === true && !l.pickup)) continue;
        if (request.transferEnabled === true && !l.transferEnabled) continue;
        let locAvailable = 0;
        if (mode !== "futureOnly") {
          for (const r of slot) {
            const t = sumSegments(r.segments, (k) => keyMatches(k, filter));
            onHand += t.onHand;
            allocated += t.allocated;
            pending += t.pending;
            floor += r.details.floor;
            locAvailable += t.available;
          }
          // D3: one safety stock per (location, UPC), subtracted once.
          const slotSafety = slotSafetyStock(slot);
          safetyStock += slotSafety;
          if (request.ignoreSafetyStock !== true) locAvailable -= slotSafety;
        }
        if (mode !== undefined)
          for (const f of futureRecordsFor(state, item.upc, code)) {
            if (!inDateWindow(f.deliveryDate, start, end) || !keyMatches(f.segmentKey, filter)) continue;
            onHand += f.onHand;
            locAvailable += f.onHand;
          }
        available += request.includeNegativeInventory === true ? locAvailable : Math.max(0, locAvailable);
      }
      const tagKey = filter.every((f) => f !== undefined) ? filter.join(",") : "";
      return { upc: item.upc, onHand, available, allocated, pending, floor, safetyStock, tags: keyToTags(state.tagCategories, tagKey) };
    }),
  );
}
