/**
 * Figure 9 — allocate's cost when every item falls short (issue 14). Subject: one 1,000-item
 * allocate whose items all fall short on one segment (one order each, 1 unit, a UPC with 0 units at
 * the location), so every item becomes pending on the same (upc, location). Baseline: the same
 * 1,000 items on a UPC with stock, which allocate in full. Both run on the same 100,000-record store
 * (the figure-3 store plus the two UPCs), each call on that store (not threaded), paired ABBA.
 *
 * Until issue 14 each short item rewrote the slot's pending list (copy, append, sort), so the
 * subject cost O(n² log n): 1,000 short items took over 100× the stocked call.
 */
import { type AllocateItem, ALLOCATE_ITEM_LIMIT, allocate, type InventoryState, refresh } from "@kibo-inventory/engine";
import { emit, isCi, latencyFigure, log } from "../lib/result.js";
import { compare } from "../lib/sample.js";
import { buildStore, locationName, NOW } from "../lib/store.js";

/** Figure 9's budget: the all-short call may cost this many times the stocked one. */
const BUDGET = 2;

const { state: built, buildMs } = buildStore({ upcs: 10_000, locations: 10 });
log(`  built 100,000 records in ${(buildMs / 1000).toFixed(1)} s`);
const locationCode = locationName(0);
const stocked = refresh(built, { locationCode, items: [{ upc: "SHORT", quantity: 0, tags: { Channel: "Web" } }, { upc: "STOCKED", quantity: 1_000_000, tags: { Channel: "Web" } }] }, NOW);
if (!stocked.ok) throw new Error(stocked.error.message);
const state: InventoryState = stocked.state;

const items = (upc: string): AllocateItem[] =>
  Array.from({ length: ALLOCATE_ITEM_LIMIT }, (_, i) => ({ orderId: i + 1, orderItemId: 1, shipmentId: 1, upc, locationCode, quantity: 1, tags: { Channel: "Web" } }));
const shortItems = items("SHORT");
const stockedItems = items("STOCKED");

function run(request: readonly AllocateItem[], expectPending: boolean) {
  const r = allocate(state, { items: request }, NOW);
  if (!r.ok) throw new Error(r.error.message);
  if ((r.value.items[0]?.pending === 1) !== expectPending) throw new Error("the figure's items did not fall short (or stocked) as meant");
}

const options = isCi ? { sampleMs: 100, samples: 15, warmupMs: 300 } : { sampleMs: 100, samples: 31, warmupMs: 1000 };
const c = await compare(
  () => run(stockedItems, false),
  () => run(shortItems, true),
  options,
);
emit(
  latencyFigure(
    {
      id: "9-allocate-all-short",
      name: `Engine allocate, ${ALLOCATE_ITEM_LIMIT.toLocaleString("en")} items all short on one segment (100,000-record store)`,
      baselineLabel: `the same ${ALLOCATE_ITEM_LIMIT.toLocaleString("en")} items on a stocked segment`,
      target: BUDGET,
      notes: "issue 14: allocate is linear in its items however many fall short",
    },
    c,
  ),
);
