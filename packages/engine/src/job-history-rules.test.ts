/**
 * The bounded job history (issue 14) pinned through the public surface: `trimJobHistory` drops the
 * oldest finished jobs until at most `keep` remain, never a queued one, scans from where the last
 * trim stopped (or from the first id), never past the newest id, and answers the very same state
 * when it drops nothing.
 */
import { describe, expect, it } from "vitest";
import {
  createState,
  type InventoryState,
  type JobMode,
  listJobs,
  processAllJobs,
  saveLocation,
  submitRefresh,
  trimJobHistory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

/** One refresh job per mode given, ids 1, 2, … in that order. */
function jobs(...modes: JobMode[]): InventoryState {
  let s = must(saveLocation(createState(), { code: "L1" }));
  for (const mode of modes) s = must(submitRefresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW, mode));
  return s;
}

const ids = (s: InventoryState) => listJobs(s).map((j) => `${j.jobId}${j.status === "PENDING" ? "P" : ""}`);

describe("trimJobHistory", () => {
  it("keeps the newest `keep` jobs, dropping from the oldest, and answers the id after the last one dropped", () => {
    const s = jobs("sync", "sync", "sync", "sync", "sync");
    const [two, from] = trimJobHistory(s, 2);
    expect([ids(two), from]).toEqual([["5", "4"], 4]);
    const [one, next] = trimJobHistory(two, 1, from);
    expect([ids(one), next]).toEqual([["5"], 5]);
    expect(ids(s)).toEqual(["5", "4", "3", "2", "1"]);
  });

  it("at or under `keep`: the same state and the same `from`", () => {
    const s = jobs("sync", "sync", "sync");
    const [same, from] = trimJobHistory(s, 3, 7);
    expect(same).toBe(s);
    expect(from).toBe(7);
    expect(trimJobHistory(s, 4)).toEqual([s, 1]);
  });

  it("a queued job is never dropped: the trim stops at it and goes on once it has run", () => {
    const s = jobs("sync", "sync", "queued", "sync", "sync");
    const [held, from] = trimJobHistory(s, 0);
    expect([ids(held), from]).toEqual([["5", "4", "3P"], 3]);
    const [again, stays] = trimJobHistory(held, 0, from);
    expect(again).toBe(held);
    expect(stays).toBe(3);
    const ran = must(processAllJobs(held, NOW));
    const [after, next] = trimJobHistory(ran, 1, from);
    expect([ids(after), next]).toEqual([["5"], 5]);
  });

  it("`from` omitted: the scan starts at id 1 and passes over the ids already dropped", () => {
    const [trimmed] = trimJobHistory(jobs("sync", "sync", "sync", "sync", "sync"), 2);
    const [one, from] = trimJobHistory(trimmed, 1);
    expect([ids(one), from]).toEqual([["5"], 5]);
    const [held] = trimJobHistory(jobs("sync", "sync", "queued"), 0);
    const [same, stops] = trimJobHistory(held, 0);
    expect(same).toBe(held);
    expect([ids(same), stops]).toEqual([["3P"], 3]);
  });

  it("the scan ends at the newest id handed out: a `from` past the oldest job leaves the older ones", () => {
    const [s, from] = trimJobHistory(jobs("sync", "sync", "sync", "sync", "sync"), 0, 4);
    expect([ids(s), from]).toEqual([["3", "2", "1"], 6]);
  });
});
