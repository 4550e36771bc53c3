/**
 * A query item's own refusal pinned with the text the server returns: the item's index, the field,
 * the code and the message.
 */
import { describe, expect, it } from "vitest";
import { createState, queryInventory } from "./index.js";

describe("query refusals", () => {
  it("an item without a upc: `upc required: upc is required` at its index", () => {
    const r = queryInventory(createState(), { items: [{ upc: "U" }, { upc: "" }] });
    expect(r.ok ? [] : r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)).toEqual(["1 upc required: upc is required"]);
  });

  it("a upc that is missing or not a string (a JavaScript caller, a decoded body) is refused the same way", () => {
    const items = [{ upc: "U" }, {}, { upc: 7 }] as unknown as { upc: string }[];
    const r = queryInventory(createState(), { items });
    expect(r.ok ? [] : r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}`)).toEqual(["1 upc required", "2 upc required"]);
  });
});
