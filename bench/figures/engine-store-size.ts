/**
 * Figure 2 — store-size independence, at the engine level: `queryInventory` for 10 products × 5
 * locations (50 rows, 2 segments each) on stores of 1,000 / 100,000 / 1,000,000 records. Subject:
 * the largest store; baseline: the 1,000-record store; samples interleaved. Also reports how long
 * the stores took to build through the engine's batched refresh. CI: 1,000 vs 100,000 records.
 */
import { type InventoryState, queryInventory } from "@kibo-inventory/engine";
import { emit, isCi, latencyFigure, log, round } from "../lib/result.js";
import { collect, compare } from "../lib/sample.js";
import { buildStore, queryUpcs, type StoreShape } from "../lib/store.js";

const LOCATIONS = 5;
const sizes = isCi ? [1_000, 100_000] : [1_000, 100_000, 1_000_000];

interface Built {
  readonly records: number;
  readonly state: InventoryState;
  readonly query: { items: { upc: string }[] };
  readonly buildMs: number;
}

// A full GC before every sample would cost seconds with a 1,000,000-record heap; the query's garbage
// is short-lived, so the samples run without it. Stores are built one at a time and dropped after use.
const options = { ...(isCi ? { sampleMs: 10, samples: 41, warmupMs: 300 } : { sampleMs: 15, samples: 61, warmupMs: 1000 }), gcBetween: false };

function build(records: number): Built {
  const shape: StoreShape = { upcs: records / LOCATIONS, locations: LOCATIONS };
  const { state, buildMs } = buildStore(shape);
  log(`  built ${records.toLocaleString("en")} records in ${(buildMs / 1000).toFixed(1)} s`);
  return { records, state, query: { items: queryUpcs(shape).map((upc) => ({ upc })) }, buildMs };
}

const run = (b: Built) => () => {
  const r = queryInventory(b.state, b.query);
  if (!r.ok || r.value.length !== 50) throw new Error(`query on ${b.records} records returned ${r.ok ? r.value.length : r.error.message}`);
  return r;
};

const small = build(sizes[0] as number);
let largest = small;
for (const records of sizes.slice(1)) {
  const big = build(records);
  collect();
  const c = await compare(run(small), run(big), options);
  const isTarget = records === sizes[sizes.length - 1];
  emit(
    latencyFigure(
      {
        id: `2-store-size-${big.records}`,
        name: `Engine query (10 products × 5 locations) at ${big.records.toLocaleString("en")} vs 1,000 records`,
        baselineLabel: "same query, 1,000-record store",
        target: isTarget ? 1.5 : null,
        notes: "engine level (queryInventory on the immutable state), no HTTP",
      },
      c,
    ),
  );
  largest = big;
}

emit({
  id: "2b-store-build",
  name: `Build a ${largest.records.toLocaleString("en")}-record store (batched engine refresh, 12,000 items/call)`,
  value: round(largest.buildMs / 1000),
  unit: "s",
  baseline: round((largest.records * 2) / (largest.buildMs / 1000)),
  baselineLabel: "refresh items/s (2 segments per record)",
  ratio: null,
  target: null,
  targetOn: "value",
  pass: null,
  notes: "informational",
});
