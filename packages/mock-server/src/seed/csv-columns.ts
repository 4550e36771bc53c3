/**
 * The columns of Kibo-style inventory CSV files and how headers are matched to them: read by the
 * parser (csv.ts) and written by exports (csv-export.ts). Kept apart from the parser so that
 * writing a file does not load csv-parse (the service worker's bundle stays free of it).
 * @see docs/seed-format.md#inventory-csv-files
 */
/** The known columns, in their documented order. Any other header names a tag category. */
const CSV_COLUMNS = [
  "locationCode",
  "upc",
  "partNumber",
  "sku",
  "quantity",
  "safetyStock",
  "floor",
  "ltd",
  "lotCode",
  "date",
  "condition",
  "serialNumber",
  "hasInfiniteInventory",
] as const;

/** A known column. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** `Location Code`, `location_code`, `LOCATIONCODE` → `locationcode` (how headers are matched). */
const normalizeHeader = (h: string) => h.replace(/[\s_-]/g, "").toLowerCase();
const KNOWN = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [normalizeHeader(c), c]));
/** Other spellings Kibo's files use. */
for (const [alias, column] of [
  ["location", "locationCode"],
  ["qty", "quantity"],
  ["onhand", "quantity"],
  ["serial", "serialNumber"],
  ["lot", "lotCode"],
  // Kibo's import files name the infinite-inventory flag as the API does.
  ["includeitemswithinfiniteinventoryflag", "hasInfiniteInventory"],
] as const)
  KNOWN.set(alias, column);

/**
 * The known column a header names (any spelling, surrounding spaces ignored), or undefined for a
 * tag category.
 * @example knownCsvColumn("Location Code") // "locationCode"; knownCsvColumn("Channel") // undefined
 */
export function knownCsvColumn(header: string): CsvColumn | undefined {
  return KNOWN.get(normalizeHeader(header.trim()));
}

/** Whether a header names a known column (or one of its other spellings), not a tag category. */
export function isKnownCsvColumn(header: string): boolean {
  return knownCsvColumn(header) !== undefined;
}
