import { createState, deleteItems, type InventoryState, refresh, saveLocation } from "@kibo-inventory/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createInventoryBrowser } from "./inventory-browse.js";

const NOW = Date.UTC(2025, 0, 1);
const LOCATIONS = ["A", "B", "C"];
const ALL = { offset: 0, limit: 500 };

function must(r: { ok: true; state: InventoryState } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

function start(): InventoryState {
  let s = createState();
  for (const code of LOCATIONS) s = must(saveLocation(s, { code }));
  return s;
}

/**
 * A write to one product (stock it at a location, with a lot for a second record, or delete it
 * everywhere), or to 70 at once (more than the index patches in place: it merges).
 */
type Write = { kind: "refresh"; upc: string; location: string; lot: boolean } | { kind: "delete"; upc: string } | { kind: "bulk"; location: string };

const BULK = Array.from({ length: 70 }, (_, i) => `u${String(i).padStart(2, "0")}b`);

function apply(s: InventoryState, w: Write): InventoryState {
  if (w.kind === "delete") return must(deleteItems(s, { items: [{ upc: w.upc }] }, NOW));
  if (w.kind === "bulk") return must(refresh(s, { locationCode: w.location, items: BULK.map((upc) => ({ upc, quantity: 2 })) }, NOW));
  return must(refresh(s, { locationCode: w.location, items: [{ upc: w.upc, quantity: 1, ...(w.lot ? { lotCode: "L" } : {}), partNumber: `P-${w.upc}` }] }, NOW));
}

describe("the browse index kept up to date", () => {
  it("after every write, pages the same pairs as an index built from scratch", () => {
    const upc = fc.constantFrom("u01", "u02", "u10", "u11", "u20", "x", "y", "z");
    const write: fc.Arbitrary<Write> = fc.oneof(
      fc.record({ kind: fc.constant("refresh" as const), upc, location: fc.constantFrom(...LOCATIONS), lot: fc.boolean() }),
      fc.record({ kind: fc.constant("delete" as const), upc }),
      fc.record({ kind: fc.constant("bulk" as const), location: fc.constantFrom(...LOCATIONS) }),
    );
    fc.assert(
      fc.property(fc.array(write, { maxLength: 25 }), (writes) => {
        const kept = createInventoryBrowser();
        let s = start();
        for (const w of writes) {
          s = apply(s, w);
          const fresh = createInventoryBrowser();
          for (const query of [ALL, { ...ALL, locationCode: "B" }, { ...ALL, search: "p-u1" }, { offset: 1, limit: 2 }]) {
            expect(kept.browse(undefined, s, query)).toEqual(fresh.browse(undefined, s, query));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("keeps an index per tenant, and answers an older state of a tenant too", () => {
    const browser = createInventoryBrowser();
    const one = apply(start(), { kind: "refresh", upc: "a", location: "A", lot: false });
    const two = apply(start(), { kind: "refresh", upc: "b", location: "B", lot: false });
    const upcs = (tenant: number, s: InventoryState) => browser.browse(tenant, s, ALL).items.map((e) => `${e.upc}@${e.locationCode}`);
    expect(upcs(1, one)).toEqual(["a@A"]);
    expect(upcs(2, two)).toEqual(["b@B"]);
    const later = apply(one, { kind: "refresh", upc: "c", location: "C", lot: true });
    expect(upcs(1, later)).toEqual(["a@A", "c@C"]);
    expect(upcs(1, one)).toEqual(["a@A"]);
    expect(upcs(2, two)).toEqual(["b@B"]);
  });
});
