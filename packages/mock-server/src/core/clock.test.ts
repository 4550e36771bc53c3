import { describe, expect, it } from "vitest";
import { ClockInputError, createClock } from "./clock.js";

describe("clock", () => {
  it("stands still until told to move", () => {
    const clock = createClock("2025-01-01T00:00:00Z");
    expect(clock.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    clock.advance(90_000);
    expect(clock.toISOString()).toBe("2025-01-01T00:01:30.000Z");
    clock.set("2026-02-03T04:05:06Z");
    expect(clock.nowMs()).toBe(Date.parse("2026-02-03T04:05:06Z"));
    clock.reset();
    expect(clock.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("tells subscribers about every change", () => {
    const clock = createClock(0);
    const seen: string[] = [];
    const stop = clock.subscribe((now) => seen.push(now.toISOString()));
    clock.advance(1000);
    stop();
    clock.advance(1000);
    expect(seen).toEqual(["1970-01-01T00:00:01.000Z"]);
  });

  it("refuses unreadable times", () => {
    expect(() => createClock("yesterday")).toThrow(ClockInputError);
    expect(() => createClock(0).advance(Number.NaN)).toThrow(ClockInputError);
  });
});
