/**
 * Availability (D17): ATS and ATP per product, at site level and per location.
 * ATS = Σ over locations (and, when tags are named, over matching segments) of the counted records'
 * `available − safetyStock` — one safety stock per (location, UPC), D3 — each term clamped at 0
 * unless `includeNegative`. ATP = ATS + future units
 * in the window (with `includeFuture`, locations holding only future units of a product count too). Counted: records at active locations that support inventory, minus excluded
 * conditions (`enforceConditionAvailability`, D15) and expired records (`excludeExpired`, D16).
 * Any counted infinite-inventory record makes the answer unlimited: `ats`/`atp` are `null` and
 * `hasInfiniteInventory` is true. Cost: O(records of the asked products).
 */
import { isConditionExcluded } from "./condition-rule.js";
import { detail, domainError, type ErrorDetail } from "./errors.js";
import { isExpired } from "./expiration.js";
import { futureRecordsFor } from "./future-inventory.js";
import { inDateWindow, parseDate } from "./internal/dates.js";
import { stockLocationCodes } from "./internal/stock-locations.js";
import { getSlot } from "./internal/stored-slot.js";
import { segmentAvailable } from "./records.js";
import { slotSafetyStock } from "./safety-stock.js";
import { type Answer, answer, fail } from "./result.js";
import { keyMatches, resolveTagFilter } from "./segment.js";
import type { InventoryState } from "./state.js";
import { type StockStatus, stockStatus } from "./stock-status.js";
import type { TagInput } from "./tags.js";

export interface AvailabilityRequest {
  readonly upcs: readonly string[];
  /** Only these locations (still only active ones that support inventory). */
  readonly locationCodes?: readonly string[];
  /** Ask about one segment; categories left out take their default (D6). */
  readonly tags?: TagInput;
  /** Leave out records whose condition a rule excludes (D15). @default false */
  readonly enforceConditionAvailability?: boolean;
  /** Leave out expired records (D16). @default false */
  readonly excludeExpired?: boolean;
  /** Do not clamp terms at 0. @default false */
  readonly includeNegative?: boolean;
  /** Add future units to ATP. @default false */
  readonly includeFuture?: boolean;
  /** Delivery-date window for future units, inclusive; open ends when omitted. */
  readonly futureFrom?: string;
  readonly futureTo?: string;
  /** Do not subtract safety stock. @default false */
  readonly ignoreSafetyStock?: boolean;
}

export interface LocationAvailability {
  readonly locationCode: string;
  /** Null = unlimited. */
  readonly ats: number | null;
  readonly atp: number | null;
  /** Counted available before safety stock (clamped per term unless includeNegative). */
  readonly available: number;
  readonly safetyStock: number;
  readonly future: number;
  readonly hasInfiniteInventory: boolean;
  readonly stockStatus: StockStatus;
}

export interface ProductAvailability {
  readonly upc: string;
  readonly ats: number | null;
  readonly atp: number | null;
  readonly hasInfiniteInventory: boolean;
  readonly stockStatus: StockStatus;
  readonly locations: readonly LocationAvailability[];
}

/** Answers ATS/ATP for each upc. `now` decides expiry. */
export function getAvailability(state: InventoryState, request: AvailabilityRequest, now: number): Answer<ProductAvailability[]> {
  const details: ErrorDetail[] = [];
  if (!Array.isArray(request.upcs) || request.upcs.length === 0) details.push(detail("upcs", "required", "upcs are required"));
  const filter = resolveTagFilter(state.tagIndex, request.tags, request.tags !== undefined);
  if (!filter.ok) details.push(...filter.details);
  const from = request.futureFrom === undefined ? undefined : parseDate(request.futureFrom);
  const to = request.futureTo === undefined ? undefined : parseDate(request.futureTo);
  if (request.futureFrom !== undefined && from === undefined) details.push(detail("futureFrom", "invalid_date", "Not an ISO-8601 date"));
  if (request.futureTo !== undefined && to === undefined) details.push(detail("futureTo", "invalid_date", "Not an ISO-8601 date"));
  if (details.length > 0 || !filter.ok) return fail(domainError("validation_failed", "Invalid availability request", details));
  const tagFilter = filter.value;
  const tagged = tagFilter.some((f) => f !== undefined);
  const clamp = (n: number) => (request.includeNegative === true ? n : Math.max(0, n));

  const products = request.upcs.map((upc): ProductAvailability => {
    const locations: LocationAvailability[] = [];
    // With future units asked about, a location holding only future records of the upc is listed
    // too: no current records there, so ATS 0 and ATP its future units.
    for (const code of stockLocationCodes(state, upc, request.includeFuture === true)) {
      const location = state.locations.get(code);
      if (!location?.active || !location.supportsInventory) continue;
      if (request.locationCodes && !request.locationCodes.includes(code)) continue;
      let ats = 0;
      let available = 0;
      let safety = 0;
      let infinite = false;
      const slot = getSlot(state, upc, code);
      // D3: the records of this (location, UPC) are summed — per segment when tags are named — and
      // its one safety stock is subtracted once per term.
      const bySegment = new Map<string, number>();
      let whole = 0;
      let counted = 0;
      for (const r of slot) {
        if (request.enforceConditionAvailability === true && isConditionExcluded(state.conditionRules, r.granular?.condition)) continue;
        if (request.excludeExpired === true && isExpired(r, state.settings, now)) continue;
        if (r.details.hasInfiniteInventory) infinite = true;
        counted++;
        for (const s of r.segments) {
          if (!tagged) whole += segmentAvailable(s);
          else if (keyMatches(s.key, tagFilter)) bySegment.set(s.key, (bySegment.get(s.key) ?? 0) + segmentAvailable(s));
        }
      }
      const slotSafety = slotSafetyStock(slot);
      const ss = request.ignoreSafetyStock === true ? 0 : slotSafety;
      const terms = tagged ? [...bySegment.values()] : counted > 0 ? [whole] : [];
      for (const t of terms) {
        ats += clamp(t - ss);
        available += clamp(t);
        safety += slotSafety;
      }
      let future = 0;
      if (request.includeFuture === true)
        for (const f of futureRecordsFor(state, upc, code)) {
          if (inDateWindow(f.deliveryDate, from, to) && keyMatches(f.segmentKey, tagFilter))
            future += f.onHand;
        }
      locations.push({
        locationCode: code,
        ats: infinite ? null : ats,
        atp: infinite ? null : ats + future,
        available,
        safetyStock: safety,
        future,
        hasInfiniteInventory: infinite,
        stockStatus: infinite ? "IN_STOCK" : stockStatus(available, safety),
      });
    }
    const infinite = locations.some((l) => l.hasInfiniteInventory);
    const sum = (f: (l: LocationAvailability) => number | null) => locations.reduce((a, l) => a + (f(l) ?? 0), 0);
    const available = sum((l) => l.available);
    return {
      upc,
      ats: infinite ? null : sum((l) => l.ats),
      atp: infinite ? null : sum((l) => l.atp),
      hasInfiniteInventory: infinite,
      stockStatus: infinite ? "IN_STOCK" : stockStatus(available, sum((l) => l.safetyStock)),
      locations,
    };
  });
  return answer(products);
}
