/**
 * D7's largest-remainder split and the pool split, pinned by examples at their edges and by
 * properties over random input (public functions of the engine).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largestRemainderSplit, splitPool } from "./index.js";

const weights = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }).filter((w) => w.some((x) => x > 0));

describe("D7 largestRemainderSplit", () => {
  it("examples: exact shares, remainders to the largest fractions, ties to the earlier weight", () => {
    expect(largestRemainderSplit(10, [50, 50])).toEqual([5, 5]);
    expect(largestRemainderSplit(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(largestRemainderSplit(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(largestRemainderSplit(5, [10, 60, 30])).toEqual([1, 3, 1]);
    expect(largestRemainderSplit(3, [20, 20, 60])).toEqual([1, 0, 2]);
    expect(largestRemainderSplit(4, [70, 30])).toEqual([3, 1]);
    expect(largestRemainderSplit(1, [0, 100])).toEqual([0, 1]);
  });

  it("a negative total is split by magnitude and negated, zeros stay zero", () => {
    expect(largestRemainderSplit(-5, [10, 60, 30])).toEqual([-1, -3, -1]);
    expect(largestRemainderSplit(-1, [50, 50]).map((x) => x + 0)).toEqual([-1, 0]);
    expect(Object.is(largestRemainderSplit(-1, [50, 50])[1], 0)).toBe(true);
  });

  it("without any positive weight the first member takes everything", () => {
    expect(largestRemainderSplit(5, [0, 0])).toEqual([5, 0]);
    expect(largestRemainderSplit(-5, [0, 0, 0])).toEqual([-5, 0, 0]);
    expect(largestRemainderSplit(5, [])).toEqual([]);
  });

  it("property: shares sum to the total and each is the floor or ceiling of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), weights, (total, w) => {
        const shares = largestRemainderSplit(total, w);
        const sum = w.reduce((a, x) => a + x, 0);
        expect(shares.reduce((a, s) => a + s, 0)).toBe(total);
        shares.forEach((s, i) => {
          const exact = (total * (w[i] ?? 0)) / sum;
          expect(Number.isInteger(s)).toBe(true);
          expect(s >= Math.floor(exact) && s <= Math.ceil(exact)).toBe(true);
        });
      }),
    );
  });

  it("property: a larger remainder never gets less than a smaller one (ties: the earlier)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), weights, (total, w) => {
        const shares = largestRemainderSplit(total, w);
        const sum = w.reduce((a, x) => a + x, 0);
        const bumped = shares.map((s, i) => s - Math.floor((total * (w[i] ?? 0)) / sum));
        const frac = w.map((x) => (total * x) % sum);
        for (let i = 0; i < w.length; i++)
          for (let j = 0; j < w.length; j++) {
            const iFirst = (frac[i] ?? 0) > (frac[j] ?? 0) || (frac[i] === frac[j] && i < j);
            if (iFirst && bumped[j] === 1) expect(bumped[i]).toBe(1);
          }
      }),
    );
  });
});

describe("D7 splitPool", () => {
  it("examples: committed units stay, free units split by weight", () => {
    expect(splitPool(10, [2, 1], [50, 50])).toEqual([6, 4]);
    expect(splitPool(3, [3, 0], [50, 50])).toEqual([3, 0]);
  });

  it("a member's negative share is covered by the member with the most onHand", () => {
    // free = 4 − 5 = −1, all of it member 0's share: member 0 stays at 0, member 2 (most onHand) pays.
    expect(splitPool(4, [0, 2, 3], [100, 0, 0])).toEqual([0, 2, 2]);
    expect(splitPool(5, [0, 4, 4], [50, 25, 25])).toEqual([0, 2, 3]);
    // The largest is not the last; among equal largest, the first pays.
    expect(splitPool(4, [0, 3, 2], [100, 0, 0])).toEqual([0, 2, 2]);
    expect(splitPool(5, [0, 3, 3], [100, 0, 0])).toEqual([0, 2, 3]);
    expect(splitPool(5, [0, 4, 0, 2], [100, 0, 0, 0])).toEqual([0, 3, 0, 2]);
    expect(splitPool(5, [3, 3, 0], [0, 0, 100])).toEqual([2, 3, 0]);
  });

  it("a negative total is split as is (members may go below 0)", () => {
    expect(splitPool(-2, [0, 0], [50, 50])).toEqual([-1, -1]);
  });

  it("property: the result sums to the total, keeps ≥ 0 while the total is ≥ 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        weights.chain((w) => fc.tuple(fc.constant(w), fc.array(fc.integer({ min: 0, max: 50 }), { minLength: w.length, maxLength: w.length }))),
        (total, [w, committed]) => {
          const onHand = splitPool(total, committed, w);
          expect(onHand).toHaveLength(w.length);
          expect(onHand.reduce((a, x) => a + x, 0)).toBe(total);
          for (const x of onHand) expect(x).toBeGreaterThanOrEqual(0);
          const free = total - committed.reduce((a, c) => a + c, 0);
          if (free >= 0)
            committed.forEach((c, i) => {
              expect(onHand[i]).toBeGreaterThanOrEqual(c);
            });
        },
      ),
    );
  });
});
