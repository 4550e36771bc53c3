import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MockHttpError } from "./errors.js";
import { formatPath, validate } from "./validation.js";

const Refresh = z.object({
  locationCode: z.string().min(1),
  items: z.array(z.object({ upc: z.string(), quantity: z.number().int().nonnegative(), tags: z.record(z.string(), z.string()).optional() })).max(12_000),
});

describe("validate", () => {
  it("returns the parsed value when valid", () => {
    expect(validate(Refresh, { locationCode: "WH1", items: [] })).toEqual({ locationCode: "WH1", items: [] });
  });

  it("lists every bad field with its item index", () => {
    const input = {
      locationCode: "",
      items: [{ upc: "a", quantity: 1 }, { upc: "b", quantity: 2 }, { upc: "c", quantity: 3 }, { upc: "d", quantity: -1 }, { quantity: 1.5 }],
    };
    let caught: unknown;
    try {
      validate(Refresh, input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MockHttpError);
    const error = caught as MockHttpError;
    expect(error.code).toBe("validation_failed");
    expect(error.items.map((i) => [i.field, i.index])).toEqual([
      ["locationCode", undefined],
      ["items[3].quantity", 3],
      ["items[4].upc", 4],
      ["items[4].quantity", 4],
    ]);
    expect(error.items[1]?.code).toBe("TOO_SMALL");
    expect(error.items.every((i) => i.message.length > 0)).toBe(true);
  });

  it("formats paths for bare arrays, odd keys and prefixes", () => {
    expect(formatPath([2, "upc"])).toBe("[2].upc");
    expect(formatPath(["tags", "Channel Name"])).toBe('tags["Channel Name"]');
    expect(formatPath(["inventory", "1000", "records", 3])).toBe("inventory.1000.records[3]");
    expect(formatPath(["apps", "mock-app"])).toBe('apps["mock-app"]');
    expect(formatPath([])).toBe("body");
    expect(formatPath(["limit"], "query")).toBe("query.limit");
  });
});
