import { describe, expect, it } from "vitest";
import { GranularDateSchema, KiboDateTimeSchema, QuantitySchema, TagsSchema } from "./fields.js";

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

describe("names are data, quantities are 32-bit (issue 14)", () => {
  it("TagsSchema keeps a tag named __proto__ (and checks its value)", () => {
    const tags = JSON.parse('{"__proto__":"x","Channel":"Web"}');
    const parsed = TagsSchema.parse(tags);
    expect(Object.keys(parsed)).toEqual(["__proto__", "Channel"]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(TagsSchema.safeParse(JSON.parse('{"__proto__":5}')).error?.issues[0]?.path).toEqual(["__proto__"]);
  });

  it("QuantitySchema takes −2^31 … 2^31 − 1 and nothing past either end", () => {
    expect(QuantitySchema.safeParse(2_147_483_647).success).toBe(true);
    expect(QuantitySchema.safeParse(-2_147_483_648).success).toBe(true);
    expect(QuantitySchema.safeParse(2_147_483_648).success).toBe(false);
    expect(QuantitySchema.safeParse(-2_147_483_649).success).toBe(false);
    expect(QuantitySchema.safeParse(1e308).success).toBe(false);
  });
});
