/**
 * Kibo's limits and the granular field rules are defined once, in `@kibo-inventory/spec` (its
 * `rules` entry), and imported by the SDK and the importers. The engine may import nothing (the
 * dependency rule), so it keeps its own copy; this suite asserts the copies agree. Limits are
 * compared as exported constants; the granular rules by behaviour (the engine's `refresh` accepts
 * each at its boundary and refuses one past it), so the suite names no engine internals.
 */
import {
  ADJUST_ITEM_LIMIT as ENGINE_ADJUST_ITEM_LIMIT,
  ALLOCATE_ITEM_LIMIT as ENGINE_ALLOCATE_ITEM_LIMIT,
  DELETE_ITEM_LIMIT as ENGINE_DELETE_ITEM_LIMIT,
  REFRESH_ITEM_LIMIT as ENGINE_REFRESH_ITEM_LIMIT,
  QUANTITY_MAX as ENGINE_QUANTITY_MAX,
  QUANTITY_MIN as ENGINE_QUANTITY_MIN,
  createState,
  type InventoryState,
  type RefreshItem,
  refresh,
  saveAdminLocation,
  setConditionRule,
} from "@kibo-inventory/engine";
import {
  ADJUST_ITEM_LIMIT,
  ALLOCATE_ITEM_LIMIT,
  CONDITION_MAX_LENGTH,
  DELETE_ITEM_LIMIT,
  GRANULAR_DATE_FORMS,
  GRANULAR_DATE_PATTERN,
  GRANULAR_MAX_LENGTHS,
  normalizeImportDate,
  QUANTITY_MAX,
  QUANTITY_MIN,
  REFRESH_ITEM_LIMIT,
  SERIAL_NUMBER_MAX_UNITS,
} from "@kibo-inventory/spec/rules";
import { describe, expect, it } from "vitest";

const NOW = Date.UTC(2026, 0, 1);

function withLocation(): InventoryState {
  const r = saveAdminLocation(createState(), { code: "L1", supportsInventory: true });
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}
const state = withLocation();

/** The fields the engine's refresh refuses `item` for (none when it accepts it). */
function refused(item: Partial<RefreshItem>): string[] {
  const r = refresh(state, { locationCode: "L1", items: [{ upc: "U1", quantity: 0, ...item }] }, NOW);
  return r.ok ? [] : r.error.details.map((d) => d.field);
}

describe("the engine's limits equal @kibo-inventory/spec's", () => {
  it("refresh, adjust, deleteItems and the allocation calls take the same number of items", () => {
    expect({
      refresh: ENGINE_REFRESH_ITEM_LIMIT,
      adjust: ENGINE_ADJUST_ITEM_LIMIT,
      deleteItems: ENGINE_DELETE_ITEM_LIMIT,
      allocate: ENGINE_ALLOCATE_ITEM_LIMIT,
    }).toEqual({
      refresh: REFRESH_ITEM_LIMIT,
      adjust: ADJUST_ITEM_LIMIT,
      deleteItems: DELETE_ITEM_LIMIT,
      allocate: ALLOCATE_ITEM_LIMIT,
    });
  });

  it("quantities have one 32-bit range", () => {
    expect([ENGINE_QUANTITY_MIN, ENGINE_QUANTITY_MAX]).toEqual([QUANTITY_MIN, QUANTITY_MAX]);
    expect([QUANTITY_MIN, QUANTITY_MAX]).toEqual([-(2 ** 31), 2 ** 31 - 1]);
  });

  it("the engine's refresh refuses one item past the limit", () => {
    const items = Array.from({ length: REFRESH_ITEM_LIMIT + 1 }, (_, i) => ({ upc: `U${i}`, quantity: 1 }));
    expect(refresh(state, { locationCode: "L1", items }, NOW).ok).toBe(false);
    expect(refresh(state, { locationCode: "L1", items: items.slice(1) }, NOW).ok).toBe(true);
  });
});

describe("the engine's granular rules agree with @kibo-inventory/spec's (DESIGN D9)", () => {
  for (const [field, max] of Object.entries(GRANULAR_MAX_LENGTHS)) {
    it(`${field}: ${max} characters are accepted, ${max + 1} refused`, () => {
      expect(refused({ [field]: "x".repeat(max) })).toEqual([]);
      expect(refused({ [field]: "x".repeat(max + 1) })).toEqual([field]);
    });
  }

  it(`a serial-numbered record holds at most ${SERIAL_NUMBER_MAX_UNITS} unit`, () => {
    expect(refused({ serialNumber: "SN1", quantity: SERIAL_NUMBER_MAX_UNITS })).toEqual([]);
    expect(refused({ serialNumber: "SN1", quantity: SERIAL_NUMBER_MAX_UNITS + 1 })).toEqual(["quantity"]);
  });

  it(`a condition rule names a condition of at most ${CONDITION_MAX_LENGTH} characters`, () => {
    const rule = (length: number) => setConditionRule(state, { condition: "c".repeat(length), includeInAvailable: true }, NOW).ok;
    expect([rule(CONDITION_MAX_LENGTH), rule(CONDITION_MAX_LENGTH + 1)]).toEqual([true, false]);
  });
});

describe("the engine reads every date form of the spec's table", () => {
  // The engine takes what import files (CSV, seeds) carry as well as what the wire carries.
  for (const { form, example, onTheWire, inImportFiles } of GRANULAR_DATE_FORMS) {
    it(`${form} (${example}): on the wire ${onTheWire}, in import files ${inImportFiles}`, () => {
      expect(GRANULAR_DATE_PATTERN.test(example)).toBe(onTheWire);
      expect(normalizeImportDate(example) !== undefined).toBe(inImportFiles);
      expect(refused({ date: example })).toEqual([]);
      const normalized = normalizeImportDate(example);
      if (normalized !== undefined) expect(refused({ date: normalized })).toEqual([]);
    });
  }

  it.each(["2024-02-29", "02/29/2024", "2024-02-29T23:59:59Z"])("both accept the real day %s", (date) => {
    expect(normalizeImportDate(date)).toBeDefined();
    expect(refused({ date })).toEqual([]);
  });

  it.each(["2025-02-29", "02/29/2025", "2025-13-01", "13/01/2025", "30.06.2025", "yesterday"])(
    "both refuse %s",
    (date) => {
      expect(normalizeImportDate(date)).toBeUndefined();
      expect(refused({ date })).toEqual(["date"]);
    },
  );
});
