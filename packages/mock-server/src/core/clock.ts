/**
 * The server's clock. It never moves on its own: it starts at `start` (the wall clock at creation
 * when none is given — the only place the server reads real time) and changes only through
 * `set()` and `advance()`. Token expiry, job timestamps and expiration dates all read it.
 */
export interface MockClock {
  /** Current server time. */
  now(): Date;
  /** Current server time in epoch milliseconds. */
  nowMs(): number;
  /** Current server time as an ISO 8601 string. */
  toISOString(): string;
  /** Jump to an absolute time (ISO 8601 string, epoch ms or Date). */
  set(time: ClockInput): void;
  /** Move forward (or back, with a negative value) by `ms` milliseconds. */
  advance(ms: number): void;
  /** Go back to the start time. */
  reset(): void;
  /** Be told after every `set`/`advance`; returns an unsubscribe function. */
  subscribe(listener: (now: Date) => void): () => void;
}

export type ClockInput = string | number | Date;

/**
 * The clock's range: years 0000 to 9999 (UTC), where every instant has a four-digit-year ISO 8601
 * form and such strings sort as the instants do (dates are compared as strings: D16's expiry,
 * delivery dates). A time outside it is refused with 400 and the clock stays where it was.
 */
export const CLOCK_MIN_MS = Date.parse("0000-01-01T00:00:00.000Z");
/** The last millisecond of year 9999 (see {@link CLOCK_MIN_MS}). */
export const CLOCK_MAX_MS = Date.parse("9999-12-31T23:59:59.999Z");

const inRange = (ms: number): boolean => Number.isFinite(ms) && ms >= CLOCK_MIN_MS && ms <= CLOCK_MAX_MS;

/** Parses a clock input to epoch ms, throwing a validation error for unreadable values and times outside the clock's range. */
export function toEpochMs(time: ClockInput): number {
  const ms = time instanceof Date ? time.getTime() : typeof time === "number" ? time : typeof time === "string" ? Date.parse(time) : Number.NaN;
  if (!Number.isFinite(ms)) throw new ClockInputError(`not a valid time: ${String(time)}`);
  if (!inRange(ms)) throw new ClockInputError(`time out of the clock's range (years 0000–9999): ${String(time)}`);
  return ms;
}

/** Thrown for an unreadable time; its `code` maps to 400 VALIDATION_ERROR. */
export class ClockInputError extends Error {
  readonly code = "validation_failed";
  override readonly name = "ClockInputError";
}

/**
 * Creates a manual clock.
 * @example const clock = createClock("2025-01-01T00:00:00Z"); clock.advance(60_000);
 */
export function createClock(start?: ClockInput): MockClock {
  const startMs = start === undefined ? Date.now() : toEpochMs(start);
  let current = startMs;
  const listeners = new Set<(now: Date) => void>();
  const notify = (): void => {
    for (const listener of listeners) listener(new Date(current));
  };
  return {
    now: () => new Date(current),
    nowMs: () => current,
    toISOString: () => new Date(current).toISOString(),
    set(time) {
      current = toEpochMs(time);
      notify();
    },
    advance(ms) {
      if (!Number.isFinite(ms)) throw new ClockInputError(`not a valid duration: ${String(ms)}`);
      if (!inRange(current + ms)) throw new ClockInputError(`advancing by ${ms} ms leaves the clock's range (years 0000–9999)`);
      current += ms;
      notify();
    },
    reset() {
      current = startMs;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
