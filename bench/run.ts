/**
 * Runs the performance budget (issue 6). Each figure runs in its own Node process (clean heap,
 * --expose-gc); results are collected from `BENCH_RESULT` lines.
 *
 *   npm run bench      full sizes → bench/results/latest.json + the tables in docs/performance.md
 *   npm run bench:ci   short run  → bench/results/ci.json; exits 1 when a target is missed
 *
 * `--only=<file>` runs one figure file (e.g. --only=msw-query).
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import type { FigureResult } from "./lib/result.js";

const ci = process.argv.includes("--ci");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const FIGURES = ["msw-query", "engine-store-size", "engine-allocate", "engine-allocate-short", "sdk-refresh", "msw-restore", "engine-memory", "sdk-query", "http-query", "server-soak", "http-load", "state-write", "sdk-vs-official-http", "sdk-vs-official-msw", "frontend-per-test"];
const root = fileURLToPath(new URL("..", import.meta.url));

interface Run {
  readonly file: string;
  readonly results: FigureResult[];
  readonly error?: string;
  readonly seconds: number;
}

function runFigure(file: string): Promise<Run> {
  const t0 = performance.now();
  const args = ["--expose-gc", "--max-old-space-size=6144", "--import", "tsx", `bench/figures/${file}.ts`, ...(ci ? ["--ci"] : [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on("exit", (code, signal) => {
      const results = out
        .split("\n")
        .filter((line) => line.startsWith("BENCH_RESULT "))
        .map((line) => JSON.parse(line.slice("BENCH_RESULT ".length)) as FigureResult);
      const seconds = (performance.now() - t0) / 1000;
      resolve(code === 0 ? { file, results, seconds } : { file, results, seconds, error: `exited with ${code ?? signal}` });
    });
  });
}

const machine = {
  cpu: cpus()[0]?.model.trim() ?? "unknown",
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  date: new Date().toISOString(),
  loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  mode: ci ? "ci (short)" : "full",
};
console.log(`bench (${machine.mode}) on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.join(" ")}`);

/**
 * In CI a figure file whose result misses a target runs again (a fresh process), up to
 * `CI_ATTEMPTS` times, and the last attempt counts: on a shared 2-core machine one run in a few
 * lands in a noisy minute, while a real regression misses every time. Every attempt is logged.
 */
const CI_ATTEMPTS = 3;

/**
 * Figures with a target that `bench:ci` reports but does not fail on, each with the figure that
 * gates it instead. 3-allocate-throughput compares with a mutable Map whose speed swings with the
 * host's memory from hour to hour; its gate compares the same calls with a persistent floor measured
 * beside them (docs/decisions/0008-allocation-throughput-gate.md).
 */
const GATED_ELSEWHERE: ReadonlyMap<string, string> = new Map([["3-allocate-throughput", "3-allocate-vs-floor"]]);
const gated = (r: FigureResult): boolean => !GATED_ELSEWHERE.has(r.id);
/** The results of a run that miss a target CI enforces. */
const blockingMisses = (results: readonly FigureResult[]): FigureResult[] => results.filter((r) => r.pass === false && gated(r));
const missesTarget = (run: Run): boolean => run.error !== undefined || blockingMisses(run.results).length > 0;

const fmt = (x: number | null): string => (x === null ? "—" : x >= 100 ? Math.round(x).toLocaleString("en") : String(Number(x.toPrecision(3))));

const runs: Run[] = [];
for (const file of only === undefined ? FIGURES : [only]) {
  console.log(`\n▶ ${file}`);
  let run = await runFigure(file);
  for (let attempt = 2; ci && attempt <= CI_ATTEMPTS && missesTarget(run); attempt++) {
    const missed = blockingMisses(run.results).map((r) => `${r.id} ${fmt(r.ratio)}×`);
    console.log(`  ${file}: missed (${missed.join(", ") || run.error}); measuring again, attempt ${attempt} of ${CI_ATTEMPTS}`);
    run = await runFigure(file);
  }
  runs.push(run);
}
const results = runs.flatMap((r) => r.results).sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
const errors = runs.filter((r) => r.error !== undefined).map((r) => `${r.file}: ${r.error}`);

function table(rows: FigureResult[]): string {
  const lines = [
    "| # | Figure | Value | Baseline | Ratio (p25–p75) | Target | Pass |",
    "|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const target = r.target === null ? "info" : r.targetOn === "value" ? `≤ ${fmt(r.target)} ${r.unit}` : `≤ ${fmt(r.target)}×`;
      const ratio = r.ratio === null ? "—" : `${fmt(r.ratio)}×${r.spread ? ` (${fmt(r.spread[0])}–${fmt(r.spread[1])})` : ""}`;
      const pass = r.pass === null ? "—" : r.pass ? "✅" : "❌";
      return `| ${r.id} | ${r.name} | ${fmt(r.value)} ${r.unit} | ${fmt(r.baseline)} (${r.baselineLabel}) | ${ratio} | ${target} | ${pass} |`;
    }),
  ];
  return lines.join("\n");
}

const missed = results.filter((r) => r.pass === false);
const summary = { machine, results, errors, seconds: Number(runs.reduce((s, r) => s + r.seconds, 0).toFixed(1)) };
const outFile = ci ? "bench/results/ci.json" : "bench/results/latest.json";
if (only === undefined) writeFileSync(`${root}${outFile}`, `${JSON.stringify(summary, null, 2)}\n`);

if (!ci && only === undefined) {
  const docPath = `${root}docs/performance.md`;
  const doc = readFileSync(docPath, "utf8");
  const start = "<!-- bench:results:start -->";
  const end = "<!-- bench:results:end -->";
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${docPath}: markers ${start} … ${end} not found`);
  const block = [
    start,
    "",
    `Measured ${machine.date.slice(0, 16).replace("T", " ")} UTC on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.platform}); load average at start ${machine.loadAverage.join(" / ")}. Full run: ${summary.seconds} s.`,
    "",
    table(results),
    ...(errors.length > 0 ? ["", `Errors: ${errors.join("; ")}`] : []),
    "",
    end,
  ].join("\n");
  writeFileSync(docPath, doc.slice(0, i) + block + doc.slice(j + end.length));
}

console.log(`\n${table(results)}\n`);
for (const r of runs) console.log(`  ${r.file}: ${r.seconds.toFixed(1)} s${r.error ? ` — ${r.error}` : ""}`);
if (errors.length > 0) console.log(`\nFigure errors: ${errors.join("; ")}`);
if (missed.length > 0) console.log(`\nTargets missed: ${missed.map((r) => `${r.id} (${fmt(r.ratio)}× / target ${fmt(r.target)})`).join(", ")}`);
console.log(`Wrote ${only === undefined ? outFile : "nothing (--only)"}${!ci && only === undefined ? " and docs/performance.md" : ""}.`);
const blocking = blockingMisses(results);
if (ci && missed.length > blocking.length)
  console.log(
    `Missed, not gated: ${missed
      .filter((r) => !gated(r))
      .map((r) => `${r.id} (gated by ${GATED_ELSEWHERE.get(r.id)})`)
      .join(", ")}`,
  );
if (ci && (blocking.length > 0 || errors.length > 0)) process.exit(1);
