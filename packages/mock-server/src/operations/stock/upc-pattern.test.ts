/**
 * The delete pattern matcher (upc-pattern.ts): the same answers as a JavaScript RegExp on Kibo's
 * basic operators, in time linear in the UPC, and a reason for every pattern outside them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { upcPattern } from "./upc-pattern.js";

function test(pattern: string, upc: string): boolean | string {
  const p = upcPattern(pattern);
  return p.ok ? p.test(upc) : p.reason;
}

describe("upcPattern", () => {
  it("matches whole UPCs with . * + ? ^ $ and classes", () => {
    expect([test("A.*", "A1"), test("A.*", "BA1"), test("A.", "A"), test("^A1$", "A1"), test("A1", "A12")]).toEqual([true, false, false, true, false]);
    expect([test("ab+c?", "abbb"), test("ab+c?", "ac"), test("ab?c", "ac"), test("a*", "")]).toEqual([true, false, true, true]);
    expect([test("[0-9]+-[A-Z]", "123-Q"), test("[^0-9]x", "5x"), test("[^0-9]x", "yx"), test("[-a]", "-")]).toEqual([true, false, true, true]);
    expect([test("\\.x", ".x"), test("\\.x", "ax"), test("[\\d]+", "42"), test("\\D", "4"), test("\\w+", "a_1")]).toEqual([true, false, true, false, true]);
    expect([test("A.*?", "A12"), test("A+?", "AA"), test("A??", "")]).toEqual([true, true, true]);
  });

  it("answers what RegExp answers for patterns of the basic operators", () => {
    const atom = fc.constantFrom("a", "b", ".", "[ab]", "[^a]", "[a-b]", "\\.");
    const quantifier = fc.constantFrom("", "", "*", "+", "?");
    const pattern = fc
      .tuple(fc.boolean(), fc.array(fc.tuple(atom, quantifier), { maxLength: 6 }), fc.boolean())
      .map(([open, atoms, close]) => `${open ? "^" : ""}${atoms.map(([a, q]) => a + q).join("")}${close ? "$" : ""}`);
    const upc = fc.string({ unit: fc.constantFrom("a", "b", "c", "."), maxLength: 8 });
    fc.assert(
      fc.property(pattern, upc, (p, u) => {
        expect(test(p, u)).toBe(new RegExp(`^(?:${p})$`).test(u));
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses groups, alternation, counted and nested repetition, stray anchors, broken classes", () => {
    const reasons = ["(a+)+", "a|b", "a{2}", "a**", "a+*", "*a", "a^b", "a$b", "[b-a]", "[ab", "a\\"].map((p) => test(p, "a"));
    expect(reasons.every((r) => typeof r === "string")).toBe(true);
    expect(reasons[0]).toContain("groups");
    expect(reasons[3]).toContain("nested quantifiers");
  });

  it("runs in time linear in the UPC: what takes RegExp minutes takes milliseconds", () => {
    // RegExp backtracks through every way of sharing the a's among the stars: C(40, 12) ways.
    const p = upcPattern(`${"a*".repeat(12)}b`);
    const long = upcPattern(`${"[a-z]*a*".repeat(20)}!`);
    if (!p.ok || !long.ok) throw new Error("refused");
    const t0 = performance.now();
    expect(p.test(`${"a".repeat(28)}!`)).toBe(false);
    expect(long.test(`${"a".repeat(10_000)}?`)).toBe(false);
    expect(long.test(`${"a".repeat(10_000)}!`)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
