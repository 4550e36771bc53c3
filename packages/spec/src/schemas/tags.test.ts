import { describe, expect, it } from "vitest";
import { InventoryTagSchema, TagCategorySchema } from "./tags.js";

describe("tag schemas", () => {
  it("parses a percentage category as updateTagCategory receives it", () => {
    const body = {
      name: "Channel",
      tags: [
        { tagValue: "Web", percent: 80, isDefault: true },
        { tagValue: "Marketplace", percent: 10 },
        { tagValue: "Stores", percent: 10 },
      ],
    };
    expect(TagCategorySchema.parse(body)).toEqual(body);
  });

  it.each([0, 100])("accepts percent %i", (percent) => {
    expect(InventoryTagSchema.safeParse({ tagValue: "Web", percent }).success).toBe(true);
  });

  it.each([-1, 101])("rejects percent %i", (percent) => {
    const result = InventoryTagSchema.safeParse({ tagValue: "Web", percent });
    expect(result.error?.issues[0]?.path).toEqual(["percent"]);
    expect(result.error?.issues[0]?.message).toBe("percent must be between 0 and 100");
  });

  it("rejects a fractional percent", () => {
    expect(InventoryTagSchema.safeParse({ tagValue: "Web", percent: 33.3 }).error?.issues[0]?.message).toBe(
      "percent must be a whole number",
    );
  });

  it("rejects an empty tag value inside a category, naming it", () => {
    const result = TagCategorySchema.safeParse({ name: "Channel", tags: [{ tagValue: "Web" }, { tagValue: "" }] });
    expect(result.error?.issues[0]?.path).toEqual(["tags", 1, "tagValue"]);
  });
});
