/**
 * The pending index (upc, location → keys of the allocations with pending units there, oldest
 * `seq` first) as one command edits it. Rewriting a slot's list on every change (copy, add, sort)
 * made a command that leaves n allocations pending on one slot cost O(n² log n): 6,000 short
 * allocate items took half a minute. Here a changed slot gets one list of its own; an allocation
 * that becomes pending is appended, one that stops only marks the list, and the list is written
 * back once, when the slot is read or the command finishes. A list that only grew in `seq` order
 * (allocate) is written as it is; any other is tidied then — keys that no longer belong and
 * repeats dropped, sorted by `seq` — so a command costs O(n log n) at worst.
 *
 * A key belongs to a slot's list exactly when the allocation stored under it has pending units at
 * that (upc, location); tidying keeps the keys for which that holds, so a removal needs no search.
 */
import { type Allocation, hasPending } from "../../allocation-entry.js";
import type { PersistentMap } from "../trie/persistent-map.js";
import { TransientMap } from "../trie/transient-map.js";
import { slotKey } from "../stored-slot.js";

/** Where the command's allocations are read, as written so far (its store draft). */
interface AllocationSource {
  getAllocation(key: string): Allocation | undefined;
}

/** One slot's list as a command edits it. */
interface SlotList {
  readonly upc: string;
  readonly locationCode: string;
  /** The command's own array: the stored list, then the keys added since. */
  readonly keys: string[];
  /** `seq` of the last key (−∞ when none). */
  lastSeq: number;
  /** Whether every key still belongs, once, in `seq` order (nothing left the list and every add came last). */
  clean: boolean;
}

export class PendingDraft {
  private map: TransientMap<string, readonly string[]> | undefined;
  /** Slot key → its list as edited. */
  private edits: Map<string, SlotList> | undefined;

  constructor(
    private readonly base: PersistentMap<string, readonly string[]>,
    private readonly allocations: AllocationSource,
  ) {}

  /** Records that `key` now holds `allocation` instead of `old` (either may be undefined). */
  update(key: string, allocation: Allocation | undefined, old: Allocation | undefined): void {
    const from = old !== undefined && hasPending(old) ? old : undefined;
    const to = allocation !== undefined && hasPending(allocation) ? allocation : undefined;
    if (from !== undefined) {
      // Still pending at the same place and age: the list is unchanged.
      if (to !== undefined && to.seq === from.seq && to.upc === from.upc && to.locationCode === from.locationCode) return;
      this.edit(from).clean = false;
    }
    if (to !== undefined) {
      const list = this.edit(to);
      if (to.seq < list.lastSeq) list.clean = false;
      list.keys.push(key);
      list.lastSeq = to.seq;
    }
  }

  /** Keys of the allocations with pending units at the slot, oldest first (a list nobody changes). */
  keys(upc: string, locationCode: string): readonly string[] | undefined {
    const sk = slotKey(upc, locationCode);
    const list = this.edits?.get(sk);
    if (list !== undefined) this.tidy(sk, list);
    return (this.map ?? this.base).get(sk);
  }

  /** The index with every edit applied. */
  finish(): PersistentMap<string, readonly string[]> {
    if (this.edits !== undefined) for (const [sk, list] of [...this.edits]) this.tidy(sk, list);
    return this.map?.persist() ?? this.base;
  }

  /** The list of the allocation's slot, copied from the index on the first change. */
  private edit(a: Allocation): SlotList {
    const sk = slotKey(a.upc, a.locationCode);
    if (this.edits === undefined) this.edits = new Map();
    let list = this.edits.get(sk);
    if (list === undefined) {
      const keys = [...((this.map ?? this.base).get(sk) ?? [])];
      const last = keys.length === 0 ? undefined : this.allocations.getAllocation(keys[keys.length - 1] as string);
      list = { upc: a.upc, locationCode: a.locationCode, keys, lastSeq: last?.seq ?? Number.NEGATIVE_INFINITY, clean: true };
      this.edits.set(sk, list);
    }
    return list;
  }

  /**
   * Writes the slot's list to the index: as it is when clean, else the keys that belong there,
   * once each, by `seq`.
   */
  private tidy(sk: string, list: SlotList): void {
    (this.edits as Map<string, SlotList>).delete(sk);
    let keys = list.keys;
    if (!list.clean) {
      const allocations = this.allocations;
      const seen = new Set<string>();
      const seqOf = new Map<string, number>();
      keys = [];
      for (const key of list.keys) {
        if (seen.has(key)) continue;
        seen.add(key);
        const a = allocations.getAllocation(key);
        if (a === undefined || !hasPending(a) || a.upc !== list.upc || a.locationCode !== list.locationCode) continue;
        seqOf.set(key, a.seq);
        keys.push(key);
      }
      keys.sort((x, y) => (seqOf.get(x) as number) - (seqOf.get(y) as number));
    }
    if (this.map === undefined) this.map = new TransientMap(this.base);
    if (keys.length === 0) this.map.delete(sk);
    else this.map.set(sk, keys);
  }
}
