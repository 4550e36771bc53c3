/**
 * Commands write through transients (internal/store.ts `StoreDraft`): trie nodes are changed in
 * place while one command builds its new state. These tests check what that must never break: a
 * state, once returned, never changes — neither through later commands on it or on its successors,
 * nor through a command that fails half-way.
 */
import { describe, expect, it } from "vitest";
import { type AllocateItem, allocate } from "./allocation.js";
import { deallocate, fulfill } from "./deallocate-fulfill.js";
import { queryInventory } from "./query.js";
import { adjust, refresh } from "./refresh-adjust.js";
import { exportState } from "./snapshot.js";
import type { InventoryState } from "./state.js";
import { category, given, location, must, NOW, refreshed } from "./testing/given.js";

const LOCS = ["L1", "L2", "L3"];
const upc = (i: number) => `U${String(i).padStart(4, "0")}`;

/** 400 upcs × 3 locations, 2 segments each: deep enough tries for in-place edits below the root. */
function store(): InventoryState {
  const steps = LOCS.map((loc) =>
    refreshed(
      loc,
      Array.from({ length: 400 }, (_, i) => [
        { upc: upc(i), quantity: 5 + (i % 4), tags: { Channel: "Web" } },
        { upc: upc(i), quantity: 2, tags: { Channel: "Store" } },
      ]).flat(),
    ),
  );
  return given(...LOCS.map((l) => location(l)), category("Channel", [{ value: "Web" }, { value: "Store" }]), ...steps).state;
}

/** Everything observable about a state: its export and a query over every location. */
function observe(state: InventoryState) {
  const rows = LOCS.map((loc) => queryInventory(state, { locationCode: loc, includeNegativeInventory: true, limit: 10_000 }));
  return JSON.stringify({ data: exportState(state), rows });
}

function order(n: number, i: number, quantity = 1): AllocateItem {
  return { orderId: n, orderItemId: 1, shipmentId: 1, upc: upc(i), locationCode: LOCS[n % 3] as string, quantity, tags: { Channel: "Web" } };
}

describe("states stay unchanged after transient-based commands", () => {
  it("a snapshot gives identical results after many allocations, refreshes and releases on its successors", () => {
    const snapshot = store();
    const before = observe(snapshot);
    let s = snapshot;
    let n = 1;
    const kept: [InventoryState, string][] = [];
    for (let round = 0; round < 30; round++) {
      // Several items per request: later items edit nodes the earlier ones already copied.
      const items = Array.from({ length: 8 }, (_, k) => order(n++, (round * 37 + k * 11) % 400, 1 + (k % 9)));
      s = must(allocate(s, { items }, NOW)).state;
      if (round % 5 === 0) kept.push([s, observe(s)]);
      const loc = LOCS[round % 3] as string;
      const batch = Array.from({ length: 50 }, (_, k) => ({ upc: upc((round * 13 + k) % 420), quantity: k % 6, tags: { Channel: "Web" } }));
      s = must(refresh(s, { locationCode: loc, items: batch }, NOW)).state;
      s = must(adjust(s, { locationCode: loc, items: [{ upc: upc(round), quantity: 3, tags: { Channel: "Store" } }] }, NOW)).state;
      s = must(deallocate(s, { items: [{ orderId: n - 3, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW)).state;
      // May be refused (the units can be pending rather than allocated): then `s` stays as it is.
      const f = fulfill(s, { items: [{ orderId: n - 5, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW);
      if (f.ok) s = f.state;
      // Branch off an older state as well: its nodes must not be shared mutably with this line.
      if (round % 7 === 0) must(allocate(snapshot, { items: [order(100_000 + round, round, 2)] }, NOW));
    }
    expect(observe(s)).not.toBe(before);
    expect(observe(snapshot)).toBe(before);
    for (const [state, seen] of kept) expect(observe(state)).toBe(seen);
  });

  it("a failed command leaves its input state unchanged, even after earlier items were applied in place", () => {
    const s = store();
    const before = observe(s);
    // The first items succeed (and are written to the draft); the last names an unknown location.
    const items = [order(1, 1), order(2, 2, 3), order(3, 3), { ...order(4, 4), locationCode: "NOPE" }];
    const r = allocate(s, { items }, NOW);
    expect(r.ok).toBe(false);
    const bad = refresh(s, { locationCode: "L1", items: [{ upc: upc(1), quantity: 4 }, { upc: upc(2), quantity: -1 }] }, NOW);
    expect(bad.ok).toBe(false);
    expect(observe(s)).toBe(before);
    // The same items without the bad one succeed, and still leave `s` as it was.
    const good = must(allocate(s, { items: items.slice(0, 3) }, NOW)).state;
    expect(observe(good)).not.toBe(before);
    expect(observe(s)).toBe(before);
  });
});
