/**
 * A refresh/adjust of many items edits the records it builds in place (internal/slot-draft.ts) and
 * stores each slot as soon as the items move on to another upc. Property: a batch behaves exactly
 * like its items sent one command at a time — the same final state when every item is valid, the
 * same error details (with the item's index) otherwise — and neither outcome changes the input.
 */
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import type { ErrorDetail } from "./errors.js";
import { adjust, refresh } from "./refresh-adjust.js";
import { exportState } from "./snapshot.js";
import type { InventoryState } from "./state.js";
import { category, given, location, NOW, refreshed } from "./testing/given.js";
import type { AdjustItem, RefreshItem } from "./write-request.js";

let base: InventoryState;
beforeEach(() => {
  base = given(
    location("L1"),
    location("L2"),
    category("Channel", [{ value: "Web" }, { value: "Store" }]),
    category("Split", [{ value: "P1", percent: 60 }, { value: "P2", percent: 30 }, { value: "P3" }]),
    refreshed("L1", [
      { upc: "U1", quantity: 5, tags: { Channel: "Web", Split: "P3" } },
      { upc: "U1", quantity: 2, tags: { Channel: "Store", Split: "P3" }, lotCode: "A" },
      { upc: "U2", quantity: 1, tags: { Channel: "Web", Split: "P3" }, serialNumber: "S1" },
      { upc: "U2", quantity: 4, tags: { Channel: "Web" } },
    ]),
    refreshed("L2", [{ upc: "U1", quantity: 3, tags: { Channel: "Store", Split: "P3" } }]),
  ).state;
});

const opt = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const tags = fc.oneof(
  fc.record({ Channel: fc.constantFrom("Web", "Store"), Split: fc.constantFrom("P3", "P1") }),
  fc.record({ Channel: fc.constantFrom("Web", "Store") }),
  fc.constant(undefined),
);
const granular = fc.oneof(
  { weight: 4, arbitrary: fc.constant({}) },
  fc.record({ lotCode: fc.constantFrom("A", "B") }),
  fc.record({ serialNumber: fc.constantFrom("S1", "S2") }),
);
const upc = fc.oneof({ weight: 12, arbitrary: fc.constantFrom("U1", "U2", "U3") }, fc.constant(""));

const refreshItem: fc.Arbitrary<RefreshItem> = fc
  .record({
    upc,
    quantity: fc.option(fc.integer({ min: -1, max: 4 }), { freq: 6, nil: undefined }),
    tags,
    g: granular,
    safetyStock: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 3, nil: undefined }),
    floor: fc.option(fc.constant(1), { freq: 4, nil: undefined }),
    attributes: fc.option(fc.constant(["x"]), { freq: 4, nil: undefined }),
  })
  .map(({ g, ...o }) => opt({ ...o, ...g }) as RefreshItem);

const adjustItem: fc.Arbitrary<AdjustItem> = fc
  .record({ upc, quantity: fc.integer({ min: -4, max: 4 }), tags, g: granular })
  .map(({ g, ...o }) => opt({ ...o, ...g }) as AdjustItem);

const observe = (s: InventoryState) => JSON.stringify(exportState(s));

type Write<I> = (s: InventoryState, r: { locationCode: string; items: readonly I[] }, now: number) => ReturnType<typeof refresh>;

function checkBatch<I>(write: Write<I>, locationCode: string, items: readonly I[]): void {
  const before = observe(base);
  // One command per item; a failed one changes nothing, as a failed item does in a batch.
  let s = base;
  const details: ErrorDetail[] = [];
  const ids: number[] = [];
  items.forEach((item, index) => {
    const r = write(s, { locationCode, items: [item] }, NOW);
    if (r.ok) {
      s = r.state;
      ids.push(...r.value.inventoryIds);
    } else details.push(...r.error.details.map((d) => ({ ...d, index })));
  });
  const batch = write(base, { locationCode, items }, NOW);
  if (details.length > 0) {
    expect(batch.ok).toBe(false);
    if (!batch.ok) expect(batch.error.details).toEqual(details);
  } else {
    expect(batch.ok).toBe(true);
    if (batch.ok) {
      expect(observe(batch.state)).toBe(observe(s));
      expect(batch.value.inventoryIds).toEqual(ids);
    }
  }
  expect(observe(base)).toBe(before);
}

describe("a refresh/adjust batch equals its items one command at a time", () => {
  it("refresh", () => {
    fc.assert(
      fc.property(fc.constantFrom("L1", "L2"), fc.array(refreshItem, { minLength: 1, maxLength: 14 }), (loc, items) =>
        checkBatch(refresh, loc, items),
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it("adjust", () => {
    fc.assert(
      fc.property(fc.constantFrom("L1", "L2"), fc.array(adjustItem, { minLength: 1, maxLength: 14 }), (loc, items) =>
        checkBatch(adjust, loc, items),
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it("items of one upc, apart and together, many times over", () => {
    const items: RefreshItem[] = [];
    for (let k = 0; k < 5; k++)
      for (const u of ["U1", "U2", "U3", "U1"]) items.push({ upc: u, quantity: k, tags: { Channel: k % 2 === 0 ? "Web" : "Store", Split: "P3" } });
    checkBatch(refresh, "L1", items);
  });

  it("with future items in between (written to the state while the slots are drafted)", () => {
    const later = new Date(NOW + 2 * 86_400_000).toISOString();
    checkBatch(refresh, "L1", [
      { upc: "U1", quantity: 7, tags: { Channel: "Web", Split: "P3" } },
      { upc: "U1", quantity: 3, tags: { Channel: "Web", Split: "P3" }, deliveryDate: later },
      { upc: "U3", quantity: 2, tags: { Channel: "Store" } },
      { upc: "U1", quantity: 1, tags: { Channel: "Store", Split: "P3" } },
    ]);
    checkBatch(adjust, "L2", [
      { upc: "U1", quantity: 2, tags: { Channel: "Store", Split: "P3" } },
      { upc: "U2", quantity: 4, tags: { Channel: "Web", Split: "P3" }, deliveryDate: later },
      { upc: "U1", quantity: -1, tags: { Channel: "Store", Split: "P3" } },
    ]);
  });
});
