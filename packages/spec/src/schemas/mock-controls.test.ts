import { describe, expect, it } from "vitest";
import { ClockRequestSchema, FaultRequestSchema } from "./mock-controls.js";

describe("mock-control schemas", () => {
  it("accepts a clock set, an advance (back too) or both, within the clock's range, and nothing else", () => {
    expect(ClockRequestSchema.parse({ now: "2025-06-01T00:00:00Z" })).toEqual({ now: "2025-06-01T00:00:00Z" });
    expect(ClockRequestSchema.parse({ advanceMs: 3_600_000 })).toEqual({ advanceMs: 3_600_000 });
    expect(ClockRequestSchema.parse({ advanceMs: -1 })).toEqual({ advanceMs: -1 });
    expect(ClockRequestSchema.parse({ now: "2025-06-01T00:00:00Z", advanceMs: 1 })).toEqual({ now: "2025-06-01T00:00:00Z", advanceMs: 1 });
    // The whole span of years 0000–9999, and not a millisecond more.
    expect(ClockRequestSchema.safeParse({ advanceMs: 315_569_519_999_999 }).success).toBe(true);
    expect(ClockRequestSchema.safeParse({ advanceMs: 315_569_520_000_000 }).error?.issues[0]?.path).toEqual(["advanceMs"]);
    expect(ClockRequestSchema.safeParse({ advanceMs: -315_569_520_000_000 }).error?.issues[0]?.path).toEqual(["advanceMs"]);
    expect(ClockRequestSchema.safeParse({ advanceMs: 1e20 }).success).toBe(false);
    expect(ClockRequestSchema.safeParse({}).success).toBe(false);
    expect(ClockRequestSchema.safeParse({ now: "2025-06-01T00:00:00Z", extra: 1 }).success).toBe(false);
  });

  it("accepts a rate-limit fault, and one without times (once)", () => {
    const fault = { operationId: "refresh", times: 2, status: 429, retryAfter: 1 };
    expect(FaultRequestSchema.parse(fault)).toEqual(fault);
    expect(FaultRequestSchema.parse({ operationId: "refresh", status: 503 })).toEqual({ operationId: "refresh", status: 503 });
    expect(FaultRequestSchema.safeParse({ operationId: "refresh", latencyMs: 2_147_483_647 }).success).toBe(true);
    expect(FaultRequestSchema.safeParse({ operationId: "refresh", latencyMs: 2_147_483_648 }).error?.issues[0]?.path).toEqual(["latencyMs"]);
    expect(FaultRequestSchema.safeParse({ operationId: "refresh", status: 503, colour: 1 }).success).toBe(false);
  });

  it("rejects a fault that does nothing, or contradicts itself", () => {
    expect(FaultRequestSchema.safeParse({ operationId: "refresh", times: 1 }).success).toBe(false);
    const both = FaultRequestSchema.safeParse({ operationId: "refresh", times: 1, status: 500, networkError: true });
    expect(both.error?.issues[0]?.path).toEqual(["networkError"]);
    const retry = FaultRequestSchema.safeParse({ operationId: "refresh", times: 1, latencyMs: 10, retryAfter: 1 });
    expect(retry.error?.issues[0]?.path).toEqual(["retryAfter"]);
  });
});
