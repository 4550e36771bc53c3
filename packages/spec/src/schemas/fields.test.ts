import { describe, expect, it } from "vitest";
import { GranularDateSchema, KiboDateTimeSchema } from "./fields.js";

describe("date formats", () => {
  it.each(["2020-09-28T12:00:00-0500", "2020-09-28T17:00:00Z", "2020-09-28T12:00:00+05:00", "2020-09-28T12:00:00.123Z"])(
    "accepts the date-time %s",
    (value) => {
      expect(KiboDateTimeSchema.safeParse(value).success).toBe(true);
    },
  );

  it.each(["2020-09-28", "09/28/2020", "2020-09-28 12:00", ""])("rejects %j as a date-time", (value) => {
    expect(KiboDateTimeSchema.safeParse(value).success).toBe(false);
  });

  it.each(["2026-01-31", "2026-01-31T00:00:00Z"])("accepts %s as a granular date", (value) => {
    expect(GranularDateSchema.safeParse(value).success).toBe(true);
  });

  it("takes Kibo's documented MM/DD/YYYY on the API too (issue 15), two-digit month and day only", () => {
    expect(GranularDateSchema.safeParse("01/31/2026").success).toBe(true);
    expect(GranularDateSchema.safeParse("1/31/2026").success).toBe(false);
    expect(GranularDateSchema.safeParse("2026/01/31").success).toBe(false);
  });
});
