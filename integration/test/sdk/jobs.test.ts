import { isJobFinished, listJobs, refreshAll, unwrap, waitForJob } from "@kibo-inventory/sdk";
import { describe, expect, it } from "vitest";
import { connect } from "./support.js";

const refresh = { body: { locationCode: "WH1", items: [{ upc: "SHIRT-1", quantity: 25 }] } };
const onHand = async (client: ReturnType<typeof connect>["client"]) =>
  (await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "SHIRT-1" }] } })))[0]?.onHand;

describe("jobs in queued mode (as Kibo processes them)", () => {
  it("waitForJob polls until a clock tick runs the job", async () => {
    const { mock, client } = connect({ jobs: "queued" });
    const { jobID } = await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", refresh));
    expect(await onHand(client)).toBeUndefined(); // accepted, not applied yet

    const polled: (string | undefined)[] = [];
    const job = await waitForJob(client, jobID ?? 0, {
      interval: 1,
      onPoll: (seen) => {
        polled.push(seen.status);
        if (!isJobFinished(seen)) mock.clock.advance(1_000); // the next tick runs due jobs
      },
    });

    expect(job).toMatchObject({ jobID, type: "REFRESH", status: "SUCCESS", itemCount: 1 });
    expect(polled).toEqual(["PENDING", "SUCCESS"]);
    expect(await onHand(client)).toBe(25);
  });

  it("flushJobs() runs queued jobs; listJobs shows them before and after", async () => {
    const { mock, client } = connect({ jobs: "queued" });
    await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", refresh));
    await unwrap(client.POST("/commerce/inventory/v5/inventory/adjust", { body: { locationCode: "WH1", items: [{ upc: "SHIRT-1", quantity: -5 }] } }));
    const queued = await listJobs(client);
    expect(queued.map((j) => [j.type, j.status]).sort()).toEqual([
      ["ADJUST", "PENDING"],
      ["REFRESH", "PENDING"],
    ]);

    expect(mock.flushJobs()).toBe(2);
    expect((await listJobs(client, { locationCode: "WH1" })).map((j) => j.status)).toEqual(["SUCCESS", "SUCCESS"]);
    expect(await onHand(client)).toBe(20);
  });

  it("refreshAll waits for each queued job while the clock ticks", async () => {
    const { mock, client } = connect({ jobs: "queued" });
    const ticker = setInterval(() => mock.clock.advance(1_000), 2);
    try {
      const items = Array.from({ length: 30 }, (_, i) => ({ upc: `Q-${i}`, quantity: 1 }));
      const summary = await refreshAll(client, "WH1", items, { batchSize: 10, wait: { interval: 1, timeout: 5_000 } });
      expect(summary).toMatchObject({ total: 30, succeeded: 30, failed: 0 });
    } finally {
      clearInterval(ticker);
    }
  });
});
