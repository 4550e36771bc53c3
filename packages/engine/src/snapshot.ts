/**
 * Persistence. In memory a snapshot is just the state value (immutable, structurally shared):
 * keep it, and "restore" by using it again — O(1). For a restart, `exportState` turns a state into
 * plain JSON-serialisable data (deterministic order) and `importState` rebuilds it.
 */
import type { Allocation } from "./allocation-entry.js";
import type { ConditionRule } from "./condition-rule.js";
import { detail, domainError } from "./errors.js";
import type { FutureRecord } from "./future-record.js";
import { EMPTY_FILE_TRANSFER, type FileTransferState } from "./file-transfer.js";
import { StoreDraft } from "./internal/draft/store.js";
import { slotRecords } from "./internal/stored-slot.js";
import type { Job } from "./job.js";
import type { Location } from "./location.js";
import { EMPTY_COMMERCE } from "./orders/commerce-state.js";
import type { Cart, Checkout, CommerceCounters, Order, Return } from "./orders/types.js";
import { PersistentMap } from "./internal/trie/persistent-map.js";
import { DEFAULT_DETAILS, type InventoryRecord } from "./records.js";
import { type Answer, answer, fail } from "./result.js";
import type { InventorySettings } from "./settings.js";
import { type Counters, createState, type InventoryState, withTagCategories } from "./state.js";
import type { TagCategory } from "./tags.js";

/** The records of one (location, upc). */
export interface ExportedSlot {
  readonly upc: string;
  readonly locationCode: string;
  readonly records: readonly InventoryRecord[];
}

/** Orders, carts, checkouts and returns as plain data (D19). */
export interface ExportedCommerce {
  readonly counters: CommerceCounters;
  readonly orders: readonly Order[];
  readonly carts: readonly Cart[];
  readonly checkouts: readonly Checkout[];
  readonly returns: readonly Return[];
}

/** A state as plain data (format version 1; `commerce` is absent in data exported before D19). */
export interface ExportedState {
  readonly version: 1;
  readonly settings: InventorySettings;
  readonly counters: Counters;
  readonly locations: readonly Location[];
  readonly tagCategories: readonly TagCategory[];
  readonly conditionRules: readonly ConditionRule[];
  readonly slots: readonly ExportedSlot[];
  readonly futures: readonly FutureRecord[];
  readonly allocations: readonly Allocation[];
  readonly jobs: readonly Job[];
  readonly jobQueue: readonly number[];
  readonly commerce?: ExportedCommerce;
  /** Export settings and the fetch-file configuration; absent in data exported before them (none). */
  readonly fileTransfer?: FileTransferState;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Turns a state into plain data (sorted, so equal states export equal data). Cost: O(state). */
export function exportState(state: InventoryState): ExportedState {
  const slots: ExportedSlot[] = [];
  for (const upc of [...state.records.keys()].sort(byString)) {
    const byLocation = state.records.get(upc);
    for (const locationCode of [...(byLocation?.keys() ?? [])].sort(byString))
      slots.push({ upc, locationCode, records: slotRecords(byLocation?.get(locationCode)) });
  }
  return JSON.parse(
    JSON.stringify({
      version: 1,
      settings: state.settings,
      counters: state.counters,
      locations: [...state.locations.values()].sort((a, b) => byString(a.code, b.code)),
      tagCategories: state.tagCategories,
      conditionRules: state.conditionRules,
      slots,
      futures: [...state.futures.values()].sort((a, b) => a.futureInventoryId - b.futureInventoryId),
      allocations: [...state.allocations.values()].sort((a, b) => a.seq - b.seq || byString(a.key, b.key)),
      jobs: [...state.jobs.values()].sort((a, b) => a.jobId - b.jobId),
      jobQueue: state.jobQueue,
      commerce: {
        counters: state.commerce.counters,
        orders: [...state.commerce.orders.values()].sort((a, b) => a.orderNumber - b.orderNumber),
        carts: [...state.commerce.carts.values()].sort((a, b) => byString(a.id, b.id)),
        checkouts: [...state.commerce.checkouts.values()].sort((a, b) => byString(a.id, b.id)),
        returns: [...state.commerce.returns.values()].sort((a, b) => a.returnNumber - b.returnNumber),
      },
      fileTransfer: state.fileTransfer,
    }),
  ) as ExportedState;
}

/** Rebuilds a state (and its indexes) from {@link exportState} data. */
export function importState(data: ExportedState): Answer<InventoryState> {
  if (typeof data !== "object" || data === null || data.version !== 1)
    return fail(domainError("validation_failed", "Unsupported state data", [detail("version", "unsupported", "Expected version 1")]));
  let s: InventoryState = {
    ...withTagCategories(createState(data.settings), data.tagCategories),
    counters: data.counters,
    locations: PersistentMap.from(data.locations.map((l) => [l.code, l] as const)),
    conditionRules: data.conditionRules,
    jobs: PersistentMap.from(data.jobs.map((j) => [j.jobId, j] as const)),
    jobQueue: data.jobQueue,
    commerce:
      data.commerce === undefined
        ? EMPTY_COMMERCE
        : {
            orders: PersistentMap.from(data.commerce.orders.map((o) => [o.id, o] as const)),
            orderIdsByNumber: PersistentMap.from(data.commerce.orders.map((o) => [o.orderNumber, o.id] as const)),
            carts: PersistentMap.from(data.commerce.carts.map((c) => [c.id, c] as const)),
            checkouts: PersistentMap.from(data.commerce.checkouts.map((c) => [c.id, c] as const)),
            returns: PersistentMap.from(data.commerce.returns.map((r) => [r.id, r] as const)),
            counters: data.commerce.counters,
          },
    fileTransfer: data.fileTransfer ?? EMPTY_FILE_TRANSFER,
  };
  for (const f of data.futures) {
    s = {
      ...s,
      futures: s.futures.set(f.futureInventoryId, f),
      futureIdsByUpc: s.futureIdsByUpc.set(f.upc, [...(s.futureIdsByUpc.get(f.upc) ?? []), f.futureInventoryId]),
    };
  }
  const draft = new StoreDraft(s);
  // Records whose details equal the defaults share the one default object again (memory).
  const plain = JSON.stringify(DEFAULT_DETAILS);
  for (const slot of data.slots) {
    const records = slot.records.map((r) =>
      r.details !== DEFAULT_DETAILS && JSON.stringify(r.details) === plain ? { ...r, details: DEFAULT_DETAILS } : r,
    );
    draft.putSlot(slot.upc, slot.locationCode, records);
  }
  for (const a of data.allocations) draft.putAllocation(a.key, a, draft.getAllocation(a.key));
  s = draft.finish();
  return answer(s);
}
