import { describe, expect, it } from "vitest";
import { readInventoryCsv, tokenizeCsv } from "./inventory-csv.js";

describe("tokenizeCsv", () => {
  it("reads quoted cells, doubled quotes, CRLF, a BOM, and skips blank lines", () => {
    expect(tokenizeCsv('\ufeffa,b\r\n"x,1","say ""hi"""\n\n3,\n')).toEqual([
      ["a", "b"],
      ["x,1", 'say "hi"'],
      ["3", ""],
    ]);
  });
});

describe("readInventoryCsv", () => {
  it("maps known columns (ltd → lTD), other headers to tags, and groups by location", () => {
    const csv = "locationCode,upc,quantity,ltd,lotCode,Channel\nWH1,A,5,2,L1,Web\n,B,0,,,\nWH2,C,7,,,Store\n";
    const read = readInventoryCsv(csv, "HOME");
    expect(read.issues).toEqual([]);
    expect(read.items).toBe(3);
    expect(read.tagCategories).toEqual(["Channel"]);
    expect(Object.fromEntries(read.byLocation)).toEqual({
      WH1: [{ upc: "A", quantity: 5, lTD: 2, lotCode: "L1", tags: { Channel: "Web" } }],
      HOME: [{ upc: "B", quantity: 0 }],
      WH2: [{ upc: "C", quantity: 7, tags: { Channel: "Store" } }],
    });
  });

  it("names each bad line and column", () => {
    const read = readInventoryCsv("upc,quantity\nA,-1\nB,2.5\n,3\nC,\n", "");
    expect(read.issues).toEqual([
      'Line 2, quantity: "-1" is not a whole number ≥ 0.',
      "Line 2: no locationCode, and no location chosen for such rows.",
      'Line 3, quantity: "2.5" is not a whole number ≥ 0.',
      "Line 3: no locationCode, and no location chosen for such rows.",
      "Line 4: no upc.",
      "Line 4: no locationCode, and no location chosen for such rows.",
      "Line 5: no quantity.",
      "Line 5: no locationCode, and no location chosen for such rows.",
    ]);
    expect(readInventoryCsv("sku\nx\n", "W").issues).toEqual(["The header has no upc column.", "The header has no quantity column.", "Line 2: no upc.", "Line 2: no quantity."]);
  });
});
