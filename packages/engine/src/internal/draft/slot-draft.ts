/**
 * The records of the (upc, location) that a refresh/adjust is writing. One draft per command serves
 * every slot in turn: `open` loads a slot's records (as written so far) into the draft's own array,
 * the items for that upc edit them, and the command hands them to its store draft before opening
 * the next slot (so no per-slot object or array is allocated, and the slot's trie path is still in
 * the CPU cache when it is stored).
 *
 * The draft remembers which records it built itself ("fresh": the record object and its segment
 * array were made by this command and nobody else can see them yet). A later item for the same
 * record edits a fresh record in place instead of copying it again; a record read from the state
 * (or from the store draft, when a slot is opened again) is copied on its first change.
 */
import type { PersistentMap } from "../trie/persistent-map.js";
import { type GranularKey, type InventoryRecord, type Segment, type SegmentKey, sameGranularKey, segmentsWith } from "../../records.js";
import type { StoredSlot } from "../../state.js";
import type { Mutable } from "../mutable.js";

/** Freshness is tracked for the first 31 positions of a slot (a bitmask); records past them are always copied. */
const TRACKED = 31;

export class SlotDraft {
  /** One instance kept for the life of the class, for the reason given at `TransientMap.keepShape` (transient-map.ts). @internal */
  static readonly keepShape: SlotDraft = new SlotDraft();

  /** The open slot's upc ("" before the first `open`). */
  upc = "";
  /** upc → locationCode → slot of the open upc, as `open` found it. */
  byLocation: PersistentMap<string, StoredSlot> | undefined = undefined;
  /** The records as written so far (the draft's own array, reused; may carry spare capacity). */
  readonly records: InventoryRecord[] = [];
  /** Whether the slot held records when it was opened. */
  existed = false;
  /** Whether it was written since it was opened. */
  unflushed = false;
  /** Bit i: `records[i]` is fresh. */
  private fresh = 0;
  private opened = false;

  /** Whether `upc` is the open slot. */
  isOpen(upc: string): boolean {
    return this.opened && this.upc === upc;
  }

  /** Loads the records of (upc, locationCode) from `byLocation` (`records.get(upc)` as written so far). */
  open(upc: string, byLocation: PersistentMap<string, StoredSlot> | undefined, locationCode: string): void {
    this.opened = true;
    this.upc = upc;
    this.byLocation = byLocation;
    const stored = byLocation?.get(locationCode);
    if (Array.isArray(stored)) this.fill(stored as readonly InventoryRecord[]);
    else if (stored === undefined) this.records.length = 0;
    else {
      this.records[0] = stored as InventoryRecord;
      this.records.length = 1;
    }
    this.existed = this.records.length > 0;
    this.unflushed = false;
    this.fresh = 0;
  }

  /** The position of the record with this granular key, or −1. */
  find(granular: GranularKey | null): number {
    const records = this.records;
    for (let i = 0; i < records.length; i++) if (sameGranularKey((records[i] as InventoryRecord).granular, granular)) return i;
    return -1;
  }

  /** Whether the record at `at` may be edited in place. */
  isFresh(at: number): boolean {
    return at < TRACKED && (this.fresh & (1 << at)) !== 0;
  }

  /** Stores `record` at `at` (appends when `at` is −1). */
  put(at: number, record: InventoryRecord, fresh: boolean): void {
    const i = at < 0 ? this.records.length : at;
    this.records[i] = record;
    if (i < TRACKED) this.fresh = fresh ? this.fresh | (1 << i) : this.fresh & ~(1 << i);
    this.unflushed = true;
  }

  /** Replaces every record (positions change, so nothing counts as fresh any more). */
  replaceAll(records: readonly InventoryRecord[]): void {
    this.fill(records);
    this.fresh = 0;
    this.unflushed = true;
  }

  /** Copies `records` into the draft's array, overwriting (emptying it first would free its storage). */
  private fill(records: readonly InventoryRecord[]): void {
    const own = this.records;
    for (let i = 0; i < records.length; i++) own[i] = records[i] as InventoryRecord;
    own.length = records.length;
  }
}

/**
 * Sets one segment of a fresh record (see {@link SlotDraft}) in place, as `withSegment` would set it
 * (dropped when all-zero, kept sorted otherwise): the segment array is edited in place when the key
 * is already there, else the record gets a new exact-size array.
 */
export function setSegmentInPlace(
  record: InventoryRecord,
  key: SegmentKey,
  onHand: number,
  allocated: number,
  pending: number,
): void {
  const segments = record.segments as Segment[];
  if (onHand !== 0 || allocated !== 0 || pending !== 0) {
    for (let i = 0; i < segments.length; i++) {
      if ((segments[i] as Segment).key === key) {
        segments[i] = { key, onHand, allocated, pending };
        return;
      }
    }
  }
  (record as Mutable<InventoryRecord>).segments = segmentsWith(segments, key, onHand, allocated, pending);
}

/** Sets the details of a fresh record in place. */
export function setDetailsInPlace(record: InventoryRecord, details: InventoryRecord["details"]): void {
  (record as Mutable<InventoryRecord>).details = details;
}
