import type { Allocation } from "./allocation-entry.js";
import type { ConditionRule } from "./condition-rule.js";
import type { FutureRecord } from "./future-record.js";
import { EMPTY_FILE_TRANSFER, type FileTransferState } from "./file-transfer.js";
import { buildTagIndex, type TagIndex } from "./internal/tag-index.js";
import type { Job } from "./job.js";
import type { Location } from "./location.js";
import { type CommerceState, EMPTY_COMMERCE } from "./orders/commerce-state.js";
import { PersistentMap } from "./internal/trie/persistent-map.js";
import type { InventoryRecord } from "./records.js";

/** How the records of one (location, upc) are stored: one record bare, several as an array. */
export type StoredSlot = InventoryRecord | readonly InventoryRecord[];
import { DEFAULT_SETTINGS, type InventorySettings } from "./settings.js";
import type { TagCategory } from "./tags.js";

/** Id counters kept in state, so ids are deterministic. Each holds the next id to hand out. */
export interface Counters {
  readonly inventoryId: number;
  readonly tagId: number;
  readonly locationId: number;
  readonly futureId: number;
  readonly jobId: number;
  readonly conditionRuleId: number;
  readonly allocationSeq: number;
}

/**
 * The whole state of one tenant. Immutable: every command returns a new state that shares all
 * unchanged parts with the old one, so keeping an old state is a free snapshot (restore = use it).
 */
export interface InventoryState {
  readonly settings: InventorySettings;
  readonly locations: PersistentMap<string, Location>;
  /** In creation order; the order defines segment keys. */
  readonly tagCategories: readonly TagCategory[];
  /** Derived from `tagCategories` (set together by {@link withTagCategories}); never exported. */
  readonly tagIndex: TagIndex;
  readonly conditionRules: readonly ConditionRule[];
  /**
   * upc → locationCode → records of that (location, upc), granular variants included. A single
   * record is stored bare, several as an array (saves an array per record); read through `getSlot`.
   */
  readonly records: PersistentMap<string, PersistentMap<string, StoredSlot>>;
  /** locationCode → set of upcs stocked there (for by-location queries). */
  readonly upcsByLocation: PersistentMap<string, PersistentMap<string, true>>;
  readonly futures: PersistentMap<number, FutureRecord>;
  /** upc → future record ids of that upc. */
  readonly futureIdsByUpc: PersistentMap<string, readonly number[]>;
  /** Allocation key (see `allocationKey`) → allocation. */
  readonly allocations: PersistentMap<string, Allocation>;
  /** `upc \u0000 locationCode` → keys of allocations with pending units there, oldest first. */
  readonly pendingIndex: PersistentMap<string, readonly string[]>;
  readonly jobs: PersistentMap<number, Job>;
  /** Ids of PENDING jobs, oldest first. */
  readonly jobQueue: readonly number[];
  readonly counters: Counters;
  /** Orders, carts, checkouts and returns (D19), with their own id counters. */
  readonly commerce: CommerceState;
  /** Export settings and the fetch-file configuration (modelled, see file-transfer.ts). */
  readonly fileTransfer: FileTransferState;
}

/** The counters of a fresh state: every id starts at 1. */
export const INITIAL_COUNTERS: Counters = {
  inventoryId: 1,
  tagId: 1,
  locationId: 1,
  futureId: 1,
  jobId: 1,
  conditionRuleId: 1,
  allocationSeq: 1,
};

/** A fresh tenant state, optionally with some settings changed. */
export function createState(settings: Partial<InventorySettings> = {}): InventoryState {
  const tagCategories: readonly TagCategory[] = [];
  return {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    locations: PersistentMap.empty(),
    tagCategories,
    tagIndex: buildTagIndex(tagCategories),
    conditionRules: [],
    records: PersistentMap.empty(),
    upcsByLocation: PersistentMap.empty(),
    futures: PersistentMap.empty(),
    futureIdsByUpc: PersistentMap.empty(),
    allocations: PersistentMap.empty(),
    pendingIndex: PersistentMap.empty(),
    jobs: PersistentMap.empty(),
    jobQueue: [],
    counters: INITIAL_COUNTERS,
    commerce: EMPTY_COMMERCE,
    fileTransfer: EMPTY_FILE_TRANSFER,
  };
}

/**
 * The state with its store maps and counters replaced. Built as a literal in `createState`'s key
 * order (every state shares one object shape), not with a spread: on Node 20 spreading this
 * 14-field object costs about ten times as much as writing it out.
 */
export function withStore(
  state: InventoryState,
  records: InventoryState["records"],
  upcsByLocation: InventoryState["upcsByLocation"],
  allocations: InventoryState["allocations"],
  pendingIndex: InventoryState["pendingIndex"],
  counters: Counters,
): InventoryState {
  return {
    settings: state.settings,
    locations: state.locations,
    tagCategories: state.tagCategories,
    tagIndex: state.tagIndex,
    conditionRules: state.conditionRules,
    records,
    upcsByLocation,
    futures: state.futures,
    futureIdsByUpc: state.futureIdsByUpc,
    allocations,
    pendingIndex,
    jobs: state.jobs,
    jobQueue: state.jobQueue,
    counters,
    commerce: state.commerce,
    fileTransfer: state.fileTransfer,
  };
}

/**
 * The state with a new tag configuration and its index (internal/tag-index.ts), built here once per
 * configuration: the only way a command changes `tagCategories`.
 */
export function withTagCategories(state: InventoryState, tagCategories: readonly TagCategory[]): InventoryState {
  return { ...state, tagCategories, tagIndex: buildTagIndex(tagCategories) };
}

/** The counters with one of them replaced (a literal, see {@link withStore}). */
export function withCounter(c: Counters, counter: keyof Counters, value: number): Counters {
  return {
    inventoryId: counter === "inventoryId" ? value : c.inventoryId,
    tagId: counter === "tagId" ? value : c.tagId,
    locationId: counter === "locationId" ? value : c.locationId,
    futureId: counter === "futureId" ? value : c.futureId,
    jobId: counter === "jobId" ? value : c.jobId,
    conditionRuleId: counter === "conditionRuleId" ? value : c.conditionRuleId,
    allocationSeq: counter === "allocationSeq" ? value : c.allocationSeq,
  };
}

/** Hands out the next value of a counter: `[id, stateWithCounterAdvanced]`. */
export function nextId(state: InventoryState, counter: keyof Counters): [number, InventoryState] {
  const id = state.counters[counter];
  const counters = withCounter(state.counters, counter, id + 1);
  return [id, withStore(state, state.records, state.upcsByLocation, state.allocations, state.pendingIndex, counters)];
}
