/**
 * Figure 12 — what `--state FILE` costs a write: a 1-item refresh against the standalone server
 * with `--state` (journal append before the answer) vs the same server without it, both holding
 * the same records (full: 100,000; CI: 20,000 — the journal append does not grow with the store).
 * Both servers run in one child process (like the CLI); this process sends the requests over
 * loopback (global fetch, keep-alive). A query beside it (informational) shows reads pay nothing.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { QUERY_PATH, REFRESH_PATH } from "../lib/mock.js";
import { emit, isCi, latencyFigure, log } from "../lib/result.js";
import { compare } from "../lib/sample.js";
import { locationName, upcName } from "../lib/store.js";

interface Servers {
  stateUrl: string;
  plainUrl: string;
  headers: Record<string, string>;
  queryBody: string;
  loadMs: number;
}

const records = isCi ? 20_000 : 100_000;
const child = spawn(
  process.execPath,
  [...process.execArgv.filter((a) => !a.startsWith("--cpu-prof")), fileURLToPath(new URL("../lib/state-servers.ts", import.meta.url)), String(records)],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const servers = await new Promise<Servers>((resolve, reject) => {
  child.once("exit", (code) => reject(new Error(`server process exited with ${code}`)));
  createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line) as Servers));
});
log(`  servers up (${records} records): --state loaded in ${Math.round(servers.loadMs)} ms`);

async function refresh(origin: string, i: number): Promise<void> {
  const body = JSON.stringify({ locationCode: locationName(0), items: [{ upc: upcName(i % 100), quantity: 1 + (i % 50) }] });
  const res = await fetch(`${origin}${REFRESH_PATH}`, { method: "POST", headers: servers.headers, body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${origin} refresh answered ${res.status}: ${text.slice(0, 300)}`);
}
async function query(origin: string): Promise<void> {
  const res = await fetch(`${origin}${QUERY_PATH}`, { method: "POST", headers: servers.headers, body: servers.queryBody });
  await res.text();
  if (res.status !== 200) throw new Error(`${origin} query answered ${res.status}`);
}

const options = isCi ? { sampleMs: 100, samples: 15, warmupMs: 500 } : { sampleMs: 100, samples: 31, warmupMs: 1500 };
try {
  const writes = await compare(
    (i) => refresh(servers.plainUrl, i),
    (i) => refresh(servers.stateUrl, i),
    options,
  );
  emit(
    latencyFigure(
      {
        id: "12-state-write",
        name: `Standalone server with --state: a 1-item refresh (${records.toLocaleString("en")} records)`,
        baselineLabel: "the same server and records without --state",
        target: 2,
        notes: "journal append (no fsync) before the answer; per request over loopback",
      },
      writes,
    ),
  );
  const reads = await compare(
    () => query(servers.plainUrl),
    () => query(servers.stateUrl),
    options,
  );
  emit(
    latencyFigure(
      {
        id: "12-state-query",
        name: `Standalone server with --state: a 10-product query (${records.toLocaleString("en")} records)`,
        baselineLabel: "the same server and records without --state",
        target: null,
        notes: "reads never touch the state files",
      },
      reads,
    ),
  );
} finally {
  child.kill();
}
