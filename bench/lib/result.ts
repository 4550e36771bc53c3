/**
 * One figure of the performance budget, as written to bench/results/latest.json. Figures print
 * their results on stdout as `BENCH_RESULT <json>` lines; everything else goes to stderr.
 */
import type { Comparison } from "./sample.js";

export interface FigureResult {
  /** Stable id, e.g. "1-server-overhead". */
  readonly id: string;
  readonly name: string;
  /** The subject's figure (unit below). */
  readonly value: number;
  readonly unit: string;
  /** The baseline's figure, same unit (null when the figure has none). */
  readonly baseline: number | null;
  readonly baselineLabel: string;
  /** subject cost / baseline cost (a slowdown factor; > 1 means slower or bigger). */
  readonly ratio: number | null;
  /** The budget: a maximum for `ratio` (or for `value` when `targetOn` is "value"); null = informational. */
  readonly target: number | null;
  readonly targetOn: "ratio" | "value";
  readonly pass: boolean | null;
  /** p25–p75 of the per-pair ratios (noise indicator). */
  readonly spread?: readonly [number, number];
  readonly samples?: number;
  readonly notes?: string;
}

export const isCi = process.argv.includes("--ci");

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function emit(result: FigureResult): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
  const r = result.ratio === null ? "" : ` ratio ${result.ratio.toFixed(2)}×`;
  log(`  ${result.id}: ${result.value} ${result.unit} (baseline ${result.baseline})${r} → ${result.pass === null ? "info" : result.pass ? "pass" : "FAIL"}`);
}

const round = (x: number, digits = 3): number => Number(x.toPrecision(digits + 1));

/** The fields every comparison figure shares: its ratio, pass/fail against `target`, spread and samples. */
function comparisonFields(c: Comparison, target: number | null) {
  return {
    ratio: round(c.ratio),
    targetOn: "ratio" as const,
    pass: target === null ? null : c.ratio <= target,
    spread: [round(c.spread[0]), round(c.spread[1])] as const,
    samples: c.samples,
  };
}

/** A latency comparison (ms per op) → a figure in µs per op, pass when ratio ≤ target. */
export function latencyFigure(
  base: Omit<FigureResult, "value" | "unit" | "baseline" | "ratio" | "pass" | "targetOn" | "spread" | "samples">,
  c: Comparison,
): FigureResult {
  return {
    ...base,
    value: round(c.subject.median * 1000),
    unit: "µs/op",
    baseline: round(c.baseline.median * 1000),
    ...comparisonFields(c, base.target),
  };
}

/**
 * A latency comparison (ms per op) → a figure in operations per second (named by `unit`), pass
 * when ratio ≤ target. The ratio stays a slowdown factor: time per subject op / time per baseline op.
 */
export function throughputFigure(
  base: Omit<FigureResult, "value" | "baseline" | "ratio" | "pass" | "targetOn" | "spread" | "samples">,
  c: Comparison,
): FigureResult {
  return {
    ...base,
    value: Math.round(1000 / c.subject.median),
    baseline: Math.round(1000 / c.baseline.median),
    ...comparisonFields(c, base.target),
  };
}

export { round };
