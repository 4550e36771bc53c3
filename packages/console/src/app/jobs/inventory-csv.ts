/**
 * Kibo-style inventory CSV in the browser (docs/seed-format.md#inventory-csv-files): a header row of
 * known columns, every other column a tag category. Only the shape is checked here (a UPC, a
 * whole-number quantity); the server judges the rest when the items are refreshed.
 */
import type { RefreshItem } from "@kibo-inventory/sdk";

/** Splits CSV text into rows of cells (RFC 4180 quoting, CRLF or LF, a BOM dropped, blank lines skipped). */
export function tokenizeCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = (): void => {
    row.push(cell);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    cell = "";
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") endRow();
    else if (c !== "\r") cell += c;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

const NUMBER_COLUMNS = new Set(["quantity", "safetyStock", "floor", "ltd"]);
const TEXT_COLUMNS = new Set(["upc", "partNumber", "sku", "lotCode", "date", "condition", "serialNumber"]);

/** The items of a CSV file by location, the file line of each, and what is wrong with the file. */
export interface CsvImport {
  readonly byLocation: ReadonlyMap<string, RefreshItem[]>;
  readonly items: number;
  readonly tagCategories: readonly string[];
  readonly issues: readonly string[];
}

/** Reads a CSV file into refresh items; rows without a `locationCode` cell go to `defaultLocation`. */
export function readInventoryCsv(text: string, defaultLocation: string): CsvImport {
  const [header, ...rows] = tokenizeCsv(text);
  const issues: string[] = [];
  const byLocation = new Map<string, RefreshItem[]>();
  if (header === undefined) return { byLocation, items: 0, tagCategories: [], issues: ["The file is empty."] };
  const columns = header.map((h) => h.trim());
  const tagCategories = columns.filter((c) => c !== "locationCode" && !NUMBER_COLUMNS.has(c) && !TEXT_COLUMNS.has(c));
  if (!columns.includes("upc")) issues.push("The header has no upc column.");
  if (!columns.includes("quantity")) issues.push("The header has no quantity column.");
  let items = 0;
  rows.forEach((cells, index) => {
    const line = index + 2;
    const item: Record<string, unknown> = {};
    const tags: Record<string, string> = {};
    let location = defaultLocation;
    columns.forEach((column, i) => {
      const value = (cells[i] ?? "").trim();
      if (value === "") return;
      if (column === "locationCode") location = value;
      else if (NUMBER_COLUMNS.has(column)) {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 0) item[column === "ltd" ? "lTD" : column] = n;
        else {
          issues.push(`Line ${line}, ${column}: "${value}" is not a whole number ≥ 0.`);
          item[column] = Number.NaN;
        }
      } else if (TEXT_COLUMNS.has(column)) item[column] = value;
      else tags[column] = value;
    });
    if (item.upc === undefined) issues.push(`Line ${line}: no upc.`);
    if (item.quantity === undefined) issues.push(`Line ${line}: no quantity.`);
    if (location === "") issues.push(`Line ${line}: no locationCode, and no location chosen for such rows.`);
    if (Object.keys(tags).length > 0) item.tags = tags;
    const list = byLocation.get(location) ?? [];
    list.push(item as RefreshItem);
    byLocation.set(location, list);
    items++;
  });
  return { byLocation, items, tagCategories, issues };
}
