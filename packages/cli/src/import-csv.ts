import { readFile } from "node:fs/promises";
import { type CsvInventoryItem, formatCsvIssues, parseInventoryCsv } from "@kibo-inventory/mock-server";
import { type BulkProgress, createInventoryClient, type RefreshItem, refreshAll } from "@kibo-inventory/sdk";

/** Options of `kibo-inventory-mock import`. */
export interface ImportOptions {
  /** The CSV file. */
  file: string;
  /** Location of rows without a locationCode cell. */
  location?: string | undefined;
  /** The server. @default "http://127.0.0.1:4010" */
  url?: string | undefined;
  /** @default 1000 */
  tenant?: number | undefined;
  /** Sent as `x-vol-site` when given. */
  site?: number | undefined;
  /** @default "mock-app" */
  clientId?: string | undefined;
  /** @default "mock-secret" */
  secret?: string | undefined;
  /** Items per refresh request (≤ 12,000). @default 3000 */
  batchSize?: number | undefined;
  /** @default "," */
  delimiter?: string | undefined;
  /** A blank quantity cell means 0. @default false */
  blankQuantityIsZero?: boolean | undefined;
}

/** Where `import` reports: lines, and progress (called on every batch event). */
export interface ImportIo {
  log(line: string): void;
  progress?: {
    start(total: number): void;
    update(done: number, info: { location: string; batch: number; batches: number }): void;
    stop(): void;
  };
}

/** One item the server did not apply. */
export interface ImportFailure {
  /** The CSV line of the item. */
  row: number;
  locationCode: string;
  upc: string;
  message: string;
  field?: string;
}

/** What an import did. */
export interface ImportSummary {
  items: number;
  locations: string[];
  batches: number;
  succeeded: number;
  failed: number;
  failures: ImportFailure[];
}

/**
 * The wire form of a CSV item: `ltd` is spelled `lTD` on the wire, and the infinite-inventory flag
 * `includeItemsWithInfiniteInventoryFlag`.
 */
function toWire(item: CsvInventoryItem): RefreshItem {
  const { locationCode: _l, ltd, hasInfiniteInventory, ...rest } = item;
  return {
    ...rest,
    ...(ltd === undefined ? {} : { lTD: ltd }),
    ...(hasInfiniteInventory === undefined ? {} : { includeItemsWithInfiniteInventoryFlag: hasInfiniteInventory }),
  };
}

/**
 * Loads a Kibo-style inventory CSV into a running server through the Inventory API: one
 * `refreshAll` per location (batched refresh jobs), with progress. Bad files are refused before
 * anything is sent, naming every bad row and column.
 * @example await runImport({ file: "stock.csv", location: "homebase" }, { log: console.log });
 * @see docs/seed-format.md#inventory-csv-files
 */
export async function runImport(options: ImportOptions, io: ImportIo): Promise<ImportSummary> {
  const parsed = parseInventoryCsv(await readFile(options.file, "utf8"), {
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    ...(options.blankQuantityIsZero === undefined ? {} : { blankQuantityIsZero: options.blankQuantityIsZero }),
  });
  if (!parsed.ok) throw new Error(`${options.file}: ${parsed.issues.length} problem(s)\n${formatCsvIssues(parsed.issues)}`);

  const byLocation = new Map<string, { items: RefreshItem[]; rows: number[] }>();
  const missing: number[] = [];
  parsed.items.forEach((item, i) => {
    const row = parsed.rows[i] ?? i + 2;
    const code = item.locationCode ?? options.location;
    if (code === undefined) {
      missing.push(row);
      return;
    }
    const group = byLocation.get(code) ?? { items: [], rows: [] };
    group.items.push(toWire(item));
    group.rows.push(row);
    byLocation.set(code, group);
  });
  if (missing.length > 0)
    throw new Error(`${options.file}: rows ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""} have no locationCode; pass --location CODE`);

  const url = (options.url ?? "http://127.0.0.1:4010").replace(/\/+$/, "");
  const client = createInventoryClient({
    tenantId: options.tenant ?? 1000,
    ...(options.site === undefined ? {} : { siteId: options.site }),
    baseUrl: `${url}/api`,
    authHost: url,
    clientId: options.clientId ?? "mock-app",
    sharedSecret: options.secret ?? "mock-secret",
  });

  const summary: ImportSummary = { items: parsed.items.length, locations: [...byLocation.keys()], batches: 0, succeeded: 0, failed: 0, failures: [] };
  io.progress?.start(parsed.items.length);
  let before = 0;
  try {
    for (const [locationCode, group] of byLocation) {
      const onProgress = (p: BulkProgress) =>
        io.progress?.update(before + p.itemsDone, { location: locationCode, batch: p.batch + 1, batches: p.batches });
      const result = await refreshAll(client, locationCode, group.items, {
        ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
        onProgress,
      });
      before += group.items.length;
      summary.batches += result.batches.length;
      summary.succeeded += result.succeeded;
      summary.failed += result.failed;
      for (const f of result.failures) {
        const failure: ImportFailure = { row: group.rows[f.index] ?? 0, locationCode, upc: f.item.upc ?? "", message: f.message };
        if (f.field !== undefined) failure.field = f.field;
        summary.failures.push(failure);
      }
    }
  } finally {
    io.progress?.stop();
  }
  summary.failures.sort((a, b) => a.row - b.row);
  io.log(
    `imported ${summary.items} item(s) to ${summary.locations.join(", ")} in ${summary.batches} batch(es): ${summary.succeeded} applied, ${summary.failed} failed`,
  );
  for (const f of summary.failures.slice(0, 20))
    io.log(`  row ${f.row} (${f.locationCode}, upc ${f.upc})${f.field ? ` ${f.field}` : ""}: ${f.message}`);
  if (summary.failures.length > 20) io.log(`  … and ${summary.failures.length - 20} more`);
  return summary;
}
