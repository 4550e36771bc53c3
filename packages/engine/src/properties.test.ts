/**
 * Property-based tests: random operation sequences, invariants checked after every step.
 * Exact-restore comparisons ignore `counters` (id counters only move forward) — documented in
 * docs/semantics.md.
 */
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { allocationTotals } from "./allocation-entry.js";
import { deallocate, fulfill } from "./deallocate-fulfill.js";
import { applyDueFutureInventory } from "./future-inventory.js";
import { getSlot } from "./internal/stored-slot.js";
import { queryInventory } from "./query.js";
import { recordTotals } from "./records.js";
import { adjust, refresh } from "./refresh-adjust.js";
import type { Result } from "./result.js";
import { exportState } from "./snapshot.js";
import type { InventoryState } from "./state.js";
import { updateTagValue } from "./tag-config.js";
import { category, DAY, given, location, NOW, refreshed } from "./testing/given.js";

const LOCS = ["L1", "L2"] as const;
const UPCS = ["U1", "U2"] as const;
const CHANNELS = ["Web", "Store"] as const;

let base: InventoryState;
beforeEach(() => {
  base = given(
    location("L1"),
    location("L2"),
    category("Channel", [{ value: "Web" }, { value: "Store" }]),
    category("Split", [{ value: "P1", percent: 60 }, { value: "P2", percent: 30 }, { value: "P3" }]),
    refreshed("L1", [{ upc: "U1", quantity: 5, tags: { Channel: "Web" } }]),
  ).state;
});

type Op =
  | { t: "refresh"; loc: string; upc: string; q: number; ch: string; split?: string; serial?: string }
  | { t: "adjust"; loc: string; upc: string; q: number; ch: string; split?: string; serial?: string }
  | { t: "future"; loc: string; upc: string; q: number; days: number }
  | { t: "allocate"; loc: string; upc: string; q: number; ch: string; split?: string }
  | { t: "deallocate"; pick: number; q: number }
  | { t: "fulfill"; pick: number; q: number }
  | { t: "percent"; value: "P1" | "P2"; percent: number }
  | { t: "clock"; days: number };

const loc = fc.constantFrom(...LOCS);
const upc = fc.constantFrom(...UPCS);
const ch = fc.constantFrom(...CHANNELS);
const split = fc.option(fc.constantFrom("P1", "P3"), { nil: undefined });
const serial = fc.option(fc.constantFrom("S1", "S2"), { freq: 4, nil: undefined });
const opt = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant("refresh"), loc, upc, q: fc.integer({ min: 0, max: 20 }), ch, split, serial }).map((o) => opt(o) as Op),
  fc.record({ t: fc.constant("adjust"), loc, upc, q: fc.integer({ min: -15, max: 15 }), ch, split, serial }).map((o) => opt(o) as Op),
  fc.record({ t: fc.constant("future"), loc, upc, q: fc.integer({ min: 0, max: 10 }), days: fc.integer({ min: -1, max: 5 }) }),
  fc.record({ t: fc.constant("allocate"), loc, upc, q: fc.integer({ min: 1, max: 12 }), ch, split }).map((o) => opt(o) as Op),
  fc.record({ t: fc.constant("deallocate"), pick: fc.nat(), q: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ t: fc.constant("fulfill"), pick: fc.nat(), q: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ t: fc.constant("percent"), value: fc.constantFrom("P1" as const, "P2" as const), percent: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ t: fc.constant("clock"), days: fc.integer({ min: 1, max: 3 }) }),
);

const tagsOf = (o: { ch: string; split?: string }) => (o.split ? { Channel: o.ch, Split: o.split } : { Channel: o.ch });
const withoutCounters = (s: InventoryState) => ({ ...exportState(s), counters: null });

function onHandAt(s: InventoryState, u: string, l: string): number {
  return getSlot(s, u, l).reduce((a, r) => a + recordTotals(r).onHand, 0);
}

/** Per (record, segment): [allocated, pending]. */
function segmentMap(s: InventoryState): Map<string, [number, number, number]> {
  const m = new Map<string, [number, number, number]>();
  for (const u of UPCS)
    for (const l of LOCS)
      for (const r of getSlot(s, u, l)) for (const seg of r.segments) m.set(`${r.inventoryId}|${seg.key}`, [seg.onHand, seg.allocated, seg.pending]);
  return m;
}

function checkInvariants(s: InventoryState): void {
  // Ledger: allocations add up to the segments' allocated and pending.
  const ledger = new Map<string, [number, number]>();
  s.allocations.forEach((a) => {
    for (const l of a.lines) {
      const k = `${l.inventoryId}|${a.segmentKey}`;
      const cur = ledger.get(k) ?? [0, 0];
      ledger.set(k, [cur[0] + l.allocated, cur[1] + l.pending]);
    }
  });
  const segs = segmentMap(s);
  for (const [k, [, allocated, pending]] of segs) {
    expect(allocated, `allocated ${k}`).toBeGreaterThanOrEqual(0);
    expect(pending, `pending ${k}`).toBeGreaterThanOrEqual(0);
    expect([allocated, pending], `ledger ${k}`).toEqual(ledger.get(k) ?? [0, 0]);
  }
  for (const k of ledger.keys()) expect(segs.has(k), `segment of ledger ${k}`).toBe(true);
  // Pending index lists exactly the allocations with pending units.
  let withPending = 0;
  s.allocations.forEach((a) => {
    if (allocationTotals(a).pending > 0) withPending++;
  });
  expect([...s.pendingIndex.values()].reduce((n, l) => n + l.length, 0)).toBe(withPending);
  for (const u of UPCS)
    for (const l of LOCS) {
      for (const r of getSlot(s, u, l)) {
        // An implicit pending holder (D12) is stored only while it holds something.
        expect(r.details.implicit && r.segments.length === 0, `empty implicit record ${r.inventoryId}`).toBe(false);
        if (r.granular?.serialNumber !== undefined) expect(recordTotals(r).onHand).toBeLessThanOrEqual(1);
        expect(recordTotals(r).onHand).toBeGreaterThanOrEqual(0);
      }
      // The query view: row totals equal the sums of their segments.
      const q = queryInventory(s, { items: [{ upc: u }], locationWhitelist: [l], includeNegativeInventory: true });
      if (!q.ok) throw new Error("query failed");
      for (const row of q.value) {
        const sum = row.taggedInventory.reduce<[number, number, number, number]>((a, t) => [a[0] + t.onHand, a[1] + t.available, a[2] + t.allocated, a[3] + t.pending], [0, 0, 0, 0]);
        expect(sum).toEqual([row.onHand, row.available, row.allocated, row.pending]);
        expect(row.available).toBe(row.onHand - row.allocated - row.pending);
      }
    }
}

function run(s: InventoryState, o: Op, now: number, keys: string[]): { result: Result<InventoryState, unknown>; now: number } {
  switch (o.t) {
    case "refresh":
      return { now, result: refresh(s, { locationCode: o.loc, items: [{ upc: o.upc, quantity: o.q, tags: tagsOf(o), ...(o.serial ? { serialNumber: o.serial } : {}) }] }, now) };
    case "adjust":
      return { now, result: adjust(s, { locationCode: o.loc, items: [{ upc: o.upc, quantity: o.q, tags: tagsOf(o), ...(o.serial ? { serialNumber: o.serial } : {}) }] }, now) };
    case "future":
      return { now, result: refresh(s, { locationCode: o.loc, items: [{ upc: o.upc, quantity: o.q, tags: { Channel: "Web" }, deliveryDate: new Date(now + o.days * DAY).toISOString() }] }, now) };
    case "allocate":
      return { now, result: allocate(s, { items: [{ orderId: 1, orderItemId: keys.length + 1, shipmentId: 1, upc: o.upc, locationCode: o.loc, quantity: o.q, tags: tagsOf(o) }] }, now) };
    case "deallocate":
    case "fulfill": {
      const key = keys[o.pick % Math.max(1, keys.length)] ?? "order:1:999:1";
      const [, , orderItemId] = key.split(":");
      const item = { orderId: 1, orderItemId: Number(orderItemId), shipmentId: 1, quantity: o.q };
      return { now, result: o.t === "deallocate" ? deallocate(s, { items: [item] }, now) : fulfill(s, { items: [item] }, now) };
    }
    case "percent":
      return { now, result: updateTagValue(s, "Split", o.value, { percent: o.percent }, now) };
    case "clock":
      return { now: now + o.days * DAY, result: applyDueFutureInventory(s, now + o.days * DAY) };
  }
}

describe("properties of random operation sequences", () => {
  it("keep every invariant after every step", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let s = base;
        let now = NOW;
        const keys: string[] = [];
        for (const o of ops) {
          const before = s;
          const beforeData = exportState(before);
          const { result, now: next } = run(s, o, now, keys);
          if (!result.ok) {
            // A failed command changes nothing.
            expect(exportState(before)).toEqual(beforeData);
            continue;
          }
          const after = result.state;
          if (o.t === "allocate") {
            keys.push(`order:1:${keys.length + 1}:1`);
            const a = after.allocations.get(keys[keys.length - 1] ?? "");
            // Only the asked segment changed: other segments' allocated/pending are untouched.
            const b = segmentMap(before);
            const c = segmentMap(after);
            for (const [k, v] of c) if (!k.endsWith(`|${a?.segmentKey}`)) expect(v.slice(1), `segment ${k}`).toEqual((b.get(k) ?? [0, 0, 0]).slice(1));
            for (const [k, v] of b) if (!k.endsWith(`|${a?.segmentKey}`)) expect((c.get(k) ?? [0, 0, 0]).slice(1)).toEqual(v.slice(1));
            // Deallocating exactly these units restores the state (apart from counters).
            if (a) {
              const held = allocationTotals(a);
              const undo = deallocate(after, { items: [{ orderId: 1, orderItemId: keys.length, shipmentId: 1, quantity: held.allocated + held.pending }] }, now);
              expect(undo.ok).toBe(true);
              if (undo.ok) expect(withoutCounters(undo.state)).toEqual(withoutCounters(before));
            }
          }
          if (o.t === "fulfill") {
            const a = before.allocations.get(keys[o.pick % Math.max(1, keys.length)] ?? "");
            if (a) expect(onHandAt(before, a.upc, a.locationCode) - onHandAt(after, a.upc, a.locationCode)).toBe(o.q);
          }
          if (o.t === "refresh" && o.split === undefined && o.serial === undefined) {
            // A pooled refresh: the Channel's segments of that record hold exactly q, split in integers.
            const web = after.tagCategories[0]?.values.find((v) => v.value === o.ch)?.tagId;
            const r = getSlot(after, o.upc, o.loc).find((x) => x.granular === null);
            const pool = (r?.segments ?? []).filter((x) => x.key.startsWith(`${web},`));
            expect(pool.reduce((n, x) => n + x.onHand, 0)).toBe(o.q);
            for (const x of pool) expect(Number.isInteger(x.onHand)).toBe(true);
          }
          if (o.t === "percent") {
            // Re-splitting moves stock between segments but never changes a record's totals.
            for (const u of UPCS) for (const l of LOCS) expect(onHandAt(after, u, l)).toBe(onHandAt(before, u, l));
          }
          checkInvariants(after);
          s = after;
          now = next;
        }
      }),
      // FC_SEED / FC_PATH / FC_RUNS replay a CI failure (fast-check prints seed and path on failure).
      {
        numRuns: Number(process.env.FC_RUNS ?? 1000),
        ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
        ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
      },
    );
    // 1,000 sequences take a few seconds alone and much longer on a loaded 2-core CI machine.
  }, 120_000);
});
