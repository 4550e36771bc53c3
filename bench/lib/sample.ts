/**
 * A tiny A/B sampler for a noisy machine. Baseline (A) and subject (B) samples are interleaved in
 * an ABBA pattern, so drift (thermal, other tenants, GC of earlier work) hits both sides equally.
 * Each sample runs an operation `batch` times (batch calibrated so one sample lasts `sampleMs`) and
 * records the time per operation; a side's figure is the median of its samples. The ratio is the
 * median of the per-pair ratios B/A (each pair ran back to back, so load from other processes hits
 * both halves of a pair alike); their inter-quartile range is reported as `spread`, so a reader
 * sees how noisy the ratio was.
 */

export interface SampleOptions {
  /** Target duration of one sample in ms (the batch size is calibrated to it). */
  readonly sampleMs: number;
  /** Samples per side. */
  readonly samples: number;
  /** Warm-up time per side in ms, before calibration. */
  readonly warmupMs: number;
  /** Fixed batch size (skips calibration), e.g. for operations that are slow or stateful. */
  readonly batch?: number;
  /** Run a full GC (needs --expose-gc) before each sample, so one side's garbage is not collected in the other's time. @default true */
  readonly gcBetween?: boolean;
}

interface SideStats {
  /** Median time per operation, ms. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly batch: number;
}

export interface Comparison {
  readonly baseline: SideStats;
  readonly subject: SideStats;
  /** Median of the per-pair ratios subject / baseline. */
  readonly ratio: number;
  /** p25 and p75 of the per-pair ratios. */
  readonly spread: readonly [number, number];
  readonly samples: number;
}

type Op = (i: number) => unknown;

/** `--debug` prints every sample on stderr. */
const debug = process.argv.includes("--debug");

/** A full GC when the process runs with --expose-gc (the bench runner always passes it). */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/**
 * Lets the event loop turn once. A `WeakRef`'s target stays alive until the macrotask that made
 * the `WeakRef` ends, and a run of MSW-mocked requests never leaves its macrotask (the mocked
 * fetch resolves with promises alone). undici holds every body stream behind a `WeakRef`, so
 * without a turn each stream of a whole figure would stay on the heap, about 9 kB per request, and
 * every later sample would run on a larger, older heap than the one before it.
 */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";

/** Time per op of one batch, including the first call (used for calibration). */
async function timeBatch(op: Op, n: number, start: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = op(start + i);
    if (isPromise(r)) await r;
  }
  return (performance.now() - t0) / n;
}

async function calibrate(op: Op, options: SampleOptions, counter: { i: number }): Promise<number> {
  const until = performance.now() + options.warmupMs;
  if (options.batch !== undefined) {
    // A fixed batch still warms up (one op at a time) for `warmupMs`, so no sample pays for cold JIT.
    while (performance.now() < until) {
      await timeBatch(op, 1, counter.i);
      counter.i += 1;
      await turn();
    }
    return options.batch;
  }
  let n = 1;
  let perOp: number;
  do {
    perOp = await timeBatch(op, n, counter.i);
    counter.i += n;
    await turn();
    if (perOp * n < options.sampleMs / 4) n *= 2;
  } while (performance.now() < until);
  return Math.max(2, Math.round(options.sampleMs / Math.max(perOp, 1e-6)));
}

/** Compares `subject` with `baseline`. Each op gets a running index (for varying inputs). */
export async function compare(baseline: Op, subject: Op, options: SampleOptions): Promise<Comparison> {
  const ca = { i: 0 };
  const cb = { i: 0 };
  const batchA = await calibrate(baseline, options, ca);
  const batchB = await calibrate(subject, options, cb);
  const a: number[] = [];
  const b: number[] = [];
  for (let s = 0; s < options.samples; s++) {
    // ABBA: the side that goes first alternates.
    const order = s % 2 === 0 ? ["a", "b"] : ["b", "a"];
    for (const side of order) {
      await turn();
      if (options.gcBetween !== false) collect();
      if (debug) process.stderr.write(`    sample ${s} ${side}\n`);
      if (side === "a") {
        a.push(await timeBatch(baseline, batchA, ca.i));
        ca.i += batchA;
      } else {
        b.push(await timeBatch(subject, batchB, cb.i));
        cb.i += batchB;
      }
    }
  }
  if (debug) process.stderr.write(`    a=${a.map((x) => x.toFixed(3)).join(",")}\n    b=${b.map((x) => x.toFixed(3)).join(",")}\n`);
  const pairRatios = a.map((x, k) => (b[k] as number) / x);
  const stats = (xs: number[], batch: number): SideStats => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), batch });
  const baselineStats = stats(a, batchA);
  const subjectStats = stats(b, batchB);
  return {
    baseline: baselineStats,
    subject: subjectStats,
    ratio: median(pairRatios),
    spread: [quantile(pairRatios, 0.25), quantile(pairRatios, 0.75)],
    samples: options.samples,
  };
}

/** The clocks {@link compareEach} reads for every sample. */
export interface ClockComparisons {
  /** Wall-clock time per operation. */
  readonly wall: Comparison[];
  /**
   * CPU time of this process per operation (user + system, `process.cpuUsage`): what a client
   * costs its host, and what a loaded machine's scheduling does not stretch.
   */
  readonly cpu: Comparison[];
}

/**
 * Compares `subject` with several baselines in one interleaved run: every round runs one sample of
 * each side, in an order that rotates and reverses from round to round, so drift and other
 * processes' load hit every side alike. Each sample reads the wall clock and this process's CPU
 * time. Each baseline's comparison takes its ratio as the median of the per-round ratios
 * subject / baseline, like {@link compare}.
 */
export async function compareEach(subject: Op, baselines: readonly Op[], options: SampleOptions): Promise<ClockComparisons> {
  const ops = [subject, ...baselines];
  const counters = ops.map(() => ({ i: 0 }));
  const batches: number[] = [];
  for (const [k, op] of ops.entries()) batches.push(await calibrate(op, options, counters[k] as { i: number }));
  const wall: number[][] = ops.map(() => []);
  const cpu: number[][] = ops.map(() => []);
  for (let s = 0; s < options.samples; s++) {
    const rotated = ops.map((_, k) => (k + s) % ops.length);
    const order = s % 2 === 0 ? rotated : rotated.reverse();
    for (const k of order) {
      await turn();
      if (options.gcBetween !== false) collect();
      const counter = counters[k] as { i: number };
      const batch = batches[k] as number;
      const c0 = process.cpuUsage();
      (wall[k] as number[]).push(await timeBatch(ops[k] as Op, batch, counter.i));
      const used = process.cpuUsage(c0);
      (cpu[k] as number[]).push((used.user + used.system) / 1000 / batch);
      counter.i += batch;
    }
  }
  if (debug) for (const [k, xs] of cpu.entries()) process.stderr.write(`    side ${k} cpu ms/op: ${xs.map((x) => x.toFixed(3)).join(",")}\n`);
  const stats = (xs: number[], batch: number): SideStats => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), batch });
  const against = (times: number[][]): Comparison[] =>
    baselines.map((_, j) => {
      const subjectTimes = times[0] as number[];
      const base = times[j + 1] as number[];
      const ratios = base.map((x, r) => (subjectTimes[r] as number) / x);
      return {
        baseline: stats(base, batches[j + 1] as number),
        subject: stats(subjectTimes, batches[0] as number),
        ratio: median(ratios),
        spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)] as const,
        samples: options.samples,
      };
    });
  return { wall: against(wall), cpu: against(cpu) };
}
