/**
 * Figure 5 — test isolation: `mock.restore(snapshot)` of a 100,000-record server against a
 * 1,000-record one (server level; a snapshot shares the immutable engine state). CI: the same sizes.
 */
import { stockedUpcs } from "@kibo-inventory/engine";
import { loadedMock } from "../lib/mock.js";
import { emit, isCi, latencyFigure } from "../lib/result.js";
import { compare } from "../lib/sample.js";

const small = await loadedMock(1_000);
const big = await loadedMock(100_000);
const smallSnapshot = small.mock.snapshot();
const bigSnapshot = big.mock.snapshot();

const c = await compare(
  () => small.mock.restore(smallSnapshot),
  () => big.mock.restore(bigSnapshot),
  isCi ? { sampleMs: 10, samples: 41, warmupMs: 300 } : { sampleMs: 15, samples: 81, warmupMs: 1000 },
);
// The restored server still answers from the big store.
if (stockedUpcs(big.mock.engine.get()).length !== 20_000) throw new Error("restore lost the store");
emit(
  latencyFigure(
    {
      id: "5-restore",
      name: "mock.restore() of a 100,000-record snapshot",
      baselineLabel: "mock.restore() of a 1,000-record snapshot",
      target: 2,
      notes: "in-process snapshot (shared immutable engine state); the JSON form over /__mock/restore is O(records) and not covered",
    },
    c,
  ),
);
