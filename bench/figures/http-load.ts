/**
 * Figure 11 — the standalone server under a bounded mixed load (issue 14 §7): 10,000 requests over
 * 32 keep-alive connections, about half valid (queries, refreshes, RIS GraphQL, tickets, health)
 * and half refused (malformed JSON, non-JSON types, bad tokens, foreign Host, unknown paths and
 * methods, GraphQL nested 3,000 levels, unknown tenants). Budget: no 5xx at all (11a); the
 * latency percentiles are reported (11b, informational: absolute times move with the host's load).
 * The server runs in a child process, as the CLI does.
 */
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { QUERY_PATH, REFRESH_PATH } from "../lib/mock.js";
import { emit, isCi, log, round } from "../lib/result.js";
import { locationName } from "../lib/store.js";

interface Served {
  url: string;
  port: number;
  headers: Record<string, string>;
  queryBody: string;
}

const TOTAL = 10_000;
const CONNECTIONS = 32;
const GRAPHQL_PATH = "/api/commerce/realtime-inventory/graphql";

const child = spawn(
  process.execPath,
  [...process.execArgv.filter((a) => !a.startsWith("--cpu-prof")), fileURLToPath(new URL("../lib/load-server.ts", import.meta.url)), isCi ? "5000" : "10000"],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const served = await new Promise<Served>((resolve, reject) => {
  child.once("exit", (code) => reject(new Error(`server process exited with ${code}`)));
  createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line) as Served));
});

interface Shot {
  readonly kind: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

const api = served.headers;
const deep = (n: number) => `{ getProductSiteAvailability(productCodes: ["A"]) ${"{ a ".repeat(n)}${"}".repeat(n)} }`;
const shots: ((i: number) => Shot)[] = [
  () => ({ kind: "query", method: "POST", path: QUERY_PATH, headers: api, body: served.queryBody }),
  (i) => ({ kind: "refresh", method: "POST", path: REFRESH_PATH, headers: api, body: JSON.stringify({ locationCode: locationName(i % 5), items: [{ upc: `LOAD-${i % 100}`, quantity: i % 50 }] }) }),
  () => ({ kind: "graphql", method: "POST", path: GRAPHQL_PATH, headers: api, body: JSON.stringify({ query: '{ getProductSiteAvailability(productCodes: ["A"]) { ats } }' }) }),
  () => ({ kind: "health", method: "GET", path: "/__mock/health", headers: {} }),
  () => ({
    kind: "ticket",
    method: "POST",
    path: "/api/platform/applications/authtickets/oauth",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" }),
  }),
  () => ({ kind: "malformed-json", method: "POST", path: REFRESH_PATH, headers: api, body: '{"items": [' }),
  () => ({ kind: "text-plain", method: "POST", path: REFRESH_PATH, headers: { ...api, "content-type": "text/plain" }, body: "{}" }),
  () => ({ kind: "bad-token", method: "POST", path: QUERY_PATH, headers: { ...api, authorization: "Bearer mock-at-000005" }, body: served.queryBody }),
  () => ({ kind: "foreign-host", method: "GET", path: "/__mock/snapshot", headers: { host: "attacker.example" } }),
  () => ({ kind: "unknown-path", method: "GET", path: "/api/commerce/nothing/here", headers: api }),
  () => ({ kind: "trace", method: "TRACE", path: "/", headers: {} }),
  () => ({ kind: "deep-graphql", method: "POST", path: GRAPHQL_PATH, headers: api, body: JSON.stringify({ query: deep(3_000) }) }),
  () => ({ kind: "unknown-tenant", method: "POST", path: QUERY_PATH, headers: { ...api, "x-vol-tenant": "999" }, body: served.queryBody }),
  () => ({ kind: "bad-items", method: "POST", path: REFRESH_PATH, headers: api, body: JSON.stringify({ locationCode: "LOC-00", items: [{ upc: "", quantity: -1 }] }) }),
];

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
function send(shot: Shot): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...shot.headers };
    if (shot.body !== undefined) headers["content-length"] = String(Buffer.byteLength(shot.body));
    const req = request({ host: "127.0.0.1", port: served.port, method: shot.method, path: shot.path, headers, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(shot.body);
  });
}

try {
  const latencies: number[] = [];
  const byStatus = new Map<number, number>();
  const failures: string[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let i = next++; i < TOTAL; i = next++) {
        const shot = (shots[i % shots.length] as (i: number) => Shot)(i);
        const start = performance.now();
        const status = await send(shot);
        latencies.push(performance.now() - start);
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        if (status >= 500 && failures.length < 10) failures.push(`${shot.kind} → ${status}`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  const fivexx = [...byStatus].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(" ");
  log(`  ${TOTAL} requests in ${seconds.toFixed(1)} s over ${CONNECTIONS} connections: ${statuses}${failures.length ? `; 5xx: ${failures.join(", ")}` : ""}`);
  emit({
    id: "11a-http-load-5xx",
    name: `Standalone server, ${TOTAL.toLocaleString("en")} mixed valid/invalid requests over ${CONNECTIONS} connections: 5xx answers`,
    value: fivexx,
    unit: "5xx",
    baseline: null,
    baselineLabel: "none (budget: no 5xx)",
    ratio: null,
    target: 0,
    targetOn: "value",
    pass: fivexx === 0,
    notes: `statuses ${statuses}; ${Math.round(TOTAL / seconds)} req/s`,
  });
  emit({
    id: "11b-http-load-p99",
    name: `Standalone server, ${TOTAL.toLocaleString("en")} mixed requests over ${CONNECTIONS} connections: p99 latency`,
    value: pct(99),
    unit: "ms",
    baseline: pct(50),
    baselineLabel: "p50 of the same run",
    ratio: round(pct(99) / Math.max(pct(50), 0.001)),
    target: null,
    targetOn: "value",
    pass: null,
    notes: `p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`,
  });
} finally {
  child.kill();
}
