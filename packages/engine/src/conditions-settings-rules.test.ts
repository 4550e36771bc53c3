/**
 * Condition rules (D15) and tenant settings, pinned through the public surface: each check on both
 * sides of its boundary with its message, one rule per condition (id kept), pending units re-checked
 * when a rule changes, and each setting patched on its own.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  DEFAULT_SETTINGS,
  deleteConditionRule,
  getAllocation,
  type InventoryState,
  listConditionRules,
  refresh,
  saveLocation,
  setConditionRule,
  updateSettings,
  upsertTagCategory,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function refusal(r: { ok: boolean; error?: { code: string; message: string; details: readonly { field: string; code: string; message: string }[] } }): string[] {
  if (r.ok || !r.error) return ["ok"];
  return [`${r.error.code}: ${r.error.message}`, ...r.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)];
}

describe("D15 condition rules", () => {
  it("condition 1–50 characters, includeInAvailable a boolean", () => {
    expect(refusal(setConditionRule(createState(), { condition: "", includeInAvailable: true }, NOW))).toEqual([
      "validation_failed: Invalid condition rule",
      "condition invalid: condition must be 1–50 characters",
    ]);
    expect(refusal(setConditionRule(createState(), { condition: "x".repeat(51), includeInAvailable: true }, NOW))[1]).toMatch(/^condition invalid/);
    expect(refusal(setConditionRule(createState(), { condition: "x".repeat(50), includeInAvailable: true }, NOW))).toEqual(["ok"]);
    expect(refusal(setConditionRule(createState(), { condition: 5 as unknown as string, includeInAvailable: true }, NOW))[1]).toMatch(/^condition invalid/);
    expect(refusal(setConditionRule(createState(), { condition: "d", includeInAvailable: "no" as unknown as boolean }, NOW))).toEqual([
      "validation_failed: Invalid condition rule",
      "includeInAvailable required: includeInAvailable must be a boolean",
    ]);
  });

  it("one rule per condition: a second set replaces it and keeps its id; others are kept in order", () => {
    let s = must(setConditionRule(createState(), { condition: "a", includeInAvailable: false }, NOW)).state;
    s = must(setConditionRule(s, { condition: "b", includeInAvailable: false }, NOW)).state;
    const again = must(setConditionRule(s, { condition: "a", includeInAvailable: true }, NOW));
    expect(again.value).toEqual({ id: 1, condition: "a", includeInAvailable: true });
    expect(listConditionRules(again.state)).toEqual([
      { id: 1, condition: "a", includeInAvailable: true },
      { id: 2, condition: "b", includeInAvailable: false },
    ]);
    const del = must(deleteConditionRule(again.state, 1, NOW));
    expect(del.value.condition).toBe("a");
    expect(listConditionRules(del.state).map((r) => r.id)).toEqual([2]);
    expect(refusal(deleteConditionRule(del.state, 1, NOW))).toEqual(["not_found: Condition rule 1 not found"]);
  });

  it("a rule that lets a condition count again releases pending units onto it; deleting one does too", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(setConditionRule(s, { condition: "damaged", includeInAvailable: false }, NOW)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2, condition: "damaged" }] }, NOW)).state;
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW)).state;
    const owner = { kind: "order", orderId: 1, orderItemId: 1, shipmentId: 1 } as const;
    const pendingOf = (x: InventoryState) => getAllocation(x, owner)?.lines.reduce((n, l) => n + l.pending, 0);
    expect(pendingOf(s)).toBe(1);
    expect(pendingOf(must(setConditionRule(s, { condition: "damaged", includeInAvailable: true }, NOW)).state)).toBe(0);
    const id = listConditionRules(s)[0]?.id as number;
    expect(pendingOf(must(deleteConditionRule(s, id, NOW)).state)).toBe(0);
    expect(pendingOf(must(setConditionRule(s, { condition: "other", includeInAvailable: false }, NOW)).state)).toBe(1);
  });
});

describe("settings", () => {
  it("each setting patched on its own; the others keep their values", () => {
    const start = {
      tagCategoryLimit: 7,
      totalTagLimit: 9,
      pendingOnShortfall: false,
      expirationEnabled: true,
      tagsEnabled: false,
      granularFieldsEnabled: false,
      conditionAvailabilityEnabled: false,
      quantitySetsAvailable: true,
    };
    const base = createState(start);
    expect(must(updateSettings(base, {})).value).toEqual(start);
    const patches = [
      { tagCategoryLimit: 3 },
      { totalTagLimit: 4 },
      { pendingOnShortfall: true },
      { expirationEnabled: false },
      { tagsEnabled: true },
      { granularFieldsEnabled: true },
      { conditionAvailabilityEnabled: true },
      { quantitySetsAvailable: false },
    ];
    for (const patch of patches) expect(must(updateSettings(base, patch)).value).toEqual({ ...start, ...patch });
    const e = must(updateSettings(base, { expirationEnabled: false }));
    expect(e.state.settings).toEqual(e.value);
    expect(createState().settings).toEqual(DEFAULT_SETTINGS);
  });

  it("limits: positive integers, not below what is configured (equal passes)", () => {
    let s = createState();
    s = must(upsertTagCategory(s, { name: "A", values: [{ value: "1" }, { value: "2" }] }, NOW)).state;
    s = must(upsertTagCategory(s, { name: "B", values: [{ value: "1" }] }, NOW)).state;
    expect(refusal(updateSettings(s, { tagCategoryLimit: 0, totalTagLimit: 2.5 }))).toEqual([
      "validation_failed: Invalid settings",
      "tagCategoryLimit invalid: tagCategoryLimit must be a positive integer",
      "totalTagLimit invalid: totalTagLimit must be a positive integer",
    ]);
    expect(refusal(updateSettings(s, { tagCategoryLimit: 1, totalTagLimit: 2 }))).toEqual([
      "validation_failed: Invalid settings",
      "tagCategoryLimit below_current: tagCategoryLimit 1 is below the 2 already configured",
      "totalTagLimit below_current: totalTagLimit 2 is below the 3 already configured",
    ]);
    expect(refusal(updateSettings(s, { tagCategoryLimit: 2, totalTagLimit: 3 }))).toEqual(["ok"]);
    expect(refusal(updateSettings(createState(), { tagCategoryLimit: 1, totalTagLimit: 1 }))).toEqual(["ok"]);
  });
});
