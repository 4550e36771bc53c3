import type { Allocation } from "../../allocation-entry.js";
import { PersistentMap } from "../trie/persistent-map.js";
import { QuantityRangeError } from "../../errors.js";
import { type InventoryRecord, isSpentImplicit, quantitiesInRange } from "../../records.js";
import { type Counters, createState, type InventoryState, type StoredSlot, withCounter, withStore } from "../../state.js";
import { TransientMap } from "../trie/transient-map.js";
import { slotRecords } from "../stored-slot.js";
import { PendingDraft } from "./pending-draft.js";

type ByLocation = PersistentMap<string, StoredSlot>;

/**
 * The store maps of one command being written: records, the location index, allocations, the
 * pending index and the id counters. Reads see the writes made so far. Each map turns into a
 * {@link TransientMap} on its first write, so a trie node is copied at most once per command, and
 * `finish()` builds the new state with one copy. The state it started from never changes; a failed
 * command simply drops its draft.
 */
export class StoreDraft {
  /** One instance kept for the life of the class, for the reason given at {@link TransientMap.keepShape}. @internal */
  static readonly keepShape: StoreDraft = new StoreDraft(createState());

  private records: TransientMap<string, ByLocation> | undefined;
  private upcsByLocation: TransientMap<string, PersistentMap<string, true>> | undefined;
  /** locationCode → that location's upc set, being edited. */
  private upcSets: Map<string, TransientMap<string, true>> | undefined;
  private allocations: TransientMap<string, Allocation> | undefined;
  private readonly pending: PendingDraft;
  /** The next inventory id to hand out (written back by `finish`). */
  nextInventoryId: number;
  /** The next allocation sequence number to hand out (written back by `finish`). */
  nextAllocationSeq: number;
  /** The first slot written with a quantity outside the 32-bit range: `finish()` refuses. */
  private outOfRange: { readonly upc: string; readonly locationCode: string } | undefined;

  constructor(private state: InventoryState) {
    this.nextInventoryId = state.counters.inventoryId;
    this.nextAllocationSeq = state.counters.allocationSeq;
    this.pending = new PendingDraft(state.pendingIndex, this);
  }

  /**
   * Makes `finish()` build on `state` instead of the state the draft started from: a later version
   * of it that changed nothing the draft edits (its store maps and the inventory/allocation
   * counters), e.g. one with future records written meanwhile.
   */
  private rebase(state: InventoryState): void {
    const from = this.state;
    if (
      state.records !== from.records ||
      state.upcsByLocation !== from.upcsByLocation ||
      state.allocations !== from.allocations ||
      state.pendingIndex !== from.pendingIndex ||
      state.counters.inventoryId !== from.counters.inventoryId ||
      state.counters.allocationSeq !== from.counters.allocationSeq
    )
      throw new Error("StoreDraft.rebase: the state changed what the draft edits");
    this.state = state;
  }

  /** The state the draft started from (or was rebased on): settings, tags and rules, which a draft never changes. */
  get base(): InventoryState {
    return this.state;
  }

  /** upc → locationCode → slot, as written so far. */
  byLocation(upc: string): ByLocation | undefined {
    return this.records === undefined ? this.state.records.get(upc) : this.records.get(upc);
  }

  /** The records of one (upc, location), as written so far. */
  getSlot(upc: string, locationCode: string): readonly InventoryRecord[] {
    return slotRecords(this.byLocation(upc)?.get(locationCode));
  }

  /**
   * Replaces the records of one (upc, location), keeping the location index in step. Implicit
   * records that hold nothing any more are dropped here, on every write path, so that an implicit
   * pending holder (D12) lives exactly as long as it holds units. `current` is `byLocation(upc)`
   * when the caller has it.
   */
  putSlot(
    upc: string,
    locationCode: string,
    given: readonly InventoryRecord[],
    current: ByLocation | undefined = this.byLocation(upc),
    /** Whether the slot holds records now, when the caller knows (saves a lookup). */
    exists?: boolean,
  ): void {
    const slot = given.some(isSpentImplicit) ? given.filter((r) => !isSpentImplicit(r)) : given;
    if (this.outOfRange === undefined) for (const r of slot) if (!quantitiesInRange(r)) this.outOfRange = { upc, locationCode };
    if (this.records === undefined) this.records = new TransientMap(this.state.records);
    if (slot.length === 0) {
      if (exists === false || current === undefined || !current.has(locationCode)) return;
      const rest = current.delete(locationCode);
      if (rest.size === 0) this.records.delete(upc);
      else this.records.set(upc, rest);
      this.upcSet(locationCode).delete(upc);
      return;
    }
    const byLocation = current ?? PersistentMap.empty<string, StoredSlot>();
    const isNew = exists === undefined ? !byLocation.has(locationCode) : !exists;
    // One record is stored bare; several as an exact-size copy (no spare capacity from push or spread).
    const stored: StoredSlot = slot.length === 1 ? (slot[0] as InventoryRecord) : slot.slice();
    this.records.set(upc, byLocation.set(locationCode, stored));
    if (isNew) this.upcSet(locationCode).set(upc, true);
  }

  private upcSet(locationCode: string): TransientMap<string, true> {
    if (this.upcSets === undefined) this.upcSets = new Map();
    let set = this.upcSets.get(locationCode);
    if (set === undefined) {
      const current = (this.upcsByLocation ?? this.state.upcsByLocation).get(locationCode);
      set = new TransientMap(current ?? PersistentMap.empty<string, true>());
      this.upcSets.set(locationCode, set);
    }
    return set;
  }

  /** The allocation under `key`, as written so far. */
  getAllocation(key: string): Allocation | undefined {
    return (this.allocations ?? this.state.allocations).get(key);
  }

  /**
   * Stores an allocation (or deletes it when `allocation` is undefined) and keeps the pending index
   * in step: an allocation with pending units is listed under its (upc, location), ordered by `seq`
   * (see {@link PendingDraft}). `old` is what is stored under `key` now (`getAllocation(key)`). It is
   * required: a default parameter would look the key up again whenever a caller passes `undefined`
   * for "none yet".
   */
  putAllocation(key: string, allocation: Allocation | undefined, old: Allocation | undefined): void {
    if (this.allocations === undefined) this.allocations = new TransientMap(this.state.allocations);
    if (allocation === undefined) this.allocations.delete(key);
    else this.allocations.set(key, allocation);
    this.pending.update(key, allocation, old);
  }

  /** Keys of the allocations with pending units at (upc, location), oldest first, as written so far. */
  pendingKeys(upc: string, locationCode: string): readonly string[] | undefined {
    return this.pending.keys(upc, locationCode);
  }

  /**
   * The new state: the old one with every written map and counter replaced (the old one if nothing
   * was). With `rest`, the new state builds on `rest` instead: a later version of the state the
   * draft started from that changed only what a draft does not stage (e.g. future records written
   * beside it).
   */
  finish(rest?: InventoryState): InventoryState {
    if (this.outOfRange !== undefined) throw new QuantityRangeError(this.outOfRange.upc, this.outOfRange.locationCode);
    if (rest !== undefined && rest !== this.state) this.rebase(rest);
    const state = this.state;
    let upcsByLocation = state.upcsByLocation;
    if (this.upcSets !== undefined) {
      const index = new TransientMap(upcsByLocation);
      for (const [locationCode, set] of this.upcSets) {
        if (set.size === 0) index.delete(locationCode);
        else index.set(locationCode, set.persist());
      }
      upcsByLocation = index.persist();
    }
    const records = this.records?.persist() ?? state.records;
    const allocations = this.allocations?.persist() ?? state.allocations;
    const pendingIndex = this.pending.finish();
    const c = state.counters;
    let counters: Counters = c;
    if (this.nextInventoryId !== c.inventoryId) counters = withCounter(counters, "inventoryId", this.nextInventoryId);
    if (this.nextAllocationSeq !== c.allocationSeq) counters = withCounter(counters, "allocationSeq", this.nextAllocationSeq);
    if (
      records === state.records &&
      upcsByLocation === state.upcsByLocation &&
      allocations === state.allocations &&
      pendingIndex === state.pendingIndex &&
      counters === c
    )
      return state;
    return withStore(state, records, upcsByLocation, allocations, pendingIndex, counters);
  }
}
