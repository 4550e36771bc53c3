/**
 * Property tests of the order side (D19): random sequences of carts, orders, tag upserts, submits,
 * cancels, shipment fulfills, returns with restock, refreshes and shortfall-setting flips. After
 * every step: allocations add up to the segments' allocated/pending, query rows equal the sums of
 * their segments, every segment's onHand moved only by its own refreshes, fulfills and restocks
 * (no unit ever changes segment), order allocations sit in their item's segment at its location,
 * each submitted item's allocated + pending + unallocated + fulfilled = quantity, and restocked
 * units go back to the records and segment they were fulfilled from. A failed command changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getSlot } from "../internal/stored-slot.js";
import { queryInventory } from "../query.js";
import { recordsAt } from "../record-reads.js";
import { getSegment } from "../records.js";
import { refresh } from "../refresh-adjust.js";
import type { Result } from "../result.js";
import { resolveSegment } from "../segment.js";
import { updateSettings } from "../settings-update.js";
import { exportState } from "../snapshot.js";
import type { InventoryState } from "../state.js";
import { category, given, location, NOW, refreshed } from "../testing/given.js";
import { addCartItem, createCart } from "./carts.js";
import { fulfillShipment } from "./fulfill-shipment.js";
import { createOrder, listOrders, upsertOrderItemTags } from "./orders.js";
import { createPackage, shipPackages } from "./packages.js";
import { createReturn, restockReturn } from "./returns.js";
import { cancelOrder, submitOrder } from "./submit-cancel.js";
import type { Order, Return } from "./types.js";

const LOCS = ["L1", "L2"] as const;
const UPCS = ["U1", "U2"] as const;
const CHANNELS = ["Web", "Store", "Mail"] as const;

const base = given(
  location("L1"),
  location("L2"),
  category("Channel", [{ value: "Web" }, { value: "Store" }, { value: "Mail" }]),
  refreshed("L1", [
    { upc: "U1", quantity: 20, tags: { Channel: "Web" } },
    { upc: "U1", quantity: 12, tags: { Channel: "Store" } },
    { upc: "U2", quantity: 15, tags: { Channel: "Web" } },
  ]),
  refreshed("L2", [
    { upc: "U1", quantity: 10, tags: { Channel: "Web" } },
    { upc: "U2", quantity: 12, tags: { Channel: "Store" } },
    { upc: "U2", quantity: 8, tags: { Channel: "Web" } },
  ]),
).state;

type Line = { loc?: string; upc: string; q: number; ch?: string };
type Op =
  | { t: "refresh"; loc: string; upc: string; q: number; ch: string }
  | { t: "cart"; line: Line; backorder: boolean }
  | { t: "order"; lines: Line[]; orderLoc?: string }
  | { t: "retag"; pick: number; ch: string }
  | { t: "submit"; pick: number }
  | { t: "cancel"; pick: number }
  | { t: "fulfill"; pick: number }
  | { t: "return"; pick: number; q: number; loc?: string }
  | { t: "pack"; pick: number; q: number }
  | { t: "shortfall"; pending: boolean };

const loc = fc.constantFrom(...LOCS);
const upc = fc.constantFrom(...UPCS);
const ch = fc.constantFrom(...CHANNELS);
const opt = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const line: fc.Arbitrary<Line> = fc
  .record({ loc: fc.option(loc, { nil: undefined, freq: 8 }), upc, q: fc.integer({ min: 1, max: 5 }), ch: fc.option(fc.constantFrom("Web", "Web", "Store", "Mail"), { nil: undefined }) })
  .map((l) => opt(l) as Line);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant("refresh" as const), loc, upc, q: fc.integer({ min: 0, max: 30 }), ch }),
  fc.record({ t: fc.constant("cart" as const), line, backorder: fc.boolean() }),
  { weight: 3, arbitrary: fc.record({ t: fc.constant("order" as const), lines: fc.array(line, { minLength: 1, maxLength: 3 }), orderLoc: fc.option(loc, { nil: undefined }) }).map((o) => opt(o) as Op) },
  fc.record({ t: fc.constant("retag" as const), pick: fc.nat(), ch }),
  { weight: 5, arbitrary: fc.record({ t: fc.constant("submit" as const), pick: fc.nat() }) },
  fc.record({ t: fc.constant("cancel" as const), pick: fc.nat() }),
  { weight: 5, arbitrary: fc.record({ t: fc.constant("fulfill" as const), pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant("return" as const), pick: fc.nat(), q: fc.integer({ min: 1, max: 4 }), loc: fc.option(loc, { nil: undefined }) }).map((o) => opt(o) as Op) },
  fc.record({ t: fc.constant("shortfall" as const), pending: fc.boolean() }),
  { weight: 3, arbitrary: fc.record({ t: fc.constant("pack" as const), pick: fc.nat(), q: fc.integer({ min: 1, max: 3 }) }) },
);

const itemOf = (l: Line) => ({
  upc: l.upc,
  quantity: l.q,
  ...(l.loc === undefined ? {} : { locationCode: l.loc }),
  ...(l.ch === undefined ? {} : { inventoryTags: [{ name: "Channel", value: l.ch }] }),
});

function segKey(s: InventoryState, channel: string): string {
  const r = resolveSegment(s.tagCategories, { Channel: channel });
  if (!r.ok) throw new Error("bad channel");
  return r.value;
}

/** onHand per `upc|loc|segmentKey` (over every record there). */
function onHandBySegment(s: InventoryState): Map<string, number> {
  const m = new Map<string, number>();
  for (const u of UPCS)
    for (const l of LOCS)
      for (const c of CHANNELS) {
        const key = segKey(s, c);
        m.set(`${u}|${l}|${key}`, recordsAt(s, u, l).reduce((n, r) => n + getSegment(r, key).onHand, 0));
      }
  return m;
}

/** Units fulfilled per `upc|loc|segmentKey`, over every order's shipments. */
function fulfilledBySegment(s: InventoryState): Map<string, number> {
  const m = new Map<string, number>();
  for (const o of listOrders(s))
    for (const sh of o.shipments)
      for (const si of sh.items) {
        const k = `${si.upc}|${sh.locationCode}|${si.segmentKey}`;
        m.set(k, (m.get(k) ?? 0) + si.fulfilledFrom.reduce((n, l) => n + l.quantity, 0));
      }
  return m;
}

function pickOrder(s: InventoryState, pick: number, ok: (o: Order) => boolean): Order | undefined {
  const orders = listOrders(s).filter(ok);
  return orders[pick % Math.max(1, orders.length)];
}

function checkInvariants(s: InventoryState, model: Map<string, number>): void {
  // Ledger: allocations add up to the segments' allocated and pending.
  const ledger = new Map<string, [number, number]>();
  s.allocations.forEach((a) => {
    for (const l of a.lines) {
      const k = `${l.inventoryId}|${a.segmentKey}`;
      const cur = ledger.get(k) ?? [0, 0];
      ledger.set(k, [cur[0] + l.allocated, cur[1] + l.pending]);
    }
  });
  for (const u of UPCS)
    for (const l of LOCS) {
      for (const r of getSlot(s, u, l))
        for (const seg of r.segments) {
          expect([seg.allocated, seg.pending], `ledger ${r.inventoryId}|${seg.key}`).toEqual(ledger.get(`${r.inventoryId}|${seg.key}`) ?? [0, 0]);
          expect(seg.allocated).toBeGreaterThanOrEqual(0);
          expect(seg.pending).toBeGreaterThanOrEqual(0);
        }
      // Segment sums equal record totals (query rows).
      const q = queryInventory(s, { items: [{ upc: u }], locationWhitelist: [l], includeNegativeInventory: true });
      if (!q.ok) throw new Error("query failed");
      for (const row of q.value) {
        const sum = row.taggedInventory.reduce<[number, number, number, number]>((a, t) => [a[0] + t.onHand, a[1] + t.available, a[2] + t.allocated, a[3] + t.pending], [0, 0, 0, 0]);
        expect(sum).toEqual([row.onHand, row.available, row.allocated, row.pending]);
      }
    }
  // No unit changes segment: each segment's onHand is what its own events made it.
  expect(onHandBySegment(s)).toEqual(model);
  // Order allocations sit in their item's segment at the shipment's location; every order allocation belongs to a shipment.
  const owned = new Set<string>();
  for (const o of listOrders(s)) {
    for (const sh of o.shipments)
      for (const si of sh.items) {
        const key = `order:${o.orderNumber}:${si.lineId}:${sh.number}`;
        owned.add(key);
        const a = s.allocations.get(key);
        if (a !== undefined) {
          expect(a.segmentKey).toBe(si.segmentKey);
          expect(a.locationCode).toBe(sh.locationCode);
          expect(a.upc).toBe(si.upc);
        }
      }
    if (o.status !== "Pending" && o.status !== "Cancelled")
      for (const item of o.items) {
        const r = item.allocationResult;
        if (r === undefined) continue;
        expect(r.allocated + r.pending + r.unallocated + r.fulfilled, `item ${o.orderNumber}/${item.lineId}`).toBe(item.quantity);
      }
  }
  s.allocations.forEach((a) => {
    if (a.owner.kind === "order") expect(owned.has(a.key), `stray allocation ${a.key}`).toBe(true);
  });
}

function run(s: InventoryState, o: Op): Result<InventoryState, unknown> | undefined {
  switch (o.t) {
    case "refresh":
      return refresh(s, { locationCode: o.loc, items: [{ upc: o.upc, quantity: o.q, tags: { Channel: o.ch } }] }, NOW);
    case "cart": {
      const c = createCart(s, { userId: "u" }, NOW);
      if (!c.ok) return c;
      return addCartItem(c.state, c.value.id, { ...itemOf(o.line), allowsBackOrder: o.backorder }, NOW);
    }
    case "order":
      return createOrder(s, { items: o.lines.map(itemOf), ...(o.orderLoc === undefined ? {} : { locationCode: o.orderLoc }) }, NOW);
    case "retag": {
      const order = pickOrder(s, o.pick, () => true);
      return order && upsertOrderItemTags(s, order.id, 1, [{ name: "Channel", value: o.ch }], NOW);
    }
    case "submit": {
      const order = pickOrder(s, o.pick, (x) => x.status === "Pending");
      return order && submitOrder(s, order.id, NOW);
    }
    case "cancel": {
      const order = pickOrder(s, o.pick, () => true);
      return order && cancelOrder(s, order.id, NOW);
    }
    case "fulfill": {
      // Mostly READY shipments (the others are refused with a conflict, also checked).
      const all = listOrders(s).flatMap((x) => x.shipments);
      const ready = all.filter((x) => x.status === "READY");
      const shipments = o.pick % 4 === 0 || ready.length === 0 ? all : ready;
      const sh = shipments[o.pick % Math.max(1, shipments.length)];
      return sh && fulfillShipment(s, sh.number, NOW);
    }
    case "return": {
      const order = pickOrder(s, o.pick, (x) => x.status === "Processing" || x.status === "Completed");
      if (order === undefined) return undefined;
      const r = createReturn(s, { orderId: order.id, items: [{ orderItemId: 1, quantity: o.q }] }, NOW);
      if (!r.ok) return r;
      const item = r.value.items[0];
      if (item === undefined) return r;
      return restockReturn(r.state, r.value.id, [{ returnItemId: item.id, quantity: o.q, ...(o.loc === undefined ? {} : { locationCode: o.loc }) }], NOW);
    }
    case "pack": {
      const order = pickOrder(s, o.pick, (x) => x.status === "Submitted" || x.status === "Processing");
      if (order === undefined) return undefined;
      const p = createPackage(s, order.id, { items: [{ orderItemId: 1, quantity: o.q }] }, NOW);
      if (!p.ok) return p;
      return shipPackages(p.state, order.id, [p.value.package.id], NOW);
    }
    case "shortfall":
      return updateSettings(s, { pendingOnShortfall: o.pending });
  }
}

describe("order-side properties (D19)", () => {
  it("keep segment sums, segment ledgers and unit origins after every step", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 40, size: "max" }), (ops) => {
        let s = base;
        const model = onHandBySegment(base);
        for (const o of ops) {
          const beforeData = exportState(s);
          const result = run(s, o);
          if (result === undefined) continue;
          if (!result.ok) {
            expect(exportState(s)).toEqual(beforeData);
            continue;
          }
          const after = result.state;
          if (o.t === "refresh") {
            model.set(`${o.upc}|${o.loc}|${segKey(s, o.ch)}`, o.q);
          }
          // Fulfilled units (shipments and packages) leave onHand in the segment they were allocated from.
          const shippedBefore = fulfilledBySegment(s);
          for (const [k, n] of fulfilledBySegment(after)) model.set(k, (model.get(k) ?? 0) - (n - (shippedBefore.get(k) ?? 0)));
          if (o.t === "fulfill") {
            const sh = (result.value as { shipment: Order["shipments"][number] }).shipment;
            for (const si of sh.items) expect(si.fulfilledFrom.reduce((n, l) => n + l.quantity, 0)).toBe(si.quantity);
          }
          if (o.t === "return") {
            const ret = result.value as Return;
            const order = listOrders(after).find((x) => x.id === ret.orderId) as Order;
            for (const item of ret.items)
              for (const l of item.restocked) {
                const k = `${item.upc}|${l.locationCode}|${l.segmentKey}`;
                model.set(k, (model.get(k) ?? 0) + l.quantity);
                if (l.byRequest) {
                  expect(l.segmentKey).toBe(segKey(s, "Web"));
                  continue;
                }
                // Back exactly where the units came from: a record, segment and location they were fulfilled from.
                const origin = order.shipments.flatMap((sh) =>
                  sh.items.filter((si) => si.lineId === item.lineId).map((si) => ({ sh, si })),
                );
                expect(
                  origin.some(({ sh, si }) => sh.locationCode === l.locationCode && si.segmentKey === l.segmentKey && si.fulfilledFrom.some((f) => f.inventoryId === l.inventoryId)),
                ).toBe(true);
              }
          }
          checkInvariants(after, model);
          s = after;
        }
      }),
      {
        numRuns: Number(process.env.FC_RUNS ?? 200),
        ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
        ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
      },
    );
  }, 120_000);
});
