/**
 * Inventory records and their segments (D1, D2). A record is one (location, upc, granular key); its
 * quantities live in segments, one per tag combination, and record totals are the segment sums.
 * Records are kept compact: four fields, a shared default `details` object, small segment arrays.
 */

/** A canonical segment key: the tag-value ids of the segment, one per category, comma-joined ("" = untagged). */
export type SegmentKey = string;

/** Quantities of one segment of one record. `available` is derived (see {@link segmentAvailable}). */
export interface Segment {
  readonly key: SegmentKey;
  readonly onHand: number;
  readonly allocated: number;
  readonly pending: number;
}

/** The granular part of a record's identity (D1); all optional. `date` is normalised ISO-8601 UTC. */
export interface GranularKey {
  readonly sku?: string;
  readonly lotCode?: string;
  readonly condition?: string;
  readonly serialNumber?: string;
  readonly date?: string;
}

/** Per-record metadata that does not change quantities (safety stock only affects ATS/ATP, D3). */
export interface RecordDetails {
  readonly safetyStock: number;
  readonly floor: number;
  readonly ltd: number;
  readonly retailPrice?: number;
  readonly currencyId?: string;
  readonly inventoryLocatorName?: string;
  readonly attributes?: readonly string[];
  readonly partNumber?: string;
  readonly hasInfiniteInventory: boolean;
  /** Created by an allocation or fulfill, not a refresh/adjust; removed again when it holds nothing. */
  readonly implicit: boolean;
}

/** One inventory record at one location for one UPC. */
export interface InventoryRecord {
  /** Tenant-unique id from a state counter; also gives "oldest record first" order. */
  readonly inventoryId: number;
  /** Null for a plain (non-granular) record. */
  readonly granular: GranularKey | null;
  readonly details: RecordDetails;
  /** Non-empty segments, sorted by key. All-zero segments are dropped. */
  readonly segments: readonly Segment[];
}

/** Record or segment quantity totals, `available` included. */
export interface Quantities {
  readonly onHand: number;
  readonly available: number;
  readonly allocated: number;
  readonly pending: number;
}

/** The details every new record starts with (shared, never copied). */
export const DEFAULT_DETAILS: RecordDetails = Object.freeze({
  safetyStock: 0,
  floor: 0,
  ltd: 0,
  hasInfiniteInventory: false,
  implicit: false,
});

/**
 * Quantities are 32-bit signed integers, as in Kibo's API: every stored quantity — onHand,
 * allocated, pending and available of each segment, and the record totals over its segments —
 * stays within `QUANTITY_MIN`…`QUANTITY_MAX`. A command whose result would leave that range is
 * refused (see {@link quantitiesInRange}); sums over several records (a product's stock over
 * locations) are not bounded by it. `@kibo-inventory/spec` holds the same values (test/rules-agree.test.ts).
 */
export const QUANTITY_MAX = 2_147_483_647;
/** The smallest quantity (see {@link QUANTITY_MAX}). */
export const QUANTITY_MIN = -2_147_483_648;

const inRange = (n: number): boolean => n >= QUANTITY_MIN && n <= QUANTITY_MAX;

/** Whether every quantity of a record (each segment's, and the record totals) is within `QUANTITY_MIN`…`QUANTITY_MAX`. */
export function quantitiesInRange(record: InventoryRecord): boolean {
  let onHand = 0;
  let allocated = 0;
  let pending = 0;
  for (const s of record.segments) {
    if (!inRange(s.onHand) || !inRange(s.allocated) || !inRange(s.pending) || !inRange(s.onHand - s.allocated - s.pending)) return false;
    onHand += s.onHand;
    allocated += s.allocated;
    pending += s.pending;
  }
  return inRange(onHand) && inRange(allocated) && inRange(pending) && inRange(onHand - allocated - pending);
}

/** `available = onHand − allocated − pending` (D2); may be negative. */
export function segmentAvailable(s: Segment): number {
  return s.onHand - s.allocated - s.pending;
}

/** Sums segments (all of a record's, or the ones `filter` keeps). */
export function sumSegments(segments: readonly Segment[], filter?: (key: SegmentKey) => boolean): Quantities {
  let onHand = 0;
  let allocated = 0;
  let pending = 0;
  for (const s of segments) {
    if (filter && !filter(s.key)) continue;
    onHand += s.onHand;
    allocated += s.allocated;
    pending += s.pending;
  }
  return { onHand, available: onHand - allocated - pending, allocated, pending };
}

/** Record totals: always the sum of its segments (D2). */
export function recordTotals(record: InventoryRecord): Quantities {
  return sumSegments(record.segments);
}

/** The segment with `key`, or a zero segment. */
export function getSegment(record: InventoryRecord, key: SegmentKey): Segment {
  for (const s of record.segments) if (s.key === key) return s;
  return { key, onHand: 0, allocated: 0, pending: 0 };
}

/**
 * A record with segment `key` replaced (dropped when all-zero, kept sorted otherwise). The segment
 * and record are rebuilt as plain literals so every one shares one compact object shape.
 */
export function withSegment(record: InventoryRecord, changed: Segment): InventoryRecord {
  return withSegmentOf(record, changed.key, changed.onHand, changed.allocated, changed.pending);
}

/** {@link withSegment} with the segment given field by field (no segment object to copy). */
export function withSegmentOf(
  record: InventoryRecord,
  key: SegmentKey,
  onHand: number,
  allocated: number,
  pending: number,
): InventoryRecord {
  return {
    inventoryId: record.inventoryId,
    granular: record.granular,
    details: record.details,
    segments: segmentsWith(record.segments, key, onHand, allocated, pending),
  };
}

/**
 * A new segment array: `segments` with segment `key` set to the given quantities (dropped when
 * all-zero, inserted in key order otherwise). Built at its exact size: records are kept by the
 * million, spare array capacity would add up.
 */
export function segmentsWith(
  segments: readonly Segment[],
  key: SegmentKey,
  onHand: number,
  allocated: number,
  pending: number,
): Segment[] {
  const zero = onHand === 0 && allocated === 0 && pending === 0;
  let found = false;
  for (let i = 0; i < segments.length; i++) if ((segments[i] as Segment).key === key) found = true;
  const out = new Array<Segment>(segments.length + (found ? 0 : 1) - (zero ? 1 : 0));
  let n = 0;
  let placed = zero;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    if (s.key === key) continue;
    if (!placed && s.key > key) {
      out[n++] = { key, onHand, allocated, pending };
      placed = true;
    }
    out[n++] = s;
  }
  if (!placed) out[n] = { key, onHand, allocated, pending };
  return out;
}

/**
 * Whether a record is an implicit pending holder (D12) that no longer holds anything: no segment
 * left, so no onHand, allocated or pending units and no allocation line on it. Such a record is
 * never stored (see `putSlot`): it is dropped however it was emptied — deallocate, fulfill, or a
 * pending release that moved its pending units to a record with stock.
 */
export function isSpentImplicit(record: InventoryRecord): boolean {
  return record.details.implicit && record.segments.length === 0;
}

/** D9: a serial-numbered record holds at most this many units, and a serial allocation takes exactly this many. */
export const SERIAL_MAX_UNITS = 1;

/** The granular key of a record without granular fields, shared (never mutated; read it for `granular ?? {}`). */
export const NO_GRANULAR: GranularKey = Object.freeze({});

/** Whether a record's granular key has every field `filter` gives (fields the filter leaves out match anything). */
export function matchesGranularFilter(granular: GranularKey | null, filter: GranularKey): boolean {
  const g = granular ?? NO_GRANULAR;
  return (
    (filter.sku === undefined || g.sku === filter.sku) &&
    (filter.lotCode === undefined || g.lotCode === filter.lotCode) &&
    (filter.condition === undefined || g.condition === filter.condition) &&
    (filter.serialNumber === undefined || g.serialNumber === filter.serialNumber) &&
    (filter.date === undefined || g.date === filter.date)
  );
}

/** Whether two granular keys name the same record. */
export function sameGranularKey(a: GranularKey | null, b: GranularKey | null): boolean {
  if (a === b) return true;
  const x = a ?? NO_GRANULAR;
  const y = b ?? NO_GRANULAR;
  return (
    x.sku === y.sku &&
    x.lotCode === y.lotCode &&
    x.condition === y.condition &&
    x.serialNumber === y.serialNumber &&
    x.date === y.date
  );
}

function isEmptyGranular(key: GranularKey): boolean {
  return (
    key.sku === undefined &&
    key.lotCode === undefined &&
    key.condition === undefined &&
    key.serialNumber === undefined &&
    key.date === undefined
  );
}

/** Null for an empty key, so plain records share no granular object. */
export function granularOrNull(key: GranularKey): GranularKey | null {
  return isEmptyGranular(key) ? null : key;
}
