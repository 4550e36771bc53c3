import { FaultRequestSchema } from "@kibo-inventory/spec";
import type { KiboErrorItem } from "../http/errors.js";
import { issuesToItems } from "../http/validation.js";

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

/** Thrown for an invalid fault spec; its `code` maps to 400 VALIDATION_ERROR, its `items` name each bad field. */
export class FaultSpecError extends Error {
  readonly code = "validation_failed";
  override readonly name = "FaultSpecError";
  constructor(
    message: string,
    readonly items: KiboErrorItem[],
  ) {
    super(message);
  }
}

/** Creates the fault registry; `knownOperation` rejects typos in operation ids. */
export function createFaults(knownOperation: (operationId: string) => boolean): FaultController {
  let faults: ActiveFault[] = [];
  let nextId = 1;
  return {
    add(spec) {
      // The contract's schema (openapi/mock-controls.yaml), then the operation must exist here.
      const parsed = FaultRequestSchema.safeParse(spec);
      const items = parsed.success ? [] : issuesToItems(parsed.error.issues);
      if (typeof spec.operationId === "string" && spec.operationId !== "*" && !knownOperation(spec.operationId))
        items.push({ field: "operationId", code: "UNKNOWN_OPERATION", message: `unknown operationId: ${spec.operationId}` });
      if (items.length > 0) throw new FaultSpecError(`Invalid fault: ${items.map((i) => `${i.field}: ${i.message}`).join("; ")}`, items);
      const times = spec.times ?? 1;
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
