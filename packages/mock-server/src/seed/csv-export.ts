/**
 * Writes export rows as an inventory CSV file in the import format that {@link parseInventoryCsv}
 * reads (docs/seed-format.md#inventory-csv-files), so an export imports again unchanged: the known
 * columns in their documented order, then one column per tag category.
 */
import type { ExportRow } from "@kibo-inventory/engine";
import { isKnownCsvColumn } from "./csv-columns.js";

/** The known columns an export writes, in the import format's order (`locationCode` only for location exports). */
const COLUMNS = ["upc", "partNumber", "sku", "quantity", "safetyStock", "floor", "ltd", "lotCode", "date", "condition", "serialNumber", "hasInfiniteInventory"] as const;

/** A cell as CSV: quoted when it holds a delimiter, a quote or a line break. */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** What {@link formatInventoryCsv} wrote, or why it could not. */
export type CsvExport = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * The rows as a CSV file. `tagCategories` orders the tag columns (those no row names are left
 * out). A category whose name reads as a known column (e.g. `Location`) cannot be written in the
 * import format: that is refused, not written wrongly.
 * @example formatInventoryCsv([{ locationCode: "WH1", upc: "A-1", quantity: 5, safetyStock: 0, floor: 0, ltd: 0, hasInfiniteInventory: false, tags: { Channel: "Web" } }], ["Channel"], true)
 * // { ok: true, text: "locationCode,upc,…,hasInfiniteInventory,Channel\nWH1,A-1,,,5,0,0,0,,,,,false,Web\n" }
 */
export function formatInventoryCsv(rows: readonly ExportRow[], tagCategories: readonly string[], withLocation: boolean): CsvExport {
  const tags = tagCategories.filter((name) => rows.some((r) => Object.hasOwn(r.tags, name)));
  const clash = tags.find(isKnownCsvColumn);
  if (clash !== undefined) return { ok: false, message: `tag category ${JSON.stringify(clash)} reads as a known column of the import format, so the file cannot carry it` };
  const header = [...(withLocation ? ["locationCode"] : []), ...COLUMNS, ...tags];
  const lines = [header.map(cell).join(",")];
  for (const row of rows) {
    const known = COLUMNS.map((c) => cell(row[c]));
    const tagCells = tags.map((name) => cell(Object.hasOwn(row.tags, name) ? row.tags[name] : undefined));
    lines.push([...(withLocation ? [cell(row.locationCode)] : []), ...known, ...tagCells].join(","));
  }
  return { ok: true, text: `${lines.join("\n")}\n` };
}
