/** A condition-availability rule (D15): whether records in `condition` count as available. */
export interface ConditionRule {
  readonly id: number;
  readonly condition: string;
  readonly includeInAvailable: boolean;
}

/** Whether a condition is excluded from available by a rule (`includeInAvailable: false`). */
export function isConditionExcluded(rules: readonly ConditionRule[], condition: string | undefined): boolean {
  if (condition === undefined) return false;
  return rules.some((r) => r.condition === condition && !r.includeInAvailable);
}
