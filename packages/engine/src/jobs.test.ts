import { beforeEach, describe, expect, it } from "vitest";
import { getSlot } from "./internal/stored-slot.js";
import { getJob, listJobs, processAllJobs, processNextJob, submitAdjust, submitRefresh } from "./jobs.js";
import { given, type Given, location, must, NOW } from "./testing/given.js";

describe("D10 jobs: sync by default, queued on request", () => {
  let g: Given;
  beforeEach(() => {
    g = given(location("L1"));
  });

  it("sync: the job is recorded as SUCCESS with itemCount and timestamps, and applied", () => {
    const { state, value } = must(submitRefresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 5 }, { upc: "V", quantity: 1 }] }, NOW));
    expect(value).toMatchObject({ jobId: 1, type: "REFRESH", status: "SUCCESS", itemCount: 2, locationCode: "L1", added: "2024-06-01T12:00:00.000Z", finished: "2024-06-01T12:00:00.000Z" });
    expect(getSlot(state, "U", "L1")).toHaveLength(1);
    expect(getJob(state, 1)?.status).toBe("SUCCESS");
  });

  it("sync: an invalid request is refused and records nothing", () => {
    const r = submitAdjust(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: -1 }] }, NOW);
    expect(r.ok).toBe(false);
    expect(listJobs(g.state)).toEqual([]);
  });

  it("queued: jobs wait PENDING and run one at a time, oldest first", () => {
    let s = must(submitRefresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 5 }] }, NOW, "queued")).state;
    s = must(submitAdjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }] }, NOW + 1, "queued")).state;
    expect(getSlot(s, "U", "L1")).toHaveLength(0);
    expect(listJobs(s).map((j) => j.status)).toEqual(["PENDING", "PENDING"]);
    const first = must(processNextJob(s, NOW + 1000));
    expect(first.value).toMatchObject({ jobId: 1, status: "SUCCESS", started: "2024-06-01T12:00:01.000Z" });
    const rest = must(processAllJobs(first.state, NOW + 2000));
    expect(rest.value.map((j) => j.jobId)).toEqual([2]);
    expect(getSlot(rest.state, "U", "L1")[0]?.segments[0]?.onHand).toBe(7);
    expect(must(processNextJob(rest.state, NOW)).value).toBeNull();
  });

  it("queued: a job whose validation fails becomes FAILED with its messages", () => {
    const s = must(submitAdjust(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: -4 }] }, NOW, "queued")).state;
    const { state, value } = must(processNextJob(s, NOW));
    expect(value?.status).toBe("FAILED");
    expect(value?.messages).toEqual(["items[0].quantity: onHand would become -4"]);
    expect(getSlot(state, "U", "L1")).toHaveLength(0);
  });

  it("the item limit is checked at submit even when queued", () => {
    const items = Array.from({ length: 1001 }, () => ({ upc: "U", quantity: 1 }));
    const r = submitAdjust(g.state, { locationCode: "L1", items }, NOW, "queued");
    expect(r.ok ? "" : r.error.code).toBe("limit_exceeded");
  });
});
