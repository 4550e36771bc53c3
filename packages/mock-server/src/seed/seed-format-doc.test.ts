// Executes the examples of docs/seed-format.md, so the document can't drift from the code.
import { readFileSync } from "node:fs";
import { futureRecordsFor, queryInventory } from "@kibo-inventory/engine";
import { describe, expect, it } from "vitest";
import type { SeedData } from "../core/seed.js";
import { createInventoryMock } from "../create-inventory-mock.js";
import { parseInventoryCsv } from "./csv.js";
import { validateInventorySeed } from "./validate-seed.js";

const doc = readFileSync(new URL("../../../../docs/seed-format.md", import.meta.url), "utf8");
const block = (lang: string): string => {
  const match = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!match?.[1]) throw new Error(`docs/seed-format.md has no ${lang} block`);
  return match[1];
};

describe("docs/seed-format.md", () => {
  it("the JSON example is a valid seed that the server applies", () => {
    const seed = JSON.parse(block("json")) as SeedData;
    expect(validateInventorySeed(seed.inventory)).toEqual([]);
    const mock = createInventoryMock({ seed, startTime: "2026-01-15T00:00:00Z" });
    const state = mock.engine.get(1000);
    const rows = queryInventory(state, { locationCode: "WH1", items: [{ upc: "TENT-2P" }, { upc: "STOVE-1" }, { upc: "GPS-9" }] } as Parameters<
      typeof queryInventory
    >[1]);
    if (!rows.ok) throw new Error(rows.error.message);
    expect(rows.value.map((r) => [r.upc, r.onHand])).toEqual([
      ["TENT-2P", 55],
      ["STOVE-1", 12],
      ["STOVE-1", 2],
      ["GPS-9", 1],
    ]);
    expect(futureRecordsFor(state, "TENT-2P")).toMatchObject([{ externalId: "PO-77", onHand: 100 }]);
  });

  it("the CSV example parses, and its tags fit the JSON example", () => {
    const parsed = parseInventoryCsv(block("csv"));
    expect(parsed).toMatchObject({ ok: true, tagCategories: ["Channel"], rows: [2, 3, 4] });
    if (parsed.ok) expect(parsed.items[1]).toEqual({ upc: "STOVE-1", partNumber: "STOVE-1", quantity: 12, lotCode: "L-24", date: "2027-06-30", condition: "New", tags: { Channel: "Marketplace" } });
  });
});
