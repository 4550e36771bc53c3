/**
 * Figure 8 — the standalone server over loopback HTTP: the figure-1 query against `listen()` (the
 * CLI's server, 100,000 records) vs a plain node:http server answering the same bytes. Both servers
 * run in one child process (like the CLI, apart from the load generator); this process sends the
 * requests with global fetch (undici, keep-alive): (a) one at a time, (b) 32 concurrent.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { QUERY_PATH } from "../lib/mock.js";
import { emit, isCi, latencyFigure, log } from "../lib/result.js";
import { compare } from "../lib/sample.js";

interface Servers {
  mockUrl: string;
  plainUrl: string;
  headers: Record<string, string>;
  queryBody: string;
  bytes: number;
}

const child = spawn(process.execPath, [...process.execArgv.filter((a) => !a.startsWith("--cpu-prof")), fileURLToPath(new URL("../lib/http-servers.ts", import.meta.url))], {
  stdio: ["ignore", "pipe", "inherit"],
});
const servers = await new Promise<Servers>((resolve, reject) => {
  child.once("exit", (code) => reject(new Error(`server process exited with ${code}`)));
  createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line) as Servers));
});
log(`  servers up: ${servers.mockUrl} (reference) and ${servers.plainUrl} (plain), ${servers.bytes} bytes`);

async function one(origin: string): Promise<void> {
  const res = await fetch(`${origin}${QUERY_PATH}`, { method: "POST", headers: servers.headers, body: servers.queryBody });
  const text = await res.text();
  if (res.status !== 200 || text.length !== servers.bytes) throw new Error(`${origin} answered ${res.status}, ${text.length} bytes`);
}
async function concurrent(origin: string): Promise<void> {
  await Promise.all(Array.from({ length: 32 }, () => one(origin)));
}

/**
 * Added to the 2× budget by `--ci` only. Both servers share the client's 2 cores, so the ratio of a
 * clean run spreads widely: 8a read 1.07–1.98× and 8b 1.54–2.57× over alternating runs of one tree
 * (issue 14's closing note), and 8b read 1.98× in a clean CI run. At 2.5× the gate still fails a
 * server that does twice its work per request (about 3×); full runs keep the 2× budget.
 */
const GATE_MARGIN = isCi ? 0.5 : 0;

try {
  const sequential = await compare(
    () => one(servers.plainUrl),
    () => one(servers.mockUrl),
    // 100 ms samples hold several scavenges of the server process each (bench/README.md, "Method").
    isCi ? { sampleMs: 100, samples: 15, warmupMs: 500 } : { sampleMs: 100, samples: 31, warmupMs: 1500 },
  );
  emit(
    latencyFigure(
      {
        id: "8a-http-sequential",
        name: "Standalone server over loopback HTTP, sequential queries",
        baselineLabel: "plain node:http server returning the same bytes",
        target: 2 + GATE_MARGIN,
        notes: "per request; client in a separate process from the servers",
      },
      sequential,
    ),
  );
  const parallel = await compare(
    () => concurrent(servers.plainUrl),
    () => concurrent(servers.mockUrl),
    isCi ? { sampleMs: 100, samples: 15, warmupMs: 500 } : { sampleMs: 100, samples: 31, warmupMs: 1500 },
  );
  emit(
    latencyFigure(
      {
        id: "8b-http-concurrent",
        name: "Standalone server over loopback HTTP, 32 concurrent queries",
        baselineLabel: "plain node:http server returning the same bytes",
        target: 2 + GATE_MARGIN,
        notes: "per batch of 32 concurrent requests",
      },
      parallel,
    ),
  );
} finally {
  child.kill();
}
