/**
 * Cron schedules of export settings and the fetch-file configuration (`cronExpression`, this
 * project's extension): checked with croner (no dependencies, runs in browsers), stored, never run.
 */
import { Cron } from "croner";
import { type KiboErrorItem, MockHttpError } from "../../http/errors.js";

/** The cron problem of `value`, or undefined when it is a schedule that fires at least once. */
export function cronProblem(value: string): string | undefined {
  try {
    const cron = new Cron(value, { paused: true, timezone: "UTC" });
    if (cron.nextRun(new Date(0)) === null) return `cronExpression ${JSON.stringify(value)} never fires`;
    return undefined;
  } catch (error) {
    return `cronExpression ${JSON.stringify(value)} is not a cron schedule: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Throws 400 listing every problem (field paths on the wire); does nothing when there are none. */
export function refuseItems(items: readonly KiboErrorItem[]): void {
  if (items.length === 0) return;
  throw new MockHttpError("validation_failed", items.map((i) => i.message).join("; "), { items: [...items] });
}

/**
 * 400 when `cronExpression` (at `field`) is given and is not a cron schedule, naming the field and
 * the value.
 * @example checkCron("0 3 * * *", "exportSettings.cronExpression") // passes
 */
export function checkCron(value: string | undefined, field: string): void {
  const problem = value === undefined ? undefined : cronProblem(value);
  refuseItems(problem === undefined ? [] : [{ field, code: "INVALID_CRON", message: problem }]);
}
