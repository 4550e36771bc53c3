import { type BulkProgress, listJobs, refreshAll, unwrap } from "@kibo-inventory/sdk";
import { describe, expect, it } from "vitest";
import { connect } from "./support.js";

describe("refreshAll against the reference server", () => {
  it("refreshes 12,500 items in 5 batches with progress, and the state reads back", async () => {
    const { client } = connect();
    const items = Array.from({ length: 12_500 }, (_, i) => ({ upc: `SKU-${String(i).padStart(5, "0")}`, quantity: i % 50 }));
    const events: BulkProgress[] = [];

    const summary = await refreshAll(client, "WH1", items, { onProgress: (event) => events.push(event), wait: { interval: 1 } });

    expect(summary).toMatchObject({ total: 12_500, succeeded: 12_500, failed: 0, failures: [] });
    expect(summary.batches.map((b) => [b.size, b.status])).toEqual([
      [3000, "SUCCESS"],
      [3000, "SUCCESS"],
      [3000, "SUCCESS"],
      [3000, "SUCCESS"],
      [500, "SUCCESS"],
    ]);
    const finished = events.filter((e) => e.phase === "finished");
    expect(events.filter((e) => e.phase === "submitted")).toHaveLength(5);
    expect(finished.map((e) => e.itemsDone)).toEqual([3000, 6000, 9000, 12_000, 12_500]);
    expect(finished.every((e) => e.batches === 5 && e.total === 12_500 && e.status === "SUCCESS")).toBe(true);

    // Read back: one query for a sample, the jobs for the whole run.
    const sample = ["SKU-00000", "SKU-00049", "SKU-06001", "SKU-12499"];
    const rows = await unwrap(
      client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", locationCode: "WH1", items: sample.map((upc) => ({ upc })) } }),
    );
    expect(Object.fromEntries(rows.map((r) => [r.upc, r.onHand]))).toEqual({ "SKU-00000": 0, "SKU-00049": 49, "SKU-06001": 1, "SKU-12499": 49 });
    const jobs = await listJobs(client, { types: ["REFRESH"] });
    expect(jobs).toHaveLength(5);
    expect(jobs.reduce((sum, job) => sum + (job.itemCount ?? 0), 0)).toBe(12_500);
    expect(jobs.every((job) => job.status === "SUCCESS")).toBe(true);
    expect(summary.batches.map((b) => b.jobID).sort()).toEqual(jobs.map((j) => j.jobID).sort());
  });

  it("reports a rejected batch's bad item by index and field, and applies the other batches", async () => {
    const { client } = connect();
    const items = Array.from({ length: 6 }, (_, i) => ({ upc: `A-${i}`, quantity: 1 }));
    items[4] = { upc: "A-4", quantity: -3 };

    const summary = await refreshAll(client, "WH1", items, { batchSize: 2, wait: { interval: 1 } });

    expect(summary).toMatchObject({ total: 6, succeeded: 4, failed: 2 });
    expect(summary.batches.map((b) => b.status)).toEqual(["SUCCESS", "SUCCESS", "REJECTED"]);
    const bad = summary.failures.find((f) => f.index === 4);
    expect(bad).toMatchObject({ index: 4, item: { upc: "A-4", quantity: -3 }, field: expect.stringContaining("quantity") });
    expect(summary.failures.find((f) => f.index === 5)).toMatchObject({ code: "BATCH_REJECTED" });
  });
});
