/**
 * Browsing a tenant's inventory page by page (`GET /__mock/inventory`), for the console: Kibo's
 * query needs the products up front, so a screen that lists everything asks here which
 * (product, location) pairs are on a page, then reads their rows through the Kibo API.
 */
import { type InventoryState, type StockedSlot, stockedSlots } from "@kibo-inventory/engine";
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

export interface BrowsePage {
  /** Entries matching the filters, over all pages. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly BrowseEntry[];
}

/** The largest page. */
const BROWSE_LIMIT = 500;

// Engine states are immutable: one sorted index per state, dropped with it.
const indexes = new WeakMap<InventoryState, readonly StockedSlot[]>();
// What `search` looks in, per slot, made on the first search that reaches it.
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

/** The slots sorted by UPC, then location: products sorted first, then each product's few locations. */
function indexOf(state: InventoryState): readonly StockedSlot[] {
  let index = indexes.get(state);
  if (index === undefined) {
    const byUpc = new Map<string, StockedSlot[]>();
    for (const slot of stockedSlots(state)) {
      const group = byUpc.get(slot.upc);
      if (group === undefined) byUpc.set(slot.upc, [slot]);
      else group.push(slot);
    }
    const sorted: StockedSlot[] = [];
    for (const upc of [...byUpc.keys()].sort(byText)) {
      const group = byUpc.get(upc) as StockedSlot[];
      if (group.length > 1) group.sort((a, b) => byText(a.locationCode, b.locationCode));
      for (const slot of group) sorted.push(slot);
    }
    index = sorted;
    indexes.set(state, index);
  }
  return index;
}

/** One page of (product, location) pairs sorted by UPC then location. */
export function browseInventory(state: InventoryState, query: BrowseQuery): BrowsePage {
  const search = query.search?.trim().toLowerCase() ?? "";
  const location = query.locationCode ?? "";
  const all = indexOf(state);
  const matching =
    search === "" && location === "" ? all : all.filter((e) => (location === "" || e.locationCode === location) && (search === "" || searchText(e).includes(search)));
  const items = matching.slice(query.offset, query.offset + query.limit).map((e) => ({ upc: e.upc, locationCode: e.locationCode, records: e.records.length }));
  return { total: matching.length, offset: query.offset, limit: query.limit, items };
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
