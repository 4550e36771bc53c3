/**
 * D10 jobs pinned through the public surface: the limit on both sides per type, queued jobs keep
 * their request to themselves, a failure's messages (with and without an item index), and the
 * listing filters and order.
 */
import { describe, expect, it } from "vitest";
import {
  createState,
  exportState,
  getJob,
  importState,
  type InventoryState,
  listJobs,
  processAllJobs,
  processNextJob,
  queryInventory,
  saveLocation,
  submitAdjust,
  submitRefresh,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function located(): InventoryState {
  let s = createState();
  for (const code of ["L1", "L2"]) s = must(saveLocation(s, { code })).state;
  return s;
}

const onHand = (s: InventoryState, code = "L1") => {
  const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: code, includeNegativeInventory: true });
  return r.ok ? r.value.map((x) => x.onHand) : [];
};

describe("D10 job limits and results", () => {
  it("refresh ≤ 12,000 and adjust ≤ 1,000 items, checked before anything, with the type in the message", () => {
    const items = (n: number) => Array.from({ length: n }, () => ({ upc: "U", quantity: 1 }));
    const a = submitAdjust(located(), { locationCode: "L1", items: items(1001) }, NOW, "queued");
    expect(a.ok ? "" : `${a.error.code} ${a.error.message} ${a.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)}`).toBe(
      "limit_exceeded A adjust takes at most 1000 items items too_many_items: 1001 items exceed the limit of 1000",
    );
    expect(submitAdjust(located(), { locationCode: "L1", items: items(1000) }, NOW, "queued").ok).toBe(true);
    const r = submitRefresh(located(), { locationCode: "L1", items: items(12001) }, NOW, "queued");
    expect(r.ok ? "" : r.error.message).toBe("A refresh takes at most 12000 items");
    const q = must(submitRefresh(located(), { locationCode: "L1", items: items(12000) }, NOW, "queued"));
    expect(q.value.itemCount).toBe(12000);
  });

  it("a queued job: PENDING, no timestamps but added, the request kept off the answer", () => {
    const { state, value } = must(submitAdjust(located(), { locationCode: "L1", items: [{ upc: "U", quantity: 2 }] }, NOW, "queued"));
    expect(value).toMatchObject({ type: "ADJUST", status: "PENDING", locationCode: "L1", itemCount: 1, added: "2024-06-01T12:00:00.000Z", messages: [] });
    expect(getJob(state, value.jobId)).toEqual({ jobId: value.jobId, type: "ADJUST", status: "PENDING", locationCode: "L1", itemCount: 1, added: "2024-06-01T12:00:00.000Z", messages: [] });
    expect(listJobs(state)[0]).not.toHaveProperty("request");
    expect(getJob(state, 99)).toBeUndefined();
  });

  it("a failed queued job: one message per problem, indexed when the problem is an item's; nothing applied", () => {
    let s = must(submitAdjust(located(), { locationCode: "L1", items: [{ upc: "U", quantity: 1 }, { upc: "U", quantity: -9 }] }, NOW, "queued")).state;
    s = must(submitRefresh(s, { locationCode: "NOPE", items: [{ upc: "U", quantity: 1 }] }, NOW, "queued")).state;
    s = must(submitRefresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 4 }] }, NOW, "queued")).state;
    const { state, value } = must(processAllJobs(s, NOW + 60_000));
    expect(value.map((j) => [j.type, j.status, j.messages, j.started])).toEqual([
      ["ADJUST", "FAILED", ["items[1].quantity: onHand would become -8"], "2024-06-01T12:01:00.000Z"],
      ["REFRESH", "FAILED", [expect.stringMatching(/^locationCode: /)], "2024-06-01T12:01:00.000Z"],
      ["REFRESH", "SUCCESS", [], "2024-06-01T12:01:00.000Z"],
    ]);
    expect(onHand(state)).toEqual([4]);
    expect(must(processAllJobs(state, NOW)).value).toEqual([]);
  });
});

describe("D10 listing jobs", () => {
  function three(): InventoryState {
    let s = must(submitRefresh(located(), { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW)).state;
    s = must(submitAdjust(s, { locationCode: "L2", items: [{ upc: "U", quantity: 1 }] }, NOW)).state;
    s = must(submitAdjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW)).state;
    return s;
  }
  const ids = (s: InventoryState, f: Parameters<typeof listJobs>[1]) => listJobs(s, f).map((j) => `${j.jobId}${j.type[0]}${j.locationCode}`);

  it("newest first; by location, by type, at most limit", () => {
    const s = three();
    expect(ids(s, {})).toEqual(["3AL1", "2AL2", "1RL1"]);
    expect(ids(s, { locationCode: "L1" })).toEqual(["3AL1", "1RL1"]);
    expect(ids(s, { types: ["REFRESH"] })).toEqual(["1RL1"]);
    expect(ids(s, { limit: 2 })).toEqual(["3AL1", "2AL2"]);
    expect(ids(s, { limit: 1, locationCode: "L1", types: ["REFRESH", "ADJUST"] })).toEqual(["3AL1"]);
    expect(onHand(s)).toEqual([2]);
    expect(processNextJob(s, NOW).ok && must(processNextJob(s, NOW)).value).toBeNull();
  });
});

describe("D10 queued jobs run as their type", () => {
  it("a queued refresh sets onHand and a queued adjust adds to it, whatever the order they wait in", () => {
    let s = must(submitRefresh(located(), { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW)).state;
    s = must(submitAdjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }] }, NOW, "queued")).state;
    s = must(submitRefresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 4 }] }, NOW, "queued")).state;
    s = must(submitAdjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }] }, NOW, "queued")).state;
    const first = must(processNextJob(s, NOW));
    expect(onHand(first.state)).toEqual([13]);
    const second = must(processNextJob(first.state, NOW));
    expect([second.value?.type, onHand(second.state)]).toEqual(["REFRESH", [4]]);
    expect(onHand(must(processNextJob(second.state, NOW)).state)).toEqual([6]);
  });

  it("a queue entry whose job is gone, or kept no request (hand-edited snapshot data), is dropped without running", () => {
    const queued = must(submitRefresh(located(), { locationCode: "L1", items: [{ upc: "U", quantity: 4 }] }, NOW, "queued")).state;
    const data = exportState(queued);
    const without = (jobs: typeof data.jobs): InventoryState => {
      const r = importState({ ...data, jobs });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    for (const s of [without([]), without(data.jobs.map(({ request: _r, ...job }) => job))]) {
      const r = must(processNextJob(s, NOW));
      expect(r.value).toBeNull();
      expect(r.state.jobQueue).toEqual([]);
      expect(onHand(r.state)).toEqual([]);
      expect(must(processAllJobs(s, NOW)).value).toEqual([]);
    }
  });
});
