import { describe, expect, it } from "vitest";
import { csvItemsToSeedRecords, formatCsvIssues, inventoryRowsToItems, parseCsvDate, parseInventoryCsv } from "./csv.js";

describe("parseInventoryCsv", () => {
  it("reads the default columns and treats every other column as a tag category", () => {
    const text = [
      "Location Code,UPC,Part Number,SKU,Quantity,Safety Stock,Floor,LTD,Lot Code,Date,Condition,Serial Number,Channel,Region",
      "WH1,A-1,PN-1,SKU-1,12,2,1,3.5,L-7,06/30/2026,New,,Web,North",
      ",A-2,,,0,,,,,2026-07-01,,SN-9,,South",
      "",
    ].join("\r\n");
    const parsed = parseInventoryCsv(text);
    expect(parsed).toEqual({
      ok: true,
      tagCategories: ["Channel", "Region"],
      rows: [2, 3],
      items: [
        {
          locationCode: "WH1",
          upc: "A-1",
          partNumber: "PN-1",
          sku: "SKU-1",
          quantity: 12,
          safetyStock: 2,
          floor: 1,
          ltd: 3.5,
          lotCode: "L-7",
          date: "2026-06-30",
          condition: "New",
          tags: { Channel: "Web", Region: "North" },
        },
        { upc: "A-2", quantity: 0, date: "2026-07-01", serialNumber: "SN-9", tags: { Region: "South" } },
      ],
    });
    if (parsed.ok)
      expect(csvItemsToSeedRecords(parsed.items, "STORE").map((r) => r.locationCode)).toEqual(["WH1", "STORE"]);
  });

  it("matches headers loosely and handles quotes, a BOM and semicolons", () => {
    const parsed = parseInventoryCsv('\uFEFFupc;qty;"Gift Wrap"\n"A;1";"3";"Yes, please"\n', { delimiter: ";" });
    expect(parsed).toEqual({ ok: true, tagCategories: ["Gift Wrap"], rows: [2], items: [{ upc: "A;1", quantity: 3, tags: { "Gift Wrap": "Yes, please" } }] });
  });

  it("names the row and column of every problem", () => {
    const text = [
      "upc,quantity,date,serialNumber,lotCode",
      "A,5,13/01/2026,,",
      ",x,,,",
      "B,2,,SN-1,",
      "C,,02/30/2026,,",
      "D,1",
    ].join("\n");
    const parsed = parseInventoryCsv(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "date"],
      [3, "quantity"],
      [3, "upc"],
      [4, "quantity"],
      [5, "date"],
      [5, "quantity"],
      [6, undefined],
    ]);
    expect(formatCsvIssues(parsed.issues, 1)).toBe(
      '  row 2, column date: date must be a date as YYYY-MM-DD (ISO 8601) or MM/DD/YYYY, got "13/01/2026"\n  … and 6 more',
    );
  });

  it("counts file lines through quoted line breaks and blank lines", () => {
    const parsed = parseInventoryCsv('upc,quantity,Note\n\nA,1,"two\nlines"\nB,-1,x\n');
    expect(parsed).toMatchObject({ ok: false, issues: [{ row: 5, column: "quantity" }] });
  });

  it("reports header problems", () => {
    expect(parseInventoryCsv("")).toMatchObject({ ok: false, issues: [{ row: 1, message: "the file has no header row" }] });
    expect(parseInventoryCsv("sku,UPC,upc\n")).toMatchObject({
      ok: false,
      issues: [{ row: 1, column: "upc", message: "column upc is given twice" }, { message: "the header has no quantity column" }],
    });
    expect(parseInventoryCsv('upc,quantity\n"A,1\n')).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining("Quote") }] });
  });

  it("can treat blank quantities as zero", () => {
    expect(inventoryRowsToItems([["upc", "quantity"], ["A", ""]], { blankQuantityIsZero: true })).toEqual({
      ok: true,
      tagCategories: [],
      rows: [2],
      items: [{ upc: "A", quantity: 0 }],
    });
  });
});

describe("parseCsvDate", () => {
  it("accepts ISO dates and MM/DD/YYYY, nothing else", () => {
    expect(parseCsvDate("2026-06-30")).toBe("2026-06-30");
    expect(parseCsvDate("2026-06-30T10:00:00-0500")).toBe("2026-06-30T10:00:00-0500");
    expect(parseCsvDate("6/3/2026")).toBe("2026-06-03");
    expect(parseCsvDate("2026-02-30")).toBeUndefined();
    expect(parseCsvDate("30.06.2026")).toBeUndefined();
  });
});
