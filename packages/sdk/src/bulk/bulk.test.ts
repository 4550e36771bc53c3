import { describe, expect, it } from "vitest";
import { createInventoryClient } from "../client.js";
import { InventoryNotFoundError } from "../errors/not-found-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { createFetchSpy, json, type RecordedRequest } from "../testing/fetch-spy.js";
import { adjustAll } from "./adjust-all.js";
import { listJobs } from "./list-jobs.js";
import { refreshAll } from "./refresh-all.js";
import type { BulkProgress } from "./run-batches.js";
import { waitForJob } from "./wait-for-job.js";

const JOB = /\/commerce\/inventory\/v1\/queue\/(\d+)$/;

/** A fake queue: each POSTed batch becomes a job that is PENDING, WORKING, then SUCCESS (or FAILED). */
function jobServer(options: { fail?: (jobID: number) => boolean; reject?: (body: { items: unknown[] }, n: number) => Response | undefined } = {}) {
  let next = 100;
  const polls = new Map<number, number>();
  return createFetchSpy((request: RecordedRequest, n) => {
    const job = JOB.exec(request.path);
    if (request.method === "GET" && job) {
      const id = Number(job[1]);
      const count = (polls.get(id) ?? 0) + 1;
      polls.set(id, count);
      const status = count === 1 ? "PENDING" : count === 2 ? "WORKING" : options.fail?.(id) ? "FAILED" : "SUCCESS";
      return json({ jobID: id, status, type: "REFRESH", messages: status === "FAILED" ? ["disk full"] : [] });
    }
    const rejected = options.reject?.(request.body as { items: unknown[] }, n);
    if (rejected) return rejected;
    return json({ jobID: next++ });
  });
}

const items = (count: number) => Array.from({ length: count }, (_, i) => ({ upc: `P${i}`, quantity: i % 7 }));
const fast = { interval: 1, maxInterval: 2 };

describe("refreshAll", () => {
  it("chunks 12,500 items into 5 batches of 3,000…500, waits for each job and reports progress", async () => {
    const fetch = jobServer();
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const events: BulkProgress[] = [];
    const summary = await refreshAll(client, "WH1", items(12_500), { onProgress: (e) => events.push(e), wait: fast });

    const posts = fetch.calls.filter((c) => c.method === "POST");
    expect(posts.map((c) => (c.body as { items: unknown[] }).items.length)).toEqual([3000, 3000, 3000, 3000, 500]);
    expect(posts.every((c) => c.path.endsWith("/commerce/inventory/v5/inventory/refresh"))).toBe(true);
    expect(posts.every((c) => (c.body as { locationCode: string }).locationCode === "WH1")).toBe(true);
    expect((posts[4]?.body as { items: { upc: string }[] } | undefined)?.items[0]?.upc).toBe("P12000");
    // each job polled until final, and the next batch only posted after the previous job finished
    expect(fetch.calls.map((c) => (c.method === "POST" ? "P" : "G")).join("")).toBe("PGGG".repeat(5));

    expect(events.map((e) => `${e.phase}:${e.batch}:${e.itemsDone}`)).toEqual([
      "submitted:0:0",
      "finished:0:3000",
      "submitted:1:3000",
      "finished:1:6000",
      "submitted:2:6000",
      "finished:2:9000",
      "submitted:3:9000",
      "finished:3:12000",
      "submitted:4:12000",
      "finished:4:12500",
    ]);
    expect(events.every((e) => e.batches === 5 && e.total === 12_500)).toBe(true);
    expect(summary).toMatchObject({ total: 12_500, succeeded: 12_500, failed: 0, failures: [] });
    expect(summary.batches.map((b) => [b.jobID, b.status, b.offset, b.size])).toEqual([
      [100, "SUCCESS", 0, 3000],
      [101, "SUCCESS", 3000, 3000],
      [102, "SUCCESS", 6000, 3000],
      [103, "SUCCESS", 9000, 3000],
      [104, "SUCCESS", 12000, 500],
    ]);
  });

  it("lists per-item failures of a rejected batch at their input index and carries on", async () => {
    const fetch = jobServer({
      reject: (_body, n) =>
        n === 0
          ? undefined
          : json(
              {
                message: "Validation failed",
                errorCode: "VALIDATION_ERROR",
                items: [
                  { index: 1, field: "items[1].quantity", code: "NEGATIVE_QUANTITY", message: "quantity must be ≥ 0" },
                  { field: "items[2].lotCode", code: "TOO_LONG", message: "lotCode too long" },
                ],
              },
              { status: 400 },
            ),
    });
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const input = items(6);
    const summary = await refreshAll(client, "WH1", input, { batchSize: 3, wait: fast });
    expect(summary.succeeded).toBe(3);
    expect(summary.failed).toBe(3);
    expect(summary.batches.map((b) => b.status)).toEqual(["SUCCESS", "REJECTED"]);
    expect(summary.failures.map((f) => [f.index, f.code, f.field])).toEqual([
      [3, "BATCH_REJECTED", undefined],
      [4, "NEGATIVE_QUANTITY", "items[1].quantity"],
      [5, "TOO_LONG", "items[2].lotCode"],
    ]);
    expect(summary.failures[1]?.item).toBe(input[4]);
  });

  it("reports a FAILED job's items with the job's messages, and stops when asked", async () => {
    const fetch = jobServer({ fail: (id) => id === 100 });
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const summary = await refreshAll(client, "WH1", items(4), { batchSize: 2, wait: fast, stopOnFailure: true });
    expect(summary.batches).toHaveLength(1);
    expect(summary.failures.map((f) => [f.index, f.code, f.message, f.jobID])).toEqual([
      [0, "JOB_FAILED", "disk full", 100],
      [1, "JOB_FAILED", "disk full", 100],
    ]);
  });

  it("throws errors other than validation (e.g. 404 location)", async () => {
    const fetch = jobServer({ reject: () => json({ errorCode: "LOCATION_NOT_FOUND", message: "no WH9" }, { status: 404 }) });
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    await expect(refreshAll(client, "WH9", items(2), { wait: fast })).rejects.toBeInstanceOf(InventoryNotFoundError);
  });

  it("refuses a batch size above Kibo's limit", async () => {
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch: jobServer() });
    await expect(refreshAll(client, "WH1", items(1), { batchSize: 12_001 })).rejects.toThrow(RangeError);
    await expect(adjustAll(client, "WH1", items(1), { batchSize: 1_001 })).rejects.toThrow(RangeError);
  });

  it("stops between batches when the signal aborts", async () => {
    const controller = new AbortController();
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch: jobServer() });
    const run = refreshAll(client, "WH1", items(10), {
      batchSize: 2,
      wait: fast,
      signal: controller.signal,
      onProgress: (e) => e.phase === "finished" && controller.abort(new Error("cancelled")),
    });
    await expect(run).rejects.toThrow("cancelled");
  });
});

describe("adjustAll", () => {
  it("chunks to 1,000 by default and posts to adjust", async () => {
    const fetch = jobServer();
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const summary = await adjustAll(client, "WH1", items(2_500), { wait: fast });
    const posts = fetch.calls.filter((c) => c.method === "POST");
    expect(posts.map((c) => (c.body as { items: unknown[] }).items.length)).toEqual([1000, 1000, 500]);
    expect(posts.every((c) => c.path.endsWith("/commerce/inventory/v5/inventory/adjust"))).toBe(true);
    expect(summary.succeeded).toBe(2_500);
  });
});

describe("waitForJob", () => {
  it("polls through PENDING and WORKING with growing intervals until SUCCESS", async () => {
    const fetch = jobServer();
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const states: (string | undefined)[] = [];
    const job = await waitForJob(client, 7, { interval: 1, onPoll: (j) => states.push(j.status) });
    expect(job.status).toBe("SUCCESS");
    expect(states).toEqual(["PENDING", "WORKING", "SUCCESS"]);
    expect(fetch.calls.map((c) => c.path)).toEqual(Array(3).fill("/api/commerce/inventory/v1/queue/7"));
  });

  it("returns a FAILED job", async () => {
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch: jobServer({ fail: () => true }) });
    const job = await waitForJob(client, 7, { interval: 1 });
    expect(job.status).toBe("FAILED");
    expect(job.messages).toEqual(["disk full"]);
  });

  it("times out with TimeoutError", async () => {
    const fetch = createFetchSpy(() => json({ jobID: 7, status: "WORKING" }));
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const error = await waitForJob(client, 7, { interval: 5, timeout: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/Job 7 did not finish within 30 ms \(last status WORKING\)/);
    expect(fetch.calls.length).toBeGreaterThan(1);
  });

  it("stops on abort", async () => {
    const fetch = createFetchSpy(() => json({ jobID: 7, status: "PENDING" }));
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("enough")), 20);
    await expect(waitForJob(client, 7, { interval: 5, signal: controller.signal })).rejects.toThrow("enough");
  });
});

describe("listJobs", () => {
  it("sends the filters as query parameters", async () => {
    const fetch = createFetchSpy(() => json([{ jobID: 1, status: "SUCCESS" }]));
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    const jobs = await listJobs(client, { locationCode: "WH1", limit: 5, types: ["REFRESH", "ADJUST"] });
    expect(jobs).toEqual([{ jobID: 1, status: "SUCCESS" }]);
    expect(fetch.calls[0]?.url).toBe("https://t1.sandbox.mozu.com/api/commerce/inventory/v1/queue?locationCode=WH1&limit=5&types=REFRESH&types=ADJUST");
  });
});
