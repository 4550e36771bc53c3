/**
 * Configuring tag categories and values (D4, D5). Every change is validated as a whole new
 * configuration; existing stock follows: new categories put it on their default value, deleted
 * values hand their unallocated units to the category default, and percentage categories re-split
 * unallocated stock at once (D7).
 */
import { detail, domainError, type ErrorDetail } from "./errors.js";
import { refuseDisabled } from "./feature-switches.js";
import { toIso } from "./internal/dates.js";
import { rekey, resplit, valueHoldsUnits } from "./tag-rekey.js";
import { releaseAllPending } from "./pending.js";
import { fail, ok, type Result } from "./result.js";
import { categoryWeights } from "./segment.js";
import { type InventoryState, nextId, withTagCategories } from "./state.js";
import { isPercentageCategory, type TagCategory, type TagValue } from "./tags.js";

/** A value as given to a category upsert or value create. */
export interface TagValueInput {
  readonly value: string;
  readonly isDefault?: boolean;
  /** Integer 0–100; omitted or null = blank. */
  readonly percent?: number | null;
}

/** A category upsert (Kibo's PUT): the given values replace the current ones (matched by value). */
export interface TagCategoryInput {
  readonly name: string;
  readonly values: readonly TagValueInput[];
}

/** A value update; omitted fields stay, `percent: null` clears the percent. */
export interface TagValuePatch {
  readonly value?: string;
  readonly isDefault?: boolean;
  readonly percent?: number | null;
}

function validateCategory(c: TagCategory, details: ErrorDetail[]): void {
  if (c.name.trim() === "") details.push(detail("name", "required", "Tag category name is required"));
  const seen = new Set<string>();
  c.values.forEach((v, i) => {
    if (typeof v.value !== "string" || v.value.trim() === "")
      details.push(detail("value", "required", "Tag value is required", i));
    else if (seen.has(v.value)) details.push(detail("value", "duplicate_value", `Value ${v.value} is given twice`, i));
    seen.add(v.value);
    if (v.percent !== undefined && (!Number.isInteger(v.percent) || v.percent < 0 || v.percent > 100))
      details.push(detail("percent", "invalid_percent", "percent must be an integer from 0 to 100", i));
  });
  if (c.values.filter((v) => v.isDefault).length > 1)
    details.push(detail("isDefault", "multiple_defaults", "A category has exactly one default value"));
  const set = c.values.filter((v) => v.percent !== undefined);
  const sum = set.reduce((a, v) => a + (v.percent ?? 0), 0);
  if (set.length > 0 && set.length === c.values.length && sum !== 100)
    details.push(detail("percent", "percent_sum", `Percentages of ${c.name} sum to ${sum}, not 100`));
  if (set.length > 0 && set.length < c.values.length && sum > 100)
    details.push(detail("percent", "percent_sum", `Percentages of ${c.name} sum to ${sum}, more than 100`));
}

/** Exactly one default: the flagged value, else the first. */
function withDefault(values: TagValue[]): TagValue[] {
  const flagged = values.findIndex((v) => v.isDefault);
  const at = Math.max(0, flagged);
  return values.map((v, i) => (v.isDefault === (i === at) ? v : { ...v, isDefault: i === at }));
}

/** Validates and installs a new configuration, moving stock along. */
function install(
  state: InventoryState,
  next: readonly TagCategory[],
  changed: TagCategory | undefined,
  now: number,
): Result<InventoryState, null> {
  const details: ErrorDetail[] = [];
  for (const c of next) validateCategory(c, details);
  if (details.length > 0) return fail(domainError("validation_failed", "Invalid tag configuration", details));
  const total = next.reduce((n, c) => n + c.values.length, 0);
  if (next.length > state.settings.tagCategoryLimit)
    return fail(
      domainError("limit_exceeded", `At most ${state.settings.tagCategoryLimit} tag categories`, [
        detail("name", "category_limit", `Tag category limit ${state.settings.tagCategoryLimit} reached`),
      ]),
    );
  if (total > state.settings.totalTagLimit)
    return fail(
      domainError("limit_exceeded", `At most ${state.settings.totalTagLimit} tag values in total`, [
        detail("values", "value_limit", `Total tag value limit ${state.settings.totalTagLimit} reached`),
      ]),
    );
  const before = state.tagCategories;
  let s: InventoryState = rekey(withTagCategories(state, next), before, next);
  if (changed) {
    const installed = next.find((c) => c.tagCategoryId === changed.tagCategoryId);
    const old = before.find((c) => c.tagCategoryId === changed.tagCategoryId);
    const weightsOf = (c: TagCategory | undefined) =>
      c && isPercentageCategory(c) ? JSON.stringify(c.values.map((v, i) => [v.tagId, categoryWeights(c)[i]])) : "";
    if (installed && isPercentageCategory(installed) && weightsOf(installed) !== weightsOf(old)) s = resplit(s, installed);
  }
  return ok(releaseAllPending(s, now), null);
}

function refuseHeld(state: InventoryState, values: readonly TagValue[], what: string): Result<InventoryState, never> | undefined {
  const held = values.filter((v) => valueHoldsUnits(state, v.tagId));
  if (held.length === 0) return undefined;
  return fail(
    domainError(
      "conflict",
      `${what} still holds allocated or pending units`,
      held.map((v) => detail("value", "holds_units", `Value ${v.value} holds allocated or pending units`)),
    ),
  );
}

function modeSwitch(old: TagCategory, next: TagCategory): Result<InventoryState, never> | undefined {
  // `next` always has a value (a category needs one); `old` may have none (a snapshot from before that rule).
  if (old.values.length === 0) return undefined;
  if (isPercentageCategory(old) === isPercentageCategory(next)) return undefined;
  return fail(
    domainError("conflict", `Tag category ${old.name} cannot switch between percentage and discrete mode`, [
      detail("percent", "mode_switch", "Delete the values and add them again to switch mode"),
    ]),
  );
}

/** A value from its input: an existing value (`old`) keeps its id and created date, a new one takes the next id. */
function makeValue(state: InventoryState, input: TagValueInput, old: TagValue | undefined, now: number): [TagValue, InventoryState] {
  let s = state;
  let tagId = old?.tagId;
  if (tagId === undefined) [tagId, s] = nextId(s, "tagId");
  const percent = input.percent ?? undefined;
  const value: TagValue = {
    tagId,
    value: input.value,
    isDefault: input.isDefault === true,
    ...(percent === undefined ? {} : { percent }),
    created: old?.created ?? toIso(now),
    updated: toIso(now),
  };
  return [value, s];
}

/** The values of a PUT: a value matched by name among `existing` keeps its id and created date. */
function makeValues(state: InventoryState, inputs: readonly TagValueInput[], existing: readonly TagValue[], now: number): [TagValue[], InventoryState] {
  let s = state;
  const out: TagValue[] = [];
  for (const input of inputs) {
    const [value, next] = makeValue(s, input, existing.find((v) => v.value === input.value), now);
    out.push(value);
    s = next;
  }
  return [out, s];
}

/**
 * Creates or replaces a category (PUT semantics): values not listed are deleted, new ones created.
 * A category without values is refused (400): Kibo requires one, and the first is the default.
 */
export function upsertTagCategory(state: InventoryState, input: TagCategoryInput, now: number): Result<InventoryState, TagCategory> {
  const off = refuseDisabled(state.settings, "tagsEnabled", "name", "Inventory tags");
  if (off) return fail(off);
  if (typeof input.name !== "string" || input.name.trim() === "")
    return fail(domainError("validation_failed", "Invalid tag category", [detail("name", "required", "name is required")]));
  // Kibo: "At least one value must be set – this first value will always be the default."
  if ((input.values ?? []).length === 0)
    return fail(
      domainError("validation_failed", `Tag category ${input.name} needs at least one value`, [
        detail("values", "required", "At least one value is required; the first is the default unless another says isDefault"),
      ]),
    );
  if (input.values.filter((v) => v.isDefault === true).length > 1)
    return fail(
      domainError("validation_failed", "Invalid tag category", [
        detail("isDefault", "multiple_defaults", "A category has exactly one default value"),
      ]),
    );
  const old = state.tagCategories.find((c) => c.name === input.name);
  let s = state;
  let id = old?.tagCategoryId;
  if (id === undefined) [id, s] = nextId(s, "tagId");
  const [values, s2] = makeValues(s, input.values, old?.values ?? [], now);
  s = s2;
  const category: TagCategory = { tagCategoryId: id, name: input.name, values: withDefault(values), created: old?.created ?? toIso(now) };
  if (old) {
    const refused = modeSwitch(old, category) ?? refuseHeld(state, old.values.filter((v) => !values.some((x) => x.tagId === v.tagId)), `Tag category ${old.name}`);
    if (refused) return refused;
  }
  const next = old ? s.tagCategories.map((c) => (c.tagCategoryId === id ? category : c)) : [...s.tagCategories, category];
  const r = install(s, next, category, now);
  return r.ok ? ok(r.state, category) : r;
}

/** Deletes a category; refused (409) while any of its values holds allocated or pending units. */
export function deleteTagCategory(state: InventoryState, name: string, now: number): Result<InventoryState, TagCategory> {
  const old = state.tagCategories.find((c) => c.name === name);
  if (!old) return fail(domainError("not_found", `Tag category ${name} not found`));
  const refused = refuseHeld(state, old.values, `Tag category ${name}`);
  if (refused) return refused;
  const r = install(state, state.tagCategories.filter((c) => c !== old), undefined, now);
  return r.ok ? ok(r.state, old) : r;
}

function editValues(
  state: InventoryState,
  categoryName: string,
  now: number,
  edit: (c: TagCategory, s: InventoryState) => Result<InventoryState, { values: TagValue[]; value: TagValue }>,
): Result<InventoryState, TagValue> {
  const old = state.tagCategories.find((c) => c.name === categoryName);
  if (!old) return fail(domainError("not_found", `Tag category ${categoryName} not found`));
  const e = edit(old, state);
  if (!e.ok) return e;
  const category: TagCategory = { ...old, values: withDefault(e.value.values) };
  const refused = modeSwitch(old, category);
  if (refused) return refused;
  const next = e.state.tagCategories.map((c) => (c.tagCategoryId === old.tagCategoryId ? category : c));
  const r = install(e.state, next, category, now);
  const value = category.values.find((v) => v.tagId === e.value.value.tagId) ?? e.value.value;
  return r.ok ? ok(r.state, value) : r;
}

/** Adds a value to a category (409 when the value exists; 409 when it would switch the mode). */
export function createTagValue(state: InventoryState, categoryName: string, input: TagValueInput, now: number): Result<InventoryState, TagValue> {
  const off = refuseDisabled(state.settings, "tagsEnabled", "tagValue", "Inventory tags");
  if (off) return fail(off);
  return editValues(state, categoryName, now, (c, s) => {
    if (c.values.some((v) => v.value === input.value))
      return fail(domainError("conflict", `Value ${input.value} already exists in ${c.name}`, [detail("value", "duplicate_value", "Value exists")]));
    const [value, s2] = makeValue(s, input, undefined, now);
    const others = input.isDefault ? c.values.map((v) => ({ ...v, isDefault: false })) : [...c.values];
    return ok(s2, { values: [...others, value], value });
  });
}

/** Updates a value: rename, make default, set or clear its percent. */
export function updateTagValue(
  state: InventoryState,
  categoryName: string,
  value: string,
  patch: TagValuePatch,
  now: number,
): Result<InventoryState, TagValue> {
  return editValues(state, categoryName, now, (c, s) => {
    const old = c.values.find((v) => v.value === value);
    if (!old) return fail(domainError("not_found", `Value ${value} not found in ${c.name}`));
    if (patch.value !== undefined && patch.value !== value && c.values.some((v) => v.value === patch.value))
      return fail(domainError("conflict", `Value ${patch.value} already exists in ${c.name}`, [detail("value", "duplicate_value", "Value exists")]));
    const percent = patch.percent === undefined ? old.percent : (patch.percent ?? undefined);
    const { percent: _p, ...rest } = old;
    const updated: TagValue = {
      ...rest,
      value: patch.value ?? old.value,
      isDefault: patch.isDefault ?? old.isDefault,
      ...(percent === undefined ? {} : { percent }),
      updated: toIso(now),
    };
    const values = c.values.map((v) =>
      v.tagId === old.tagId ? updated : patch.isDefault === true ? { ...v, isDefault: false } : v,
    );
    return ok(s, { values, value: updated });
  });
}

/**
 * Deletes a value; refused (409) for the category's default or last value (make another value the
 * default first) and while it holds allocated or pending units. Its other units go to the default.
 */
export function deleteTagValue(state: InventoryState, categoryName: string, value: string, now: number): Result<InventoryState, TagValue> {
  return editValues(state, categoryName, now, (c, s) => {
    const old = c.values.find((v) => v.value === value);
    if (!old) return fail(domainError("not_found", `Value ${value} not found in ${c.name}`));
    // Kibo lets you "delete any non-default values": a category always keeps one value, its default.
    if (c.values.length === 1)
      return fail(
        domainError("conflict", `Value ${value} is the last value of ${c.name}`, [
          detail("value", "last_value", `A category needs at least one value: delete the category ${c.name} instead`),
        ]),
      );
    if (old.isDefault)
      return fail(
        domainError("conflict", `Value ${value} is the default of ${c.name}`, [
          detail("value", "default_value", `Make another value of ${c.name} the default first`),
        ]),
      );
    const refused = refuseHeld(s, [old], `Value ${value}`);
    if (refused) return refused;
    return ok(s, { values: c.values.filter((v) => v !== old), value: old });
  });
}

/** One category by name. */
export function getTagCategory(state: InventoryState, name: string): TagCategory | undefined {
  return state.tagCategories.find((c) => c.name === name);
}

/** All categories, in creation order. */
export function listTagCategories(state: InventoryState): readonly TagCategory[] {
  return state.tagCategories;
}
