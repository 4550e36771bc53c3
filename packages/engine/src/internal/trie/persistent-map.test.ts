import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PersistentMap } from "./persistent-map.js";
import { TransientMap } from "./transient-map.js";

/** The keys whose entries differ between two models, sorted (what `changedKeys` must report). */
function modelDiff<K extends string | number, V>(a: Map<K, V>, b: Map<K, V>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.has(k) !== b.has(k) || a.get(k) !== b.get(k)).map(String).sort();
}

describe("PersistentMap", () => {
  it("starts empty and returns undefined for missing keys", () => {
    const m = PersistentMap.empty<string, number>();
    expect(m.size).toBe(0);
    expect(m.get("a")).toBeUndefined();
    expect(m.has("a")).toBe(false);
  });

  it("keeps old versions intact after set and delete", () => {
    const a = PersistentMap.empty<string, number>().set("x", 1).set("y", 2);
    const b = a.set("x", 10).delete("y");
    expect(a.get("x")).toBe(1);
    expect(a.get("y")).toBe(2);
    expect(a.size).toBe(2);
    expect(b.get("x")).toBe(10);
    expect(b.has("y")).toBe(false);
    expect(b.size).toBe(1);
  });

  it("returns the same instance when nothing changes", () => {
    const a = PersistentMap.empty<string, number>().set("x", 1);
    expect(a.set("x", 1)).toBe(a);
    expect(a.delete("nope")).toBe(a);
  });

  it("distinguishes number keys from their string form", () => {
    const m = PersistentMap.empty<string | number, string>().set(1, "num").set("1", "str");
    expect(m.get(1)).toBe("num");
    expect(m.get("1")).toBe("str");
    expect(m.size).toBe(2);
  });

  it("handles tens of thousands of keys", () => {
    let m = PersistentMap.empty<string, number>();
    for (let i = 0; i < 50_000; i++) m = m.set(`upc-${i}`, i);
    expect(m.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997) expect(m.get(`upc-${i}`)).toBe(i);
    for (let i = 0; i < 50_000; i += 2) m = m.delete(`upc-${i}`);
    expect(m.size).toBe(25_000);
    expect(m.get("upc-2")).toBeUndefined();
    expect(m.get("upc-3")).toBe(3);
    expect([...m.keys()]).toHaveLength(25_000);
  });

  it("update sets, changes and deletes", () => {
    const m = PersistentMap.empty<string, number>().update("a", () => 1);
    expect(m.get("a")).toBe(1);
    expect(m.update("a", (v) => (v ?? 0) + 1).get("a")).toBe(2);
    expect(m.update("a", () => undefined).size).toBe(0);
  });

  it("behaves like a Map under random operation sequences", () => {
    const key = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -50, max: 50 }));
    const op = fc.oneof(
      // undefined is a value like any other: `has` must still see the key.
      fc.record({ kind: fc.constant("set" as const), key, value: fc.option(fc.integer(), { nil: undefined }) }),
      fc.record({ kind: fc.constant("delete" as const), key }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        let pm = PersistentMap.empty<string | number, number | undefined>();
        const model = new Map<string | number, number | undefined>();
        const versions: [PersistentMap<string | number, number | undefined>, Map<string | number, number | undefined>][] = [];
        for (const o of ops) {
          if (o.kind === "set") {
            pm = pm.set(o.key, o.value);
            model.set(o.key, o.value);
          } else {
            pm = pm.delete(o.key);
            model.delete(o.key);
          }
          versions.push([pm, new Map(model)]);
        }
        for (const [p, m] of versions) {
          expect(p.size).toBe(m.size);
          for (const [k, v] of m) {
            expect(p.get(k)).toBe(v);
            expect(p.has(k)).toBe(true);
          }
          const seen = new Map(p.entries());
          expect(seen).toEqual(m);
          // Every way of iterating visits each entry once, in the same (hash) order.
          const order = [...seen.keys()];
          expect(p.keyArray()).toEqual(order);
          expect([...p.keys()]).toEqual(order);
          expect([...p.values()]).toEqual(order.map((k) => m.get(k)));
          const visited: (string | number)[] = [];
          p.forEach((value, k) => {
            expect(value).toBe(m.get(k));
            visited.push(k);
          });
          expect(visited).toEqual(order);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("changedKeys reports exactly the keys added, removed or given another value, between any two maps", () => {
    const key = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -300, max: 300 }));
    const op = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), key, value: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant("delete" as const), key }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 400 }), fc.array(op, { maxLength: 40 }), fc.boolean(), (start, ops, batch) => {
        const base = PersistentMap.from(start);
        const baseModel = new Map(start);
        // The later map is made from the earlier one by edits (persistent or in one batch), as states are.
        const model = new Map(baseModel);
        let next = base;
        const transient = new TransientMap(base);
        for (const o of ops) {
          if (o.kind === "set") model.set(o.key, o.value);
          else model.delete(o.key);
          if (batch) {
            if (o.kind === "set") transient.set(o.key, o.value);
            else transient.delete(o.key);
          } else next = o.kind === "set" ? next.set(o.key, o.value) : next.delete(o.key);
        }
        if (batch) next = transient.persist();
        expect(base.changedKeys(next).map(String).sort()).toEqual(modelDiff(baseModel, model));
        expect(next.changedKeys(base).map(String).sort()).toEqual(modelDiff(model, baseModel));
        // Unrelated maps (no shared nodes) with the same entries differ nowhere.
        expect(PersistentMap.from(model).changedKeys(next)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("changedKeys skips what two versions share: one edit in 50,000 keys is found without visiting the rest", () => {
    let big = PersistentMap.empty<string, number>();
    for (let i = 0; i < 50_000; i++) big = big.set(`upc-${i}`, i);
    const edited = big.set("upc-7", -7).delete("upc-8").set("new", 1);
    expect(big.changedKeys(edited).sort()).toEqual(["new", "upc-7", "upc-8"]);
    expect(big.changedKeys(big)).toEqual([]);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) big.changedKeys(edited);
    // A walk of the whole map takes milliseconds, a thousand of them seconds; a thousand diffs of the changed paths take a few milliseconds.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
