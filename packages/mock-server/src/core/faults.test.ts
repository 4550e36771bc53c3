import { describe, expect, it } from "vitest";
import { createFaults, FaultSpecError } from "./faults.js";

const known = new Set(["refresh", "getJob"]);

describe("faults", () => {
  it("fires for exactly the next N calls of its operation", () => {
    const faults = createFaults((id) => known.has(id));
    faults.add({ operationId: "refresh", times: 2, status: 429, retryAfter: 1 });
    expect(faults.take("getJob", true)).toBeUndefined();
    expect(faults.take("refresh", true)).toMatchObject({ status: 429, retryAfter: 1 });
    expect(faults.take("refresh", true)).toMatchObject({ status: 429 });
    expect(faults.take("refresh", true)).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it("'*' targets API operations only", () => {
    const faults = createFaults((id) => known.has(id));
    faults.add({ operationId: "*", networkError: true });
    expect(faults.take("getHealth", false)).toBeUndefined();
    expect(faults.take("getJob", true)).toMatchObject({ networkError: true });
  });

  it("refuses unknown operations and bad values", () => {
    const faults = createFaults((id) => known.has(id));
    expect(() => faults.add({ operationId: "refrsh" })).toThrow(FaultSpecError);
    expect(() => faults.add({ operationId: "refresh", times: 0 })).toThrow(/times/);
    expect(() => faults.add({ operationId: "refresh", status: 200 })).toThrow(/status/);
    expect(() => faults.add({ operationId: "refresh", latencyMs: -1 })).toThrow(/latencyMs/);
  });
});
