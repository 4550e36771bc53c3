/**
 * Tag configuration (D5, D6, D7) pinned through the public surface: each validation on both sides
 * of its boundary, with its message; the one default; the limits; PUT semantics (values kept by
 * name keep their id and created date); the refusals while units are held; the mode switch.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  createTagValue,
  deleteTagCategory,
  deleteTagValue,
  exportState,
  getTagCategory,
  importState,
  type InventorySettings,
  type InventoryState,
  listTagCategories,
  queryInventory,
  refresh,
  saveLocation,
  type TagCategoryInput,
  updateSettings,
  updateTagValue,
  upsertTagCategory,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);
const LATER = Date.UTC(2024, 5, 2, 12);

type R = { ok: true } | { ok: false; error: { code: string; message: string; details: readonly { index?: number; field: string; code: string; message: string }[] } };
function refusal(r: R): string[] {
  if (r.ok) return ["ok"];
  return [`${r.error.code}: ${r.error.message}`, ...r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)];
}

const upsert = (input: TagCategoryInput, s = createState(), now = NOW) => upsertTagCategory(s, input, now);
const values = (s: InventoryState, name = "C") => getTagCategory(s, name)?.values.map((v) => `${v.value}${v.isDefault ? "*" : ""}${v.percent === undefined ? "" : `=${v.percent}`}`);

describe("D5 category validation", () => {
  it("name and values are required; a value is given once", () => {
    expect(refusal(upsert({ name: " ", values: [] }))).toEqual(["validation_failed: Invalid tag category", "- name required: name is required"]);
    expect(refusal(upsert({ name: "C", values: [{ value: "A" }, { value: " " }, { value: "A" }] }))).toEqual([
      "validation_failed: Invalid tag configuration",
      "1 value required: Tag value is required",
      "2 value duplicate_value: Value A is given twice",
    ]);
  });

  it("a name or value that is not a string (a JavaScript caller, a decoded body) is refused, not thrown on", () => {
    const name = 42 as unknown as string;
    expect(refusal(upsert({ name, values: [{ value: "A" }] }))).toEqual(["validation_failed: Invalid tag category", "- name required: name is required"]);
    expect(refusal(upsert({ name: "C", values: [{ value: "A" }, { value: 7 as unknown as string }] }))).toEqual([
      "validation_failed: Invalid tag configuration",
      "1 value required: Tag value is required",
    ]);
  });

  it("a category needs at least one value (Kibo: a default is required)", () => {
    expect(refusal(upsert({ name: "C", values: [] }))).toEqual([
      "validation_failed: Tag category C needs at least one value",
      "- values required: At least one value is required; the first is the default unless another says isDefault",
    ]);
    expect(refusal(upsert({ name: "C", values: [{ value: "A" }] }))).toEqual(["ok"]);
    // A PUT that would empty an existing category is refused the same way, and changes nothing.
    const s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] })).state;
    expect(refusal(upsert({ name: "C", values: [] }, s))[0]).toBe("validation_failed: Tag category C needs at least one value");
    expect(values(s)).toEqual(["A*", "B"]);
  });

  it("deleting the default value or the last value is 409; another value first made default can go", () => {
    const s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B", isDefault: true }, { value: "D" }] })).state;
    expect(refusal(deleteTagValue(s, "C", "B", NOW))).toEqual([
      "conflict: Value B is the default of C",
      "- value default_value: Make another value of C the default first",
    ]);
    expect(refusal(deleteTagValue(s, "C", "A", NOW))).toEqual(["ok"]);
    const moved = must(updateTagValue(s, "C", "A", { isDefault: true }, NOW)).state;
    const gone = must(deleteTagValue(moved, "C", "B", NOW)).state;
    expect(values(gone)).toEqual(["A*", "D"]);
    const one = must(deleteTagValue(gone, "C", "D", NOW)).state;
    expect(refusal(deleteTagValue(one, "C", "A", NOW))).toEqual([
      "conflict: Value A is the last value of C",
      "- value last_value: A category needs at least one value: delete the category C instead",
    ]);
    expect(refusal(deleteTagCategory(one, "C", NOW))).toEqual(["ok"]);
  });

  it("one default at most; none flagged: the first", () => {
    expect(refusal(upsert({ name: "C", values: [{ value: "A", isDefault: true }, { value: "B", isDefault: true }] }))).toEqual([
      "validation_failed: Invalid tag category",
      "- isDefault multiple_defaults: A category has exactly one default value",
    ]);
    expect(values(must(upsert({ name: "C", values: [{ value: "A" }, { value: "B", isDefault: true }] })).state)).toEqual(["A", "B*"]);
    expect(values(must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] })).state)).toEqual(["A*", "B"]);
  });

  it("percent: an integer 0..100; all set must sum to 100, some set at most 100", () => {
    expect(refusal(upsert({ name: "C", values: [{ value: "A", percent: -1 }, { value: "B", percent: 101 }, { value: "D", percent: 1.5 }] })).slice(1, 4)).toEqual([
      "0 percent invalid_percent: percent must be an integer from 0 to 100",
      "1 percent invalid_percent: percent must be an integer from 0 to 100",
      "2 percent invalid_percent: percent must be an integer from 0 to 100",
    ]);
    expect(refusal(upsert({ name: "C", values: [{ value: "A", percent: 0 }, { value: "B", percent: 100 }] }))).toEqual(["ok"]);
    expect(refusal(upsert({ name: "C", values: [{ value: "A", percent: 60 }, { value: "B", percent: 39 }] }))).toEqual([
      "validation_failed: Invalid tag configuration",
      "- percent percent_sum: Percentages of C sum to 99, not 100",
    ]);
    expect(refusal(upsert({ name: "C", values: [{ value: "A", percent: 60 }, { value: "B", percent: 41 }, { value: "D" }] }))).toEqual([
      "validation_failed: Invalid tag configuration",
      "- percent percent_sum: Percentages of C sum to 101, more than 100",
    ]);
    expect(refusal(upsert({ name: "C", values: [{ value: "A", percent: 60 }, { value: "B", percent: 40 }, { value: "D" }] }))).toEqual(["ok"]);
  });

  it("limits: categories and values, each at its limit and one past", () => {
    const settings: Partial<InventorySettings> = { tagCategoryLimit: 2, totalTagLimit: 3 };
    let s = must(upsert({ name: "A", values: [{ value: "1" }] }, createState(settings))).state;
    s = must(upsert({ name: "B", values: [{ value: "1" }, { value: "2" }] }, s)).state;
    expect(refusal(upsert({ name: "C", values: [{ value: "1" }] }, s))).toEqual([
      "limit_exceeded: At most 2 tag categories",
      "- name category_limit: Tag category limit 2 reached",
    ]);
    expect(refusal(createTagValue(s, "B", { value: "3" }, NOW))).toEqual([
      "limit_exceeded: At most 3 tag values in total",
      "- values value_limit: Total tag value limit 3 reached",
    ]);
  });
});

describe("D5 PUT semantics and value edits", () => {
  it("values kept by name keep their id and created date; the category keeps its own", () => {
    const a = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] }));
    const b = must(upsert({ name: "C", values: [{ value: "B" }, { value: "N" }] }, a.state, LATER));
    const [oldA, oldB] = a.value.values;
    const [newB, newN] = b.value.values;
    expect(newB?.tagId).toBe(oldB?.tagId);
    expect(newB?.created).toBe("2024-06-01T12:00:00.000Z");
    expect(newB?.updated).toBe("2024-06-02T12:00:00.000Z");
    expect(newN?.tagId).not.toBe(oldA?.tagId);
    expect(newN?.created).toBe("2024-06-02T12:00:00.000Z");
    expect(b.value.tagCategoryId).toBe(a.value.tagCategoryId);
    expect(b.value.created).toBe("2024-06-01T12:00:00.000Z");
    expect(listTagCategories(b.state).map((c) => c.name)).toEqual(["C"]);
    const other = must(upsert({ name: "D", values: [{ value: "d" }] }, b.state));
    expect(listTagCategories(other.state).map((c) => c.name)).toEqual(["C", "D"]);
  });

  it("create: a new default unflags the old; an existing value is a conflict; unknown category 404", () => {
    const s = must(upsert({ name: "C", values: [{ value: "A" }] })).state;
    expect(values(must(createTagValue(s, "C", { value: "B", isDefault: true }, NOW)).state)).toEqual(["A", "B*"]);
    expect(values(must(createTagValue(s, "C", { value: "B" }, NOW)).state)).toEqual(["A*", "B"]);
    expect(refusal(createTagValue(s, "C", { value: "A" }, NOW))).toEqual(["conflict: Value A already exists in C", "- value duplicate_value: Value exists"]);
    expect(refusal(createTagValue(s, "X", { value: "A" }, NOW))).toEqual(["not_found: Tag category X not found"]);
  });

  it("update: rename, default, percent set and cleared; conflicts and 404s", () => {
    let s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] })).state;
    s = must(updateTagValue(s, "C", "B", { value: "B2", isDefault: true }, NOW)).state;
    expect(values(s)).toEqual(["A", "B2*"]);
    s = must(updateTagValue(s, "C", "A", { value: "A" }, NOW)).state;
    expect(values(s)).toEqual(["A", "B2*"]);
    expect(refusal(updateTagValue(s, "C", "A", { value: "B2" }, NOW))).toEqual(["conflict: Value B2 already exists in C", "- value duplicate_value: Value exists"]);
    expect(refusal(updateTagValue(s, "C", "Z", {}, NOW))).toEqual(["not_found: Value Z not found in C"]);
    const full = must(upsert({ name: "C", values: [{ value: "A", percent: 50 }, { value: "B", percent: 50 }] })).state;
    expect(refusal(updateTagValue(full, "C", "A", { percent: 70 }, NOW))).toEqual([
      "validation_failed: Invalid tag configuration",
      "- percent percent_sum: Percentages of C sum to 120, not 100",
    ]);
    expect(values(must(updateTagValue(full, "C", "B", {}, NOW)).state)).toEqual(["A*=50", "B=50"]);
    const p = must(updateTagValue(must(upsert({ name: "C", values: [{ value: "A", percent: 50 }, { value: "B" }] })).state, "C", "A", { percent: 30 }, NOW)).state;
    expect(values(p)).toEqual(["A*=30", "B"]);
  });

  it("percentage and discrete modes do not switch in place", () => {
    const d = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] })).state;
    expect(refusal(upsert({ name: "C", values: [{ value: "A", percent: 50 }, { value: "B" }] }, d))).toEqual([
      "conflict: Tag category C cannot switch between percentage and discrete mode",
      "- percent mode_switch: Delete the values and add them again to switch mode",
    ]);
    expect(refusal(updateTagValue(d, "C", "A", { percent: 10 }, NOW))[0]).toBe("conflict: Tag category C cannot switch between percentage and discrete mode");
    const p = must(upsert({ name: "C", values: [{ value: "A", percent: 50 }, { value: "B" }] })).state;
    expect(refusal(updateTagValue(p, "C", "A", { percent: null }, NOW))[0]).toMatch(/^conflict/);
    expect(refusal(upsert({ name: "C", values: [{ value: "A", percent: 100 }] }))).toEqual(["ok"]);
  });
});

describe("D5 values holding units", () => {
  function held(): InventoryState {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }, { value: "E" }] }, s)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, tags: { C: "B" } }, { upc: "U", quantity: 2, tags: { C: "E" } }] }, NOW)).state;
    return must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1, tags: { C: "B" } }] }, NOW)).state;
  }

  it("a value holding units is not deleted, nor left out of a PUT, nor its category deleted", () => {
    const s = held();
    expect(refusal(deleteTagValue(s, "C", "B", NOW))).toEqual(["conflict: Value B still holds allocated or pending units", "- value holds_units: Value B holds allocated or pending units"]);
    expect(refusal(upsert({ name: "C", values: [{ value: "A" }] }, s))).toEqual([
      "conflict: Tag category C still holds allocated or pending units",
      "- value holds_units: Value B holds allocated or pending units",
    ]);
    expect(refusal(deleteTagCategory(s, "C", NOW))[0]).toBe("conflict: Tag category C still holds allocated or pending units");
    expect(refusal(deleteTagCategory(s, "X", NOW))).toEqual(["not_found: Tag category X not found"]);
    expect(refusal(deleteTagValue(s, "C", "Z", NOW))).toEqual(["not_found: Value Z not found in C"]);
  });

  it("a value without held units is deleted; its stock goes to the default", () => {
    const { state, value } = must(deleteTagValue(held(), "C", "E", NOW));
    expect(value.value).toBe("E");
    expect(values(state)).toEqual(["A*", "B"]);
    const r = queryInventory(state, { items: [{ upc: "U", tags: { C: "A" } }], locationCode: "L1" });
    expect(r.ok && r.value.map((x) => x.onHand)).toEqual([2]);
  });
});

describe("D5 what a configuration change installs", () => {
  /** Tagged rows of U at L1 as `tags=onHand/allocated/pending`, sorted. */
  function rows(s: InventoryState): string[] {
    const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: "L1" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value.flatMap((x) => x.taggedInventory.map((t) => `${Object.values(t.tags).join("/")}=${t.onHand}/${t.allocated}/${t.pending}`)).sort();
  }

  /** The state read back from a snapshot whose tag categories were edited by `edit`. */
  function edited(s: InventoryState, edit: (data: ReturnType<typeof exportState>) => ReturnType<typeof exportState>): InventoryState {
    const r = importState(edit(exportState(s)));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  }

  it("a PUT replaces its own category only: the others keep their values, and stock of a dropped value goes to the default", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(upsert({ name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, s)).state;
    s = must(upsert({ name: "Region", values: [{ value: "EU" }, { value: "US" }] }, s)).state;
    s = must(upsert({ name: "Size", values: [{ value: "M" }] }, s)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, tags: { Channel: "Store", Region: "US" } }] }, NOW)).state;
    s = must(upsert({ name: "Region", values: [{ value: "EU" }, { value: "APAC" }] }, s)).state;
    expect(listTagCategories(s).map((c) => `${c.name}: ${values(s, c.name)?.join(" ")}`)).toEqual(["Channel: Web* Store", "Region: EU* APAC", "Size: M*"]);
    expect(getTagCategory(s, "Size")?.name).toBe("Size");
    expect(rows(s)).toEqual(["Store/EU/M=5/0/0"]);
  });

  it("a PUT without a values list (a caller outside the types) is refused as one with none", () => {
    expect(refusal(upsert({ name: "C" } as unknown as TagCategoryInput))).toEqual([
      "validation_failed: Tag category C needs at least one value",
      "- values required: At least one value is required; the first is the default unless another says isDefault",
    ]);
  });

  it("a PUT may drop a value without held units while a value it keeps holds units", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }, { value: "E" }] }, s)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, tags: { C: "B" } }, { upc: "U", quantity: 2, tags: { C: "E" } }] }, NOW)).state;
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1, tags: { C: "B" } }] }, NOW)).state;
    s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] }, s)).state;
    expect(values(s)).toEqual(["A*", "B"]);
    expect(rows(s)).toEqual(["A=2/0/0", "B=5/1/0"]);
  });

  it("create: a value that exists is a conflict whichever of several it is; with tags off, the refusal names tagValue", () => {
    const s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] })).state;
    expect(refusal(createTagValue(s, "C", { value: "B" }, NOW))).toEqual(["conflict: Value B already exists in C", "- value duplicate_value: Value exists"]);
    const off = must(updateSettings(s, { tagsEnabled: false })).state;
    const message = "Inventory tags are disabled on this tenant (setting tagsEnabled is false)";
    expect(refusal(createTagValue(off, "C", { value: "B" }, NOW))).toEqual([`validation_failed: ${message}`, `- tagValue setting_disabled: ${message}`]);
  });

  it("every change validates the whole configuration: a snapshot's blank category name or second default refuses the next change", () => {
    const s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] })).state;
    const blank = edited(s, (d) => ({ ...d, tagCategories: d.tagCategories.map((c) => ({ ...c, name: " " })) }));
    expect(refusal(upsert({ name: "D", values: [{ value: "x" }] }, blank))).toEqual([
      "validation_failed: Invalid tag configuration",
      "- name required: Tag category name is required",
    ]);
    const twice = edited(s, (d) => ({ ...d, tagCategories: d.tagCategories.map((c) => ({ ...c, values: c.values.map((v) => ({ ...v, isDefault: true })) })) }));
    expect(refusal(upsert({ name: "D", values: [{ value: "x" }] }, twice))).toEqual([
      "validation_failed: Invalid tag configuration",
      "- isDefault multiple_defaults: A category has exactly one default value",
    ]);
  });

  it("a category without values (a snapshot from before one was required) takes percentages: no mode to switch from; its stock splits", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    s = edited(s, (d) => ({ ...d, tagCategories: [{ tagCategoryId: 90, name: "Split", values: [], created: "2024-01-01T00:00:00.000Z" }] }));
    s = must(upsert({ name: "Split", values: [{ value: "P1", percent: 30 }, { value: "P2" }] }, s)).state;
    expect(values(s, "Split")).toEqual(["P1*=30", "P2"]);
    expect(rows(s)).toEqual(["P1=3/0/0", "P2=7/0/0"]);
  });

  it("an edit answers the value as installed: the default it stays or becomes, though the edit did not say so", () => {
    const s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] })).state;
    // Unflagging the default leaves no value flagged: the first (A itself) is the default again.
    const a = must(updateTagValue(s, "C", "A", { isDefault: false }, NOW));
    expect([a.value.value, a.value.isDefault]).toEqual(["A", true]);
    expect(values(a.state)).toEqual(["A*", "B"]);
    // The first value of a category without values (a snapshot's) is its default.
    const empty = edited(s, (d) => ({ ...d, tagCategories: [...d.tagCategories, { tagCategoryId: 90, name: "Empty", values: [], created: "2024-01-01T00:00:00.000Z" }] }));
    const first = must(createTagValue(empty, "Empty", { value: "x" }, NOW));
    expect([first.value.value, first.value.isDefault]).toEqual(["x", true]);
  });

  it("a change to a category a snapshot gave two defaults keeps the first of them", () => {
    const s = must(upsert({ name: "C", values: [{ value: "A" }, { value: "B" }] })).state;
    const twice = edited(s, (d) => ({ ...d, tagCategories: d.tagCategories.map((c) => ({ ...c, values: c.values.map((v) => ({ ...v, isDefault: true })) })) }));
    expect(values(must(createTagValue(twice, "C", { value: "N" }, NOW)).state)).toEqual(["A*", "B", "N"]);
  });

  it("a percentage category is re-split only when its weights change: a rename keeps stock written to a blank value directly", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(upsert({ name: "Region", values: [{ value: "EU" }, { value: "US" }] }, s)).state;
    s = must(upsert({ name: "Split", values: [{ value: "P1", percent: 50 }, { value: "P2" }] }, s)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    expect(rows(s)).toEqual(["EU/P1=5/0/0", "EU/P2=5/0/0"]);
    // P2 has no percent: a write may address it, off the 50/50 split.
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 7, tags: { Split: "P2" } }] }, NOW)).state;
    expect(rows(s)).toEqual(["EU/P1=5/0/0", "EU/P2=7/0/0"]);
    s = must(updateTagValue(s, "Split", "P2", { value: "Rest" }, NOW)).state;
    expect(rows(s)).toEqual(["EU/P1=5/0/0", "EU/Rest=7/0/0"]);
    // A change to a discrete category re-splits nothing either, nor moves its stock.
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 3, tags: { Region: "US", Split: "Rest" } }] }, NOW)).state;
    s = must(createTagValue(s, "Region", { value: "APAC" }, NOW)).state;
    expect(rows(s)).toEqual(["EU/P1=5/0/0", "EU/Rest=7/0/0", "US/Rest=3/0/0"]);
    // A weight change re-splits each region's free stock.
    s = must(updateTagValue(s, "Split", "P1", { percent: 20 }, NOW)).state;
    expect(rows(s)).toEqual(["EU/P1=2/0/0", "EU/Rest=10/0/0", "US/P1=1/0/0", "US/Rest=2/0/0"]);
  });

  it("a category without values beside the one changed passes the validation of the whole configuration, and stays as it is", () => {
    let s = must(upsert({ name: "C", values: [{ value: "A" }] })).state;
    s = edited(s, (d) => ({ ...d, tagCategories: [{ tagCategoryId: 90, name: "Empty", values: [], created: "2024-01-01T00:00:00.000Z" }, ...d.tagCategories] }));
    s = must(createTagValue(s, "C", { value: "B" }, NOW)).state;
    s = must(upsert({ name: "D", values: [{ value: "x" }] }, s)).state;
    expect(listTagCategories(s).map((c) => `${c.name}: ${values(s, c.name)?.join(" ")}`)).toEqual(["Empty: ", "C: A* B", "D: x*"]);
  });
});
