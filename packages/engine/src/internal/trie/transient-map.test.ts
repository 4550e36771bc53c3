import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PersistentMap } from "./persistent-map.js";
import { TransientMap } from "./transient-map.js";

type K = string | number;
type Op = { kind: "set"; key: K; value: number } | { kind: "delete"; key: K } | { kind: "persist" };

// Few distinct keys (collisions of trie slots, deletes that hit), plus integers.
const key = fc.oneof(fc.string({ maxLength: 2 }), fc.integer({ min: -40, max: 40 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), key, value: fc.integer() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("delete" as const), key }) },
  { weight: 1, arbitrary: fc.constant({ kind: "persist" as const }) },
);

/** Every entry of a map, as a plain Map (iteration order aside). */
function contents(m: PersistentMap<K, number>): Map<K, number> {
  return new Map(m.entries());
}

describe("TransientMap", () => {
  it("edits in place but never changes the map it started from", () => {
    const base = PersistentMap.from<string, number>([["a", 1], ["b", 2]]);
    const t = new TransientMap(base);
    t.set("a", 10).set("c", 3).delete("b");
    expect(t.get("a")).toBe(10);
    expect(t.has("b")).toBe(false);
    expect(t.size).toBe(2);
    const done = t.persist();
    expect(contents(done)).toEqual(new Map([["a", 10], ["c", 3]]));
    expect(contents(base)).toEqual(new Map([["a", 1], ["b", 2]]));
  });

  it("returns the original map when nothing changed", () => {
    const base = PersistentMap.from<string, number>([["a", 1]]);
    const t = new TransientMap(base);
    t.set("a", 1).delete("zz");
    expect(t.persist()).toBe(base);
  });

  it("keeps a published map unchanged when the transient goes on editing", () => {
    let base = PersistentMap.empty<number, number>();
    for (let i = 0; i < 2000; i++) base = base.set(i, i);
    const t = new TransientMap(base);
    for (let i = 0; i < 2000; i += 2) t.set(i, i + 10_000);
    const first = t.persist();
    for (let i = 0; i < 2000; i += 3) t.delete(i);
    for (let i = 2000; i < 2500; i++) t.set(i, i);
    const second = t.persist();
    for (let i = 0; i < 2000; i++) expect(base.get(i)).toBe(i);
    for (let i = 0; i < 2000; i++) expect(first.get(i)).toBe(i % 2 === 0 ? i + 10_000 : i);
    expect(first.size).toBe(2000);
    expect(second.size).toBe(2000 - 667 + 500);
    expect(second.get(3)).toBeUndefined();
    expect(second.get(2499)).toBe(2499);
  });

  it("handles keys whose hashes collide, in place and persistently", () => {
    // Pairs with equal 32-bit hashes (found by search): each pair shares a collision node.
    const pairs = [
      ["c693596", "c1170850"],
      ["c693597", "c1170851"],
    ] as const;
    const base = PersistentMap.from<string, number>([[pairs[0][0], 1]]);
    const t = new TransientMap(base);
    t.set(pairs[0][1], 2).set(pairs[1][0], 3).set(pairs[1][1], 4).set(pairs[0][0], 5);
    const mid = t.persist();
    t.delete(pairs[0][1]).delete(pairs[1][0]).set("other", 6);
    const end = t.persist();
    expect(contents(base)).toEqual(new Map([[pairs[0][0], 1]]));
    expect(contents(mid)).toEqual(new Map([[pairs[0][0], 5], [pairs[0][1], 2], [pairs[1][0], 3], [pairs[1][1], 4]]));
    expect(contents(end)).toEqual(new Map([[pairs[0][0], 5], [pairs[1][1], 4], ["other", 6]]));
    expect(end.delete(pairs[0][0]).delete(pairs[1][1]).delete("other").size).toBe(0);
  });

  it("behaves like a Map under random operation sequences, and leaves every earlier version intact", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 150 }), fc.array(fc.tuple(key, fc.integer()), { maxLength: 60 }), (ops, start) => {
        const base = PersistentMap.from<K, number>(start);
        const baseModel = new Map<K, number>(start);
        const t = new TransientMap(base);
        const model = new Map(baseModel);
        // Maps published along the way, with what they held when published.
        const published: [PersistentMap<K, number>, Map<K, number>][] = [[base, new Map(baseModel)]];
        for (const o of ops) {
          if (o.kind === "set") {
            t.set(o.key, o.value);
            model.set(o.key, o.value);
          } else if (o.kind === "delete") {
            t.delete(o.key);
            model.delete(o.key);
          } else published.push([t.persist(), new Map(model)]);
          expect(t.size).toBe(model.size);
        }
        for (const [k, v] of model) expect(t.get(k)).toBe(v);
        published.push([t.persist(), new Map(model)]);
        for (const [map, held] of published) {
          expect(map.size).toBe(held.size);
          expect(contents(map)).toEqual(held);
          for (const [k, v] of held) {
            expect(map.get(k)).toBe(v);
            expect(map.has(k)).toBe(true);
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it("matches persistent edits on large maps (deep tries, in-place inserts and removals)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5000), fc.boolean()), { minLength: 1, maxLength: 400 }), (edits) => {
        let base = PersistentMap.empty<string, number>();
        for (let i = 0; i < 3000; i += 1) base = base.set(`k${i}`, i);
        let expected = base;
        const t = new TransientMap(base);
        for (const [n, remove] of edits) {
          if (remove) {
            expected = expected.delete(`k${n}`);
            t.delete(`k${n}`);
          } else {
            expected = expected.set(`k${n}`, -n);
            t.set(`k${n}`, -n);
          }
        }
        const got = t.persist();
        expect(got.size).toBe(expected.size);
        expect(contents(got)).toEqual(contents(expected));
        expect(base.size).toBe(3000);
        for (let i = 0; i < 3000; i += 1) expect(base.get(`k${i}`)).toBe(i);
      }),
      { numRuns: Math.max(10, Math.floor(Number(process.env.FC_RUNS ?? 300) / 10)) },
    );
  });
});
