/** Deterministic correlation ids: `mock-` plus a zero-padded per-server counter. */
export interface CorrelationIds {
  /** The request's own `x-vol-correlation` when it sent one, else the next generated id. */
  forRequest(request: Request): string;
  /** Restart the counter (on `reset()`). */
  reset(): void;
}

export const CORRELATION_HEADER = "x-vol-correlation";

export function createCorrelationIds(): CorrelationIds {
  let counter = 0;
  return {
    forRequest(request) {
      const sent = request.headers.get(CORRELATION_HEADER)?.trim();
      if (sent) return sent;
      counter += 1;
      return `mock-${counter.toString().padStart(8, "0")}`;
    },
    reset() {
      counter = 0;
    },
  };
}
