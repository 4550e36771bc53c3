/**
 * Engine stores for the benchmarks, built the fast way: the engine's own batched `refresh` (≤ 12,000
 * items per call, one location per call), 2 segments per record over 3 tag categories.
 */
import {
  createState,
  type InventoryState,
  REFRESH_ITEM_LIMIT,
  refresh,
  saveLocation,
  upsertTagCategory,
} from "@kibo-inventory/engine";

export const NOW = Date.UTC(2025, 0, 1);

/** 3 categories, 6 values (the default tenant limits). Records get segments Channel=Web and Channel=Store. */
const TAG_CATEGORIES = [
  { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] },
  { name: "Region", values: [{ value: "North" }, { value: "South" }] },
  { name: "Grade", values: [{ value: "A" }, { value: "B" }] },
] as const;

export interface StoreShape {
  /** Number of UPCs (each stocked at every location). */
  readonly upcs: number;
  readonly locations: number;
}

export const upcName = (i: number): string => `UPC-${String(i).padStart(7, "0")}`;
export const locationName = (i: number): string => `LOC-${String(i).padStart(2, "0")}`;

function must(result: { ok: true; state: InventoryState } | { ok: false; error: { message: string } }): InventoryState {
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

/** An empty tenant with the locations and tag categories of a shape. */
function emptyStore(shape: Pick<StoreShape, "locations">): InventoryState {
  let state = createState();
  for (let l = 0; l < shape.locations; l++) state = must(saveLocation(state, { code: locationName(l), name: `Location ${l}` }));
  for (const category of TAG_CATEGORIES) {
    state = must(upsertTagCategory(state, { name: category.name, values: category.values.map((v) => ({ value: v.value })) }, NOW));
  }
  return state;
}

/** Builds `upcs × locations` records, 2 segments each, through batched refresh. */
export function buildStore(shape: StoreShape): { state: InventoryState; records: number; buildMs: number } {
  let state = emptyStore(shape);
  const t0 = performance.now();
  const perCall = Math.floor(REFRESH_ITEM_LIMIT / 2);
  for (let l = 0; l < shape.locations; l++) {
    const locationCode = locationName(l);
    for (let start = 0; start < shape.upcs; start += perCall) {
      const items = [];
      for (let u = start; u < Math.min(shape.upcs, start + perCall); u++) {
        const upc = upcName(u);
        items.push({ upc, quantity: 100 + (u % 50), tags: { Channel: "Web" } });
        items.push({ upc, quantity: 20 + (u % 7), tags: { Channel: "Store" } });
      }
      state = must(refresh(state, { locationCode, items }, NOW));
    }
  }
  return { state, records: shape.upcs * shape.locations, buildMs: performance.now() - t0 };
}

/** The query of figures 1, 2, 7, 8: 10 products spread over the store, every location (5 per shape). */
export function queryUpcs(shape: StoreShape, count = 10): string[] {
  const step = Math.max(1, Math.floor(shape.upcs / count));
  return Array.from({ length: count }, (_, i) => upcName(Math.min(shape.upcs - 1, i * step + 3)));
}
