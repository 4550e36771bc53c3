/**
 * Figure 3 — allocation throughput in the engine: single-unit `allocate` calls, each on the state
 * the previous one returned (one order line each, distinct owners), on a 100,000-record store.
 * Baseline: the same number of lookups + updates in a plain mutable Map of 100,000 records.
 *
 * Samples last 100 ms, like every figure whose operation keeps the young generation busy: the
 * figure is a throughput, so the scavenges that promote each call's retained allocation belong in
 * it. With 10–15 ms samples a sample held at most one scavenge and began cache-cold after the
 * forced full GC, which cost the 1 µs Map update a larger share than the 9 µs allocation: the
 * ratio read 5.9–13.1× that way, 10.5–14.8× with 100 ms samples (docs/performance.md).
 */
import { type AllocateItem, allocate, type InventoryState } from "@kibo-inventory/engine";
import { emit, isCi, log, round } from "../lib/result.js";
import { compare } from "../lib/sample.js";
import { buildStore, locationName, NOW, upcName } from "../lib/store.js";

const shape = { upcs: 10_000, locations: 10 };
const { state: initial, buildMs } = buildStore(shape);
log(`  built 100,000 records in ${(buildMs / 1000).toFixed(1)} s`);

// Inputs precomputed for both sides: which (upc, location) the i-th allocation hits.
const N = 1 << 16;
const picks = Array.from({ length: N }, (_, i) => {
  const u = (i * 7919) % shape.upcs;
  const l = (i * 31) % shape.locations;
  return { upc: upcName(u), locationCode: locationName(l), key: `${upcName(u)}|${locationName(l)}` };
});

let state: InventoryState = initial;
let order = 1;
const subject = (i: number) => {
  const p = picks[i % N] as (typeof picks)[number];
  const item: AllocateItem = {
    orderId: order++,
    orderItemId: 1,
    shipmentId: 1,
    upc: p.upc,
    locationCode: p.locationCode,
    quantity: 1,
    tags: { Channel: "Web" },
  };
  const r = allocate(state, { items: [item] }, NOW);
  if (!r.ok) throw new Error(r.error.message);
  state = r.state;
  // Keep the store from running dry over a long run: start again from the initial store.
  if (order % 50_000 === 0) state = initial;
};

interface Plain {
  onHand: number;
  allocated: number;
}
const map = new Map<string, Plain>();
for (let u = 0; u < shape.upcs; u++)
  for (let l = 0; l < shape.locations; l++) map.set(`${upcName(u)}|${locationName(l)}`, { onHand: 100, allocated: 0 });
const baseline = (i: number) => {
  const p = picks[i % N] as (typeof picks)[number];
  const r = map.get(p.key) as Plain;
  map.set(p.key, { onHand: r.onHand, allocated: r.allocated + 1 });
};

const c = await compare(baseline, subject, isCi ? { sampleMs: 100, samples: 15, warmupMs: 300 } : { sampleMs: 100, samples: 31, warmupMs: 1000 });
emit({
  id: "3-allocate-throughput",
  name: "Engine allocate: single-unit allocations on a 100,000-record store",
  value: Math.round(1000 / c.subject.median),
  unit: "allocations/s",
  baseline: Math.round(1000 / c.baseline.median),
  baselineLabel: "Map lookups + updates/s (plain mutable Map, 100,000 entries)",
  ratio: round(c.ratio),
  target: 10,
  targetOn: "ratio",
  pass: c.ratio <= 10,
  spread: [round(c.spread[0]), round(c.spread[1])],
  samples: c.samples,
  notes: "ratio = time per allocation / time per Map lookup+update",
});
