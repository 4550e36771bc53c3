/**
 * Figure 6 — heap bytes per record: 1,000,000 records (100,000 UPCs × 10 locations, 2 segments
 * each), heapUsed after a full GC minus heapUsed before the build. Baseline (informational): the same
 * records as plain objects in nested mutable Maps (upc → location → { segments }). Needs --expose-gc.
 * CI: 100,000 records (10,000 UPCs × 10 locations) — per-record cost, same target.
 */
import { stockedUpcs } from "@kibo-inventory/engine";
import { emit, isCi, log, round } from "../lib/result.js";
import { collect } from "../lib/sample.js";
import { buildStore, locationName, upcName } from "../lib/store.js";

if (typeof (globalThis as { gc?: unknown }).gc !== "function") throw new Error("run with --expose-gc");
const shape = isCi ? { upcs: 10_000, locations: 10 } : { upcs: 100_000, locations: 10 };
const records = shape.upcs * shape.locations;

function heap(): number {
  for (let i = 0; i < 3; i++) collect();
  return process.memoryUsage().heapUsed;
}

const before = heap();
const { state, buildMs } = buildStore(shape);
const after = heap();
const engineBytes = (after - before) / records;
log(`  built ${records.toLocaleString("en")} records in ${(buildMs / 1000).toFixed(1)} s; ${engineBytes.toFixed(0)} B/record`);

// Baseline: the minimal mutable representation of the same data.
interface PlainSegment {
  key: string;
  onHand: number;
  allocated: number;
  pending: number;
}
const before2 = heap();
const plain = new Map<string, Map<string, { inventoryId: number; segments: PlainSegment[] }>>();
let id = 1;
for (let u = 0; u < shape.upcs; u++) {
  const byLocation = new Map<string, { inventoryId: number; segments: PlainSegment[] }>();
  for (let l = 0; l < shape.locations; l++) {
    byLocation.set(locationName(l), {
      inventoryId: id++,
      segments: [
        { key: "1,3,5", onHand: 100 + (u % 50), allocated: 0, pending: 0 },
        { key: "2,3,5", onHand: 20 + (u % 7), allocated: 0, pending: 0 },
      ],
    });
  }
  plain.set(upcName(u), byLocation);
}
const after2 = heap();
const plainBytes = (after2 - before2) / records;

emit({
  id: "6-heap-per-record",
  name: `Heap bytes per record, ${records.toLocaleString("en")} records (${shape.upcs.toLocaleString("en")} UPCs × ${shape.locations} locations, 2 segments)`,
  value: round(engineBytes),
  unit: "B/record",
  baseline: round(plainBytes),
  baselineLabel: "same records as plain objects in nested mutable Maps",
  ratio: round(engineBytes / plainBytes),
  target: 400,
  targetOn: "value",
  pass: engineBytes <= 400,
  notes: "heapUsed delta after full GC; the engine state (persistent maps + location index) vs plain nested Maps",
});
// Keep both alive until measured.
if (stockedUpcs(state).length === 0 || plain.size === 0) throw new Error("empty store");
