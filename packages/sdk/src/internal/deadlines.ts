/**
 * Timeouts shared by the calls that start close together (ADR 0012). An `AbortController` costs
 * 15–30 µs to make on this machine and a timer 3–5 µs, which was the largest part of what the
 * transport added to a call. Calls that start within one slice of the timeout (1/64 of it) and at
 * most {@link MAX_CALLS} of them share one controller and one timer, which fires one slice after
 * the last of them could have started: every call gets at least its timeout and at most 1/64
 * more. When it fires, the calls of the slice still waiting for their response are aborted; if
 * none is waiting, nothing is.
 */

/** At most this many calls share one deadline (each adds an abort listener to its signal). */
const MAX_CALLS = 32;

/** The deadline a call joined. */
export interface Deadline {
  /** Aborts when the deadline passes while calls are waiting. */
  readonly signal: AbortSignal;
  /** Whether the deadline passed while calls were waiting (they then fail with a timeout). */
  readonly fired: boolean;
  /** The call has its response (or failed): it no longer keeps the deadline armed. */
  leave(): void;
}

class SharedDeadline implements Deadline {
  readonly closesAt: number;
  joined = 0;
  pending = 0;
  fired = false;
  readonly #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(now: number, slice: number, timeout: number) {
    this.closesAt = now + slice;
    this.#timer = setTimeout(() => this.#fire(timeout), slice + timeout);
    // A deadline nobody waits on must not keep a Node process alive (browsers return a number).
    (this.#timer as { unref?: () => void }).unref?.();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  leave(): void {
    this.pending--;
  }

  #fire(timeout: number): void {
    this.#timer = undefined;
    if (this.pending <= 0) return;
    this.fired = true;
    this.#controller.abort(new Error(`Timed out after ${timeout} ms`));
  }
}

/** Returns `join()`: the deadline for a call starting now, with `timeout` ms to get its response. */
export function createDeadlines(timeout: number, now: () => number = () => performance.now()): () => Deadline {
  const slice = Math.max(1, Math.ceil(timeout / 64));
  let current: SharedDeadline | undefined;
  return () => {
    const t = now();
    if (current === undefined || t >= current.closesAt || current.joined >= MAX_CALLS) current = new SharedDeadline(t, slice, timeout);
    current.joined++;
    current.pending++;
    return current;
  };
}
