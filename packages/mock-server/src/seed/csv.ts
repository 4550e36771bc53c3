/**
 * Kibo-style inventory CSV files: a header row of known columns, where every other column is a tag
 * category whose cells are that category's values (one category per column). Pure: no `node:*`.
 * csv-parse's sync API tokenizes; its Node build touches `Buffer` as soon as it is imported, so the
 * package's `browser` field maps it to csv-parse's browser build for bundlers (test/browser-entries.test.ts).
 * @see docs/seed-format.md#inventory-csv-files
 */
import { GRANULAR_MAX_LENGTHS, normalizeImportDate, SERIAL_NUMBER_MAX_UNITS } from "@kibo-inventory/spec";
import { parse } from "csv-parse/sync";
import { type CsvColumn, knownCsvColumn } from "./csv-columns.js";
import type { SeedInventoryRecord } from "./types.js";

/** One item read from a CSV row; `locationCode` only when the file has that column and the cell is set. */
export type CsvInventoryItem = Omit<SeedInventoryRecord, "locationCode"> & { locationCode?: string };

/** One problem in a CSV file. `row` is the 1-based line of the file where the row starts (the header is usually row 1). */
export interface CsvIssue {
  readonly row: number;
  /** The header of the bad column, as written in the file. */
  readonly column?: string;
  readonly message: string;
}

/** What {@link parseInventoryCsv} returns: the items, or every problem found. */
export type CsvParseResult =
  | {
      readonly ok: true;
      readonly items: CsvInventoryItem[];
      /** The file line of each item (1-based), to name rows in later errors. */
      readonly rows: number[];
      /** The tag category columns, in file order. */
      readonly tagCategories: string[];
    }
  | { readonly ok: false; readonly issues: CsvIssue[] };

/** Options of {@link parseInventoryCsv}. */
export interface CsvParseOptions {
  /** Field delimiter. @default "," */
  delimiter?: string;
  /** A blank quantity cell means 0 instead of an error. @default false */
  blankQuantityIsZero?: boolean;
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * Reads a granular date cell: ISO 8601 (kept as written) or MM/DD/YYYY (turned into YYYY-MM-DD).
 * Returns undefined for anything else, including impossible days such as 02/30/2026. The import-file
 * rule of `@kibo-inventory/spec` ({@link normalizeImportDate}).
 */
export function parseCsvDate(text: string): string | undefined {
  return normalizeImportDate(text);
}

/**
 * Turns tokenized rows (the header first) into items; pure and tokenizer-independent.
 * @example inventoryRowsToItems([["upc", "quantity", "Channel"], ["A-1", "5", "Web"]])
 */
export function inventoryRowsToItems(
  rows: readonly (readonly string[])[],
  options: CsvParseOptions = {},
  /** The file line of each row (1-based); default: row i is line i + 1. */
  lines?: readonly number[],
): CsvParseResult {
  const [header, ...body] = rows;
  const headerRow = lines?.[0] ?? 1;
  if (header === undefined || header.every((h) => h.trim() === "")) return { ok: false, issues: [{ row: headerRow, message: "the file has no header row" }] };
  const issues: CsvIssue[] = [];
  const columns: ({ kind: "known"; column: CsvColumn } | { kind: "tag"; name: string })[] = [];
  const seen = new Map<string, number>();
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (name === "") {
      issues.push({ row: headerRow, message: `column ${i + 1} has an empty header` });
      columns.push({ kind: "tag", name });
      return;
    }
    const known = knownCsvColumn(name);
    const key = known ?? `tag:${name}`;
    if (seen.has(key)) issues.push({ row: headerRow, column: name, message: `column ${name} is given twice` });
    seen.set(key, i);
    columns.push(known ? { kind: "known", column: known } : { kind: "tag", name });
  });
  if (!seen.has("upc")) issues.push({ row: headerRow, message: "the header has no upc column" });
  if (!seen.has("quantity")) issues.push({ row: headerRow, message: "the header has no quantity column" });
  if (issues.length > 0) return { ok: false, issues };

  const items: CsvInventoryItem[] = [];
  const itemRows: number[] = [];
  body.forEach((cells, r) => {
    const row = lines?.[r + 1] ?? r + 2;
    if (cells.every((c) => c.trim() === "")) return;
    if (cells.length !== header.length) {
      issues.push({ row, message: `has ${cells.length} cells, the header has ${header.length}` });
      return;
    }
    const item: Record<string, unknown> = {};
    const tags: Record<string, string> = {};
    let quantitySeen = false;
    cells.forEach((rawCell, i) => {
      const cell = rawCell.trim();
      const col = columns[i];
      const label = header[i]?.trim() ?? "";
      if (col === undefined) return;
      const bad = (message: string) => issues.push({ row, column: label, message });
      if (col.kind === "tag") {
        if (cell !== "") tags[col.name] = cell;
        return;
      }
      const c = col.column;
      if (c === "quantity") quantitySeen = cell !== "" || options.blankQuantityIsZero === true;
      if (cell === "") return;
      switch (c) {
        case "quantity":
        case "safetyStock":
        case "floor":
          if (!INTEGER.test(cell) || Number(cell) < 0) bad(`${label} must be a whole number ≥ 0, got "${cell}"`);
          else item[c] = Number(cell);
          break;
        case "ltd":
          if (!NUMBER.test(cell)) bad(`${label} must be a number, got "${cell}"`);
          else item[c] = Number(cell);
          break;
        case "date": {
          const date = parseCsvDate(cell);
          if (date === undefined) bad(`${label} must be a date as YYYY-MM-DD (ISO 8601) or MM/DD/YYYY, got "${cell}"`);
          else item[c] = date;
          break;
        }
        case "hasInfiniteInventory": {
          const flag = cell.toLowerCase();
          if (flag !== "true" && flag !== "false") bad(`${label} must be true or false, got "${cell}"`);
          else item.hasInfiniteInventory = flag === "true";
          break;
        }
        case "lotCode":
        case "condition":
        case "serialNumber": {
          const max = GRANULAR_MAX_LENGTHS[c];
          if (cell.length > max) bad(`${label} must be at most ${max} characters`);
          else item[c] = cell;
          break;
        }
        default:
          item[c] = cell;
      }
    });
    const upcLabel = header[seen.get("upc") ?? 0]?.trim() ?? "upc";
    const qtyLabel = header[seen.get("quantity") ?? 0]?.trim() ?? "quantity";
    if (item.upc === undefined) issues.push({ row, column: upcLabel, message: `${upcLabel} is required` });
    if (!quantitySeen) issues.push({ row, column: qtyLabel, message: `${qtyLabel} is required` });
    else if (item.quantity === undefined && !issues.some((i) => i.row === row && i.column === qtyLabel)) item.quantity = 0;
    if (typeof item.serialNumber === "string" && typeof item.quantity === "number" && item.quantity > SERIAL_NUMBER_MAX_UNITS)
      issues.push({ row, column: qtyLabel, message: "a serial-numbered row holds 0 or 1 unit" });
    if (Object.keys(tags).length > 0) item.tags = tags;
    items.push(item as unknown as CsvInventoryItem);
    itemRows.push(row);
  });
  if (issues.length > 0) return { ok: false, issues };
  const tagCategories = columns.flatMap((c) => (c.kind === "tag" ? [c.name] : []));
  return { ok: true, items, rows: itemRows, tagCategories };
}

/**
 * Parses a Kibo-style inventory CSV file into items; every problem names its row and column.
 * @example
 * const parsed = parseInventoryCsv("upc,quantity,lotCode,date,Channel\nA-1,5,L1,06/30/2026,Web\n");
 * if (parsed.ok) parsed.items; // [{ upc: "A-1", quantity: 5, lotCode: "L1", date: "2026-06-30", tags: { Channel: "Web" } }]
 * @see docs/seed-format.md#inventory-csv-files
 */
export function parseInventoryCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      delimiter: options.delimiter ?? ",",
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ row: typeof line === "number" ? line : 0, message }] };
  }
  // info.lines is the line a record ends on; a quoted cell may span lines.
  const lines = parsed.map(({ record, info }) => info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0));
  return inventoryRowsToItems(
    parsed.map((p) => p.record),
    options,
    lines,
  );
}

/** Formats CSV issues one a line: `row 4, column quantity: …` (at most `limit`). */
export function formatCsvIssues(issues: readonly CsvIssue[], limit = 20): string {
  const lines = issues
    .slice(0, limit)
    .map((i) => `  row ${i.row}${i.column === undefined ? "" : `, column ${i.column}`}: ${i.message}`);
  if (issues.length > limit) lines.push(`  … and ${issues.length - limit} more`);
  return lines.join("\n");
}

/** Turns CSV items into seed records at `locationCode` (a row's own locationCode wins). */
export function csvItemsToSeedRecords(items: readonly CsvInventoryItem[], locationCode: string): SeedInventoryRecord[] {
  return items.map((item) => ({ ...item, locationCode: item.locationCode ?? locationCode }));
}
