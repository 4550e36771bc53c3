import { describe, expect, it } from "vitest";
import { GRANULAR_DATE_FORMS, GRANULAR_DATE_PATTERN, normalizeImportDate } from "./granular.js";

describe("normalizeImportDate (dates in import files)", () => {
  it("keeps ISO 8601 as written and turns MM/DD/YYYY into YYYY-MM-DD", () => {
    expect(normalizeImportDate("2026-06-30")).toBe("2026-06-30");
    expect(normalizeImportDate("2026-06-30T10:00:00-0500")).toBe("2026-06-30T10:00:00-0500");
    expect(normalizeImportDate("06/30/2026")).toBe("2026-06-30");
    expect(normalizeImportDate("6/3/2026")).toBe("2026-06-03");
  });

  it("refuses impossible days and other forms", () => {
    for (const text of ["2026-02-30", "02/30/2026", "2026-13-01", "31/12/2025", "30.06.2026", " 2026-06-30", ""])
      expect(normalizeImportDate(text), text).toBeUndefined();
  });

  it("takes a space before the time unless told not to", () => {
    expect(normalizeImportDate("2026-06-30 10:00")).toBe("2026-06-30 10:00");
    expect(normalizeImportDate("2026-06-30 10:00", { spaceBeforeTime: false })).toBeUndefined();
    expect(normalizeImportDate("2026-06-30T10:00", { spaceBeforeTime: false })).toBe("2026-06-30T10:00");
  });
});

describe("GRANULAR_DATE_FORMS", () => {
  it.each(GRANULAR_DATE_FORMS)("$form: the wire pattern and the import rule take $example as the table says", (f) => {
    expect(GRANULAR_DATE_PATTERN.test(f.example)).toBe(f.onTheWire);
    expect(normalizeImportDate(f.example) !== undefined).toBe(f.inImportFiles);
  });
});
