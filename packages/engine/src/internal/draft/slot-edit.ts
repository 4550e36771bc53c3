/**
 * The records of one (upc, location) being edited by inventory id, for the commands that change a
 * few records at a time (deallocate, fulfill, pending release, future arrival): read from a
 * {@link StoreDraft} (as written so far), changed record by record, and written back with `store()`.
 */
import { getSegment, type InventoryRecord, type Segment, type SegmentKey, withSegment } from "../../records.js";
import type { StoreDraft } from "./store.js";

export class SlotEdit {
  private readonly byId: Map<number, InventoryRecord>;

  constructor(
    private readonly draft: StoreDraft,
    readonly upc: string,
    readonly locationCode: string,
  ) {
    this.byId = new Map(draft.getSlot(upc, locationCode).map((r) => [r.inventoryId, r]));
  }

  /** The record with this id, as edited so far. */
  get(inventoryId: number): InventoryRecord | undefined {
    return this.byId.get(inventoryId);
  }

  /** Every record, as edited so far (in slot order; new records last). */
  records(): InventoryRecord[] {
    return [...this.byId.values()];
  }

  /** Adds a record, or replaces the one with its id. */
  put(record: InventoryRecord): void {
    this.byId.set(record.inventoryId, record);
  }

  /** Replaces one segment of a record by `fn` of its current value (nothing when the record is not here). */
  changeSegment(inventoryId: number, key: SegmentKey, fn: (s: Segment) => Segment): void {
    const r = this.byId.get(inventoryId);
    if (r) this.byId.set(inventoryId, withSegment(r, fn(getSegment(r, key))));
  }

  /** Writes the records back to the draft (which drops implicit records left holding nothing). */
  store(): void {
    this.draft.putSlot(this.upc, this.locationCode, this.records());
  }
}
