/**
 * Browsing a tenant's inventory page by page (`GET /__mock/inventory`), for the console: Kibo's
 * query needs the products up front, so a screen that lists everything asks here which
 * (product, location) pairs are on a page, then reads their rows through the Kibo API.
 *
 * The pairs are kept sorted per tenant and brought up to date after each write by reading again
 * only the products the write changed.
 */
import { changedUpcs, type InventoryState, type StockedSlot, stockedSlotsOf, stockedUpcs } from "@kibo-inventory/engine";
import { MockHttpError } from "../http/errors.js";

/** What a page of the browse list is filtered by. */
export interface BrowseQuery {
  readonly locationCode?: string | undefined;
  /** Case-insensitive part of a UPC, part number or SKU. */
  readonly search?: string | undefined;
  readonly offset: number;
  readonly limit: number;
}

/** One product at one location. */
interface BrowseEntry {
  readonly upc: string;
  readonly locationCode: string;
  /** Its records (more than one with granular fields). */
  readonly records: number;
}

interface BrowsePage {
  /** Entries matching the filters, over all pages. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly BrowseEntry[];
}

/** The largest page. */
const BROWSE_LIMIT = 500;

// What `search` looks in, per slot, made on the first search that reaches it; kept while the
// index keeps the slot (an unchanged product keeps its slots from one index to the next).
const searchTexts = new WeakMap<StockedSlot, string>();

/** Lower-cased UPC, part numbers and SKUs of a slot, newline-joined. */
function searchText(slot: StockedSlot): string {
  let text = searchTexts.get(slot);
  if (text === undefined) {
    const words = new Set([slot.upc.toLowerCase()]);
    for (const record of slot.records) {
      if (record.details.partNumber) words.add(record.details.partNumber.toLowerCase());
      if (record.granular?.sku) words.add(record.granular.sku.toLowerCase());
    }
    text = [...words].join("\n");
    searchTexts.set(slot, text);
  }
  return text;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byLocation = (a: StockedSlot, b: StockedSlot): number => byText(a.locationCode, b.locationCode);

/** A product's slots in `state`, sorted by location. */
function slotsOf(state: InventoryState, upc: string): StockedSlot[] {
  const slots = stockedSlotsOf(state, upc);
  if (slots.length > 1) slots.sort(byLocation);
  return slots;
}

/** Where `upc`'s slots start in `index` (sorted by UPC), or would be inserted. */
function lowerBound(index: readonly StockedSlot[], upc: string): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index[mid] as StockedSlot).upc < upc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to this many changed products, the index is patched in place; beyond, merged into a new one. */
const PATCH_LIMIT = 64;

/**
 * `index` (the slots of an earlier state, sorted by UPC then location; owned by the caller, which
 * drops the earlier state) with the products in `changed` read again from `state`. A few changed
 * products are spliced in place (a binary search and a move each); many are merged in one pass,
 * O(index + changed · log changed). With an empty `index` and every product as `changed`, it
 * builds the index from scratch.
 */
function reindex(index: StockedSlot[], state: InventoryState, changed: readonly string[]): StockedSlot[] {
  if (changed.length <= PATCH_LIMIT) {
    for (const upc of changed) {
      const from = lowerBound(index, upc);
      let to = from;
      while (to < index.length && (index[to] as StockedSlot).upc === upc) to++;
      index.splice(from, to - from, ...slotsOf(state, upc));
    }
    return index;
  }
  const upcs = [...changed].sort(byText);
  const stale = new Set(changed);
  const out: StockedSlot[] = [];
  const insert = (upc: string): void => {
    for (const slot of slotsOf(state, upc)) out.push(slot);
  };
  let next = 0;
  for (const slot of index) {
    while (next < upcs.length && (upcs[next] as string) < slot.upc) insert(upcs[next++] as string);
    if (!stale.has(slot.upc)) out.push(slot);
  }
  while (next < upcs.length) insert(upcs[next++] as string);
  return out;
}

/** A tenant's index and the state it was made from. */
interface Indexed {
  readonly state: InventoryState;
  /** Patched in place for the tenant's next state (nobody else holds it). */
  readonly index: StockedSlot[];
}

/** Pages of a tenant's (product, location) pairs: see {@link createInventoryBrowser}. */
export interface InventoryBrowser {
  /** One page of (product, location) pairs of `state`, sorted by UPC then location. */
  browse(tenant: number | undefined, state: InventoryState, query: BrowseQuery): BrowsePage;
}

/**
 * Browsing with one sorted index per tenant, kept up to date: after a write, only the products the
 * write changed are read again (engine `changedUpcs`), so the first page after a write costs about
 * what any page costs, not a rebuild over every pair.
 *
 * @example
 * const browser = createInventoryBrowser();
 * browser.browse(undefined, mock.engine.get(), { offset: 0, limit: 50 }).items[0]; // { upc, locationCode, records }
 */
export function createInventoryBrowser(): InventoryBrowser {
  const latest = new Map<number | undefined, Indexed>();
  const indexOf = (tenant: number | undefined, state: InventoryState): readonly StockedSlot[] => {
    const last = latest.get(tenant);
    if (last?.state === state) return last.index;
    const index = last === undefined ? reindex([], state, stockedUpcs(state)) : reindex(last.index, state, changedUpcs(last.state, state));
    latest.set(tenant, { state, index });
    return index;
  };
  return {
    browse(tenant, state, query) {
      const search = query.search?.trim().toLowerCase() ?? "";
      const location = query.locationCode ?? "";
      const all = indexOf(tenant, state);
      const matching =
        search === "" && location === ""
          ? all
          : all.filter((e) => (location === "" || e.locationCode === location) && (search === "" || searchText(e).includes(search)));
      const items = matching.slice(query.offset, query.offset + query.limit).map((e) => ({ upc: e.upc, locationCode: e.locationCode, records: e.records.length }));
      return { total: matching.length, offset: query.offset, limit: query.limit, items };
    },
  };
}

function integerParam(params: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (name === "limit" ? 1 : 0) || value > max) {
    const range = name === "limit" ? `1 to ${max}` : `0 to ${max}`;
    throw new MockHttpError("validation_failed", `${name} must be an integer from ${range}; got "${raw}".`, {
      items: [{ field: name, code: "INVALID_VALUE", message: `${name} must be an integer from ${range}` }],
    });
  }
  return value;
}

/** Reads `offset`, `limit`, `locationCode` and `search` from a query string (400 naming a bad one). */
export function readBrowseQuery(params: URLSearchParams): BrowseQuery {
  return {
    offset: integerParam(params, "offset", 0, Number.MAX_SAFE_INTEGER),
    limit: integerParam(params, "limit", 50, BROWSE_LIMIT),
    locationCode: params.get("locationCode") ?? undefined,
    search: params.get("search") ?? undefined,
  };
}
