import { describe, expect, it } from "vitest";
import { tagText } from "./tag-text.js";

describe("tagText", () => {
  it("lists name: value pairs in the map's order, or the given text when there are none", () => {
    expect(tagText({ Channel: "Target", Fulfillment: "Store" }, "(untagged)")).toBe("Channel: Target, Fulfillment: Store");
    expect(tagText({}, "(untagged)")).toBe("(untagged)");
    expect(tagText(undefined, "")).toBe("");
    expect(tagText(null, "-")).toBe("-");
  });
});
