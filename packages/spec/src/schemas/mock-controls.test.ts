import { describe, expect, it } from "vitest";
import { ClockRequestSchema, FaultRequestSchema } from "./mock-controls.js";

describe("mock-control schemas", () => {
  it("accepts a clock set or advance, and nothing else", () => {
    expect(ClockRequestSchema.parse({ now: "2025-06-01T00:00:00Z" })).toEqual({ now: "2025-06-01T00:00:00Z" });
    expect(ClockRequestSchema.parse({ advanceMs: 3_600_000 })).toEqual({ advanceMs: 3_600_000 });
    expect(ClockRequestSchema.safeParse({ advanceMs: -1 }).success).toBe(false);
    expect(ClockRequestSchema.safeParse({}).success).toBe(false);
  });

  it("accepts a rate-limit fault", () => {
    const fault = { operationId: "refresh", times: 2, status: 429, retryAfter: 1 };
    expect(FaultRequestSchema.parse(fault)).toEqual(fault);
  });

  it("rejects a fault that does nothing, or contradicts itself", () => {
    expect(FaultRequestSchema.safeParse({ operationId: "refresh", times: 1 }).success).toBe(false);
    const both = FaultRequestSchema.safeParse({ operationId: "refresh", times: 1, status: 500, networkError: true });
    expect(both.error?.issues[0]?.path).toEqual(["networkError"]);
    const retry = FaultRequestSchema.safeParse({ operationId: "refresh", times: 1, latencyMs: 10, retryAfter: 1 });
    expect(retry.error?.issues[0]?.path).toEqual(["retryAfter"]);
  });
});
