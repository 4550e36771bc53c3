import { SingleBar } from "cli-progress";
import { REFRESH_ITEM_LIMIT } from "@kibo-inventory/sdk";
import { type Command, InvalidArgumentError } from "commander";
import { type ImportIo, runImport } from "../import-csv.js";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

interface ImportFlags {
  location?: string;
  url: string;
  tenant: number;
  site?: number;
  clientId: string;
  secret: string;
  batchSize: number;
  delimiter: string;
  blankQuantityIsZero?: boolean;
  progress: boolean;
}

/** A cli-progress bar on stderr (drawn only on a terminal). */
function progressBar(): NonNullable<ImportIo["progress"]> {
  const bar = new SingleBar({
    format: "importing |{bar}| {value}/{total} items | {location} batch {batch}/{batches}",
    hideCursor: true,
    clearOnComplete: false,
  });
  return {
    start: (total) => bar.start(total, 0, { location: "-", batch: 0, batches: 0 }),
    update: (done, info) => bar.update(done, info),
    stop: () => bar.stop(),
  };
}

/** `kibo-inventory-mock import FILE.csv --location CODE`: a Kibo-style CSV through the API. */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("load a Kibo-style inventory CSV into a running server through the API (refresh jobs)")
    .argument("<file>", "CSV file: header row of known columns; every other column is a tag category")
    .option("--location <code>", "location of rows without a locationCode cell")
    .option("--url <url>", "server URL", "http://127.0.0.1:4010")
    .option("--tenant <id>", "tenant id", positiveInt, 1000)
    .option("--site <id>", "site id (x-vol-site)", positiveInt)
    .option("--client-id <id>", "OAuth application id", "mock-app")
    .option("--secret <secret>", "OAuth shared secret", "mock-secret")
    .option("--batch-size <n>", `items per refresh request (at most ${REFRESH_ITEM_LIMIT})`, positiveInt, 3000)
    .option("--delimiter <char>", "field delimiter", ",")
    .option("--blank-quantity-is-zero", "read a blank quantity cell as 0")
    .option("--no-progress", "no progress bar")
    .action(async (file: string, flags: ImportFlags) => {
      const io: ImportIo = { log: (line) => console.log(line) };
      if (flags.progress) io.progress = progressBar();
      const summary = await runImport({ file, ...flags }, io);
      if (summary.failed > 0) process.exitCode = 2;
    });
}
