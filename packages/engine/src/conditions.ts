/** Condition availability (D15): tenant rules saying whether a condition counts as available. */
import type { ConditionRule } from "./condition-rule.js";
import { detail, domainError } from "./errors.js";
import { refuseDisabled } from "./feature-switches.js";
import { releaseAllPending } from "./pending.js";
import { fail, ok, type Result } from "./result.js";
import { type InventoryState, nextId } from "./state.js";

/** Input of {@link setConditionRule}. */
export interface ConditionRuleInput {
  readonly condition: string;
  readonly includeInAvailable: boolean;
}

/**
 * Creates or replaces the rule for a condition (one rule per condition; the id is kept on replace).
 * Allocation candidates may change, so pending units are re-checked for release.
 */
export function setConditionRule(
  state: InventoryState,
  input: ConditionRuleInput,
  now: number,
): Result<InventoryState, ConditionRule> {
  const off = refuseDisabled(state.settings, "conditionAvailabilityEnabled", "condition", "Condition availability rules");
  if (off) return fail(off);
  if (typeof input.condition !== "string" || input.condition === "" || input.condition.length > 50)
    return fail(
      domainError("validation_failed", "Invalid condition rule", [
        detail("condition", "invalid", "condition must be 1–50 characters"),
      ]),
    );
  if (typeof input.includeInAvailable !== "boolean")
    return fail(
      domainError("validation_failed", "Invalid condition rule", [
        detail("includeInAvailable", "required", "includeInAvailable must be a boolean"),
      ]),
    );
  const existing = state.conditionRules.find((r) => r.condition === input.condition);
  let s = state;
  let id = existing?.id;
  if (id === undefined) [id, s] = nextId(s, "conditionRuleId");
  const rule: ConditionRule = { id, condition: input.condition, includeInAvailable: input.includeInAvailable };
  const rules = existing
    ? s.conditionRules.map((r) => (r.id === id ? rule : r))
    : [...s.conditionRules, rule];
  return ok(releaseAllPending({ ...s, conditionRules: rules }, now), rule);
}

/** Deletes a rule by id (404 `not_found` when missing). */
export function deleteConditionRule(
  state: InventoryState,
  id: number,
  now: number,
): Result<InventoryState, ConditionRule> {
  const rule = state.conditionRules.find((r) => r.id === id);
  if (!rule) return fail(domainError("not_found", `Condition rule ${id} not found`));
  const rules = state.conditionRules.filter((r) => r.id !== id);
  return ok(releaseAllPending({ ...state, conditionRules: rules }, now), rule);
}

/** All rules, by id. */
export function listConditionRules(state: InventoryState): readonly ConditionRule[] {
  return state.conditionRules;
}
