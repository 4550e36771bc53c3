/**
 * Child process of figure 12: two standalone servers as `kibo-inventory-mock serve` runs them
 * (`runServe`), holding the same records — one with `--state FILE` (loaded from FILE, journal on),
 * one without. Prints one JSON line `{ stateUrl, plainUrl, headers, queryBody, loadMs }` on
 * stdout, then serves until killed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runServe } from "@kibo-inventory/cli";
import { loadedMock } from "./mock.js";

const records = Number(process.argv[2] ?? 100_000);
const loaded = await loadedMock(records);
const document = loaded.mock.exportState();
const dir = mkdtempSync(join(tmpdir(), "kibo-bench-state-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, "state.json");
writeFileSync(file, JSON.stringify(document));

const quiet = { log: () => undefined };
const t0 = performance.now();
const withState = await runServe({ port: 0, empty: true, state: file }, quiet);
const loadMs = performance.now() - t0;
const plain = await runServe({ port: 0, empty: true }, quiet);
plain.mock.importState(document);

process.stdout.write(
  `${JSON.stringify({ stateUrl: withState.server.url, plainUrl: plain.server.url, headers: loaded.headers, queryBody: loaded.queryBody, loadMs })}\n`,
);
