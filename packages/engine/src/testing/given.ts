/**
 * A small given/when/then helper for engine tests (not exported from the package).
 * `given(...steps)` builds a state from commands that must succeed; `.when(cmd)` runs one command
 * and hands the outcome, with the state before it, to `.expect(check)` (not `then`: that would make
 * the object a thenable).
 */
import { saveAdminLocation, saveLocation, type LocationAdminInput } from "../locations.js";
import { refresh } from "../refresh-adjust.js";
import type { Result } from "../result.js";
import { createState, type InventoryState } from "../state.js";
import { type TagValueInput, upsertTagCategory } from "../tag-config.js";
import type { RefreshItem } from "../write-request.js";
import type { InventorySettings } from "../settings.js";

/** The test clock: 2024-06-01T12:00:00Z. */
export const NOW = Date.UTC(2024, 5, 1, 12);

/** A day in ms. */
export const DAY = 86_400_000;

export type Step = (state: InventoryState) => Result<InventoryState, unknown>;

/** Unwraps a result or fails the test with the domain error. */
export function must<V>(result: Result<InventoryState, V>): { state: InventoryState; value: V } {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return { state: result.state, value: result.value };
}

export interface Outcome<V> {
  readonly before: InventoryState;
  readonly result: Result<InventoryState, V>;
}

export function given(...steps: Step[]) {
  return givenSettings({}, ...steps);
}

export function givenSettings(settings: Partial<InventorySettings>, ...steps: Step[]) {
  let state = createState(settings);
  for (const step of steps) state = must(step(state)).state;
  return {
    state,
    when<V>(command: (s: InventoryState) => Result<InventoryState, V>) {
      const outcome: Outcome<V> = { before: state, result: command(state) };
      return {
        ...outcome,
        expect(check: (o: Outcome<V>) => void) {
          check(outcome);
          return outcome;
        },
      };
    },
  };
}

/** Step: a location saved through the Inventory API (supports inventory). */
export const location =
  (code: string, extra: Partial<LocationAdminInput> = {}): Step =>
  (s) => {
    const { supportsInventory, allowFulfillmentWithNoStock, ...plain } = extra;
    if (supportsInventory !== undefined || allowFulfillmentWithNoStock !== undefined)
      return saveAdminLocation(s, { code, supportsInventory: supportsInventory ?? true, ...extra });
    return saveLocation(s, { code, ...plain });
  };

/** Step: a tag category with values. */
export const category =
  (name: string, values: readonly TagValueInput[]): Step =>
  (s) =>
    upsertTagCategory(s, { name, values }, NOW);

/** Step: a refresh at a location. */
export const refreshed =
  (locationCode: string, items: readonly RefreshItem[]): Step =>
  (s) =>
    refresh(s, { locationCode, items }, NOW);

/** What `given(...)` returns: a state and `.when`. */
export type Given = ReturnType<typeof given>;
