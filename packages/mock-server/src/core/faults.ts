/** A fault for the next `times` calls of one operation (or of every API operation with `"*"`). */
export interface FaultSpec {
  /** The operationId to target, e.g. `refresh`; `"*"` targets every Kibo API operation. */
  operationId: string;
  /** How many calls it affects. @default 1 */
  times?: number;
  /** Delay before answering (real time, so `vi.useFakeTimers()` controls it). */
  latencyMs?: number;
  /** Answer with this status and Kibo's error body instead of running the operation. */
  status?: number;
  /** `Retry-After` header value in seconds, sent with `status`. */
  retryAfter?: number;
  /** Fail at the network level: MSW `HttpResponse.error()`, a destroyed socket, a rejected `fetch`. */
  networkError?: boolean;
}

export interface ActiveFault extends Required<Pick<FaultSpec, "operationId" | "times">> {
  readonly id: number;
  latencyMs?: number;
  status?: number;
  retryAfter?: number;
  networkError?: boolean;
}

export interface FaultController {
  /** Adds a fault; returns it with its id and remaining count. */
  add(spec: FaultSpec): ActiveFault;
  /** Faults still waiting to fire. */
  list(): ActiveFault[];
  /** Removes all faults. */
  clear(): void;
  /**
   * Takes the fault for this call, if any (decrements its count). Used by the router.
   * @internal
   */
  take(operationId: string, isApiOperation: boolean): ActiveFault | undefined;
}

/** Thrown for an invalid fault spec; its `code` maps to 400 VALIDATION_ERROR. */
export class FaultSpecError extends Error {
  readonly code = "validation_failed";
  override readonly name = "FaultSpecError";
}

const isNonNegativeInt = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/** Creates the fault registry; `knownOperation` rejects typos in operation ids. */
export function createFaults(knownOperation: (operationId: string) => boolean): FaultController {
  let faults: ActiveFault[] = [];
  let nextId = 1;
  return {
    add(spec) {
      const problems: string[] = [];
      if (typeof spec.operationId !== "string" || (spec.operationId !== "*" && !knownOperation(spec.operationId))) {
        problems.push(`unknown operationId: ${String(spec.operationId)}`);
      }
      const times = spec.times ?? 1;
      if (!isNonNegativeInt(times) || times < 1) problems.push("times must be a positive integer");
      if (spec.latencyMs !== undefined && !isNonNegativeInt(spec.latencyMs)) problems.push("latencyMs must be an integer ≥ 0");
      if (spec.status !== undefined && !(isNonNegativeInt(spec.status) && spec.status >= 400 && spec.status <= 599)) {
        problems.push("status must be an integer from 400 to 599");
      }
      if (spec.retryAfter !== undefined && !isNonNegativeInt(spec.retryAfter)) problems.push("retryAfter must be an integer ≥ 0");
      if (spec.networkError !== undefined && typeof spec.networkError !== "boolean") problems.push("networkError must be a boolean");
      if (problems.length > 0) throw new FaultSpecError(problems.join("; "));
      const fault: ActiveFault = { id: nextId++, operationId: spec.operationId, times };
      if (spec.latencyMs !== undefined) fault.latencyMs = spec.latencyMs;
      if (spec.status !== undefined) fault.status = spec.status;
      if (spec.retryAfter !== undefined) fault.retryAfter = spec.retryAfter;
      if (spec.networkError !== undefined) fault.networkError = spec.networkError;
      faults.push(fault);
      return { ...fault };
    },
    list: () => faults.map((fault) => ({ ...fault })),
    clear() {
      faults = [];
    },
    take(operationId, isApiOperation) {
      const fault = faults.find((f) => f.operationId === operationId || (f.operationId === "*" && isApiOperation));
      if (!fault) return undefined;
      fault.times -= 1;
      if (fault.times <= 0) faults = faults.filter((f) => f !== fault);
      return { ...fault };
    },
  };
}
