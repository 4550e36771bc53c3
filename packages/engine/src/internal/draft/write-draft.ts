/**
 * The staging of one refresh/adjust: its {@link StoreDraft}, the slot being written (a
 * {@link SlotDraft}) and the record the current item edits (a {@link RecordEdit}). Rules ask for a
 * record, change it through the edit, and commit it; how records are copied or edited in place,
 * when a slot is handed to the store draft, and which upcs were written is decided here.
 *
 * Items arrive grouped by upc as a rule, so the slot of one upc stays open while its items are
 * applied and goes into the store draft as soon as the items move on to another upc (a slot
 * written again later is opened again from the store draft). A failed command drops the draft, so
 * nothing of this is ever seen.
 */
import {
  DEFAULT_DETAILS,
  type GranularKey,
  type InventoryRecord,
  isSpentImplicit,
  type RecordDetails,
  type SegmentKey,
  withSegmentOf,
} from "../../records.js";
import { slotSafetyStock } from "../../safety-stock.js";
import type { InventoryState } from "../../state.js";
import { setDetailsInPlace, setSegmentInPlace, SlotDraft } from "./slot-draft.js";
import { StoreDraft } from "./store.js";

/**
 * One record being changed by one item. `record` is its current value; `setSegment`/`setDetails`
 * copy it on the first change unless this command built it (then it is edited in place).
 */
export class RecordEdit {
  /** One instance kept for the life of the class, for the reason given at `TransientMap.keepShape` (transient-map.ts). @internal */
  static readonly keepShape: RecordEdit = new RecordEdit();

  /** The record as changed so far. */
  record: InventoryRecord = { inventoryId: 0, granular: null, details: DEFAULT_DETAILS, segments: [] };
  /** Its position in the open slot (−1: new, appended on commit). */
  at = -1;
  /** Whether this record may stay editable in place for later items of this command. */
  inPlace = true;
  /** Whether `record` and its segment array were built by this command (so they may be edited in place). */
  own = false;

  /** Points the edit at a record. */
  reset(record: InventoryRecord, at: number, inPlace: boolean, own: boolean): void {
    this.record = record;
    this.at = at;
    this.inPlace = inPlace;
    this.own = own;
  }

  /** Sets one segment (dropped when all-zero, kept sorted otherwise). */
  setSegment(key: SegmentKey, onHand: number, allocated: number, pending: number): void {
    if (this.own) setSegmentInPlace(this.record, key, onHand, allocated, pending);
    else {
      this.record = withSegmentOf(this.record, key, onHand, allocated, pending);
      this.own = true;
    }
  }

  /** Replaces the details (a literal when copying: every record keeps one object shape). */
  setDetails(details: RecordDetails): void {
    const r = this.record;
    if (this.own) setDetailsInPlace(r, details);
    // A copy that shares the segment array: not `own` (its segments must not be edited in place).
    else this.record = { inventoryId: r.inventoryId, granular: r.granular, details, segments: r.segments };
  }
}

export class WriteDraft {
  /** One instance kept for the life of the class, for the reason given at `TransientMap.keepShape` (transient-map.ts). @internal */
  static readonly keepShape: WriteDraft = new WriteDraft(StoreDraft.keepShape.base, "");

  private readonly store: StoreDraft;
  private readonly slot = new SlotDraft();
  private readonly edit = new RecordEdit();
  /** The upcs whose slots were stored, when pending units may need releasing afterwards (see {@link writtenUpcs}). */
  private readonly stored: string[] | undefined;

  constructor(
    state: InventoryState,
    private readonly locationCode: string,
  ) {
    this.store = new StoreDraft(state);
    this.stored = state.pendingIndex.size > 0 ? [] : undefined;
  }

  /**
   * The record of (upc, this location) with this granular key, opened for one item's change; a new
   * record (with the next inventory id) when there is none. The edit is valid until the next call.
   */
  open(upc: string, granular: GranularKey | null): RecordEdit {
    const slot = this.slot;
    if (!slot.isOpen(upc)) {
      this.storeSlot();
      slot.open(upc, this.store.byLocation(upc), this.locationCode);
    }
    const at = slot.find(granular);
    // A serial-numbered record is checked after the change and may be refused then, so it is never
    // edited in place (a refused item must leave the slot as it was for the items after it).
    const inPlace = granular?.serialNumber === undefined;
    const edit = this.edit;
    if (at < 0) {
      // D3: a granular record created later inherits the safety stock of its (location, UPC).
      const inherited = granular === null ? 0 : slotSafetyStock(slot.records);
      const details = inherited === 0 ? DEFAULT_DETAILS : { ...DEFAULT_DETAILS, safetyStock: inherited };
      const record = { inventoryId: this.store.nextInventoryId++, granular, details, segments: [] };
      edit.reset(record, at, inPlace, true);
    } else edit.reset(slot.records[at] as InventoryRecord, at, inPlace, inPlace && slot.isFresh(at));
    return edit;
  }

  /** Puts the edited record into the open slot. Implicit records that hold nothing any more leave it (D12). */
  commit(edit: RecordEdit): void {
    const slot = this.slot;
    slot.put(edit.at, edit.record, edit.inPlace && edit.own);
    if (slot.records.some(isSpentImplicit)) slot.replaceAll(slot.records.filter((r) => !isSpentImplicit(r)));
  }

  /** Replaces every record of the open slot by `fn` of it. */
  mapSlot(fn: (record: InventoryRecord) => InventoryRecord): void {
    this.slot.replaceAll(this.slot.records.map(fn));
  }

  /** Hands the open slot to the store draft and answers it (for the rules that run after the items, then `finish`). */
  flush(): StoreDraft {
    this.storeSlot();
    return this.store;
  }

  /** The upcs written, once each, in first-write order; empty when the state held no pending units. */
  writtenUpcs(): Iterable<string> {
    return new Set(this.stored);
  }

  private storeSlot(): void {
    const slot = this.slot;
    if (!slot.unflushed) return;
    this.store.putSlot(slot.upc, this.locationCode, slot.records, slot.byLocation, slot.existed);
    slot.unflushed = false;
    this.stored?.push(slot.upc);
  }
}
