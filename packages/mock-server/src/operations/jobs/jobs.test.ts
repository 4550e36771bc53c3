import { describe, expect, it } from "vitest";
import { adjustCall, call, HEADERS, refreshCall, segmentedMock } from "../../../test/support/write-test-kit.js";

const QUEUE = "https://x/api/commerce/inventory/v1/queue";

describe("getJob / getJobs", () => {
  it("getJob answers 404 for an unknown job and 400 for a non-numeric id", async () => {
    const mock = segmentedMock();
    expect((await call(mock, "getJob", "GET", `${QUEUE}/99`)).status).toBe(404);
    expect((await call(mock, "getJob", "GET", `${QUEUE}/abc`)).status).toBe(400);
  });

  it("getJobs lists newest first, filtered by locationCode, repeated types and limit", async () => {
    const mock = segmentedMock();
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "A", quantity: 1 }] });
    await adjustCall(mock, { locationCode: "store2", items: [{ upc: "A", quantity: 1 }] });
    await refreshCall(mock, { locationCode: "store2", items: [{ upc: "B", quantity: 1 }] });
    const ids = async (query: string) => (await call<{ jobID: number }[]>(mock, "getJobs", "GET", `${QUEUE}${query}`)).body.map((j) => j.jobID);
    expect(await ids("")).toEqual([3, 2, 1]);
    expect(await ids("?locationCode=store2")).toEqual([3, 2]);
    expect(await ids("?types=REFRESH")).toEqual([3, 1]);
    expect(await ids("?types=REFRESH&types=ADJUST&limit=2")).toEqual([3, 2]);
    expect(await ids("?types=ALLOCATE")).toEqual([]);
    expect(await ids("?owner=someone")).toEqual([]);
    expect((await call(mock, "getJobs", "GET", `${QUEUE}?limit=0`)).status).toBe(400);
    expect((await call(mock, "getJobs", "GET", `${QUEUE}?types=NOPE`)).status).toBe(400);
  });

  it("getJobs pages with startIndex and pageSize and reports the total in x-total-count (docs/semantics.md › getJobs paging)", async () => {
    const mock = segmentedMock();
    for (let i = 0; i < 6; i++) await refreshCall(mock, { locationCode: "homebase", items: [{ upc: `U${i}`, quantity: 1 }] });
    await adjustCall(mock, { locationCode: "store2", items: [{ upc: "A", quantity: 1 }] });
    const read = async (query: string) => {
      const answer = await call<{ jobID: number }[]>(mock, "getJobs", "GET", `${QUEUE}${query}`);
      return answer.body.map((j) => j.jobID);
    };
    expect(await read("?pageSize=3&startIndex=2")).toEqual([5, 4, 3]);
    expect(await read("?pageSize=3&startIndex=5")).toEqual([2, 1]);
    expect(await read("?startIndex=7")).toEqual([]);
    expect(await read("?pageSize=3&limit=2")).toEqual([7, 6]);
    expect(await read("?types=REFRESH&pageSize=2&startIndex=1")).toEqual([5, 4]);
    const res = await mock.fetch(`${QUEUE}?types=REFRESH&pageSize=2`, { headers: HEADERS });
    expect(res.headers.get("x-total-count")).toBe("6");
    expect((await call(mock, "getJobs", "GET", `${QUEUE}?startIndex=-1`)).status).toBe(400);
    expect((await call(mock, "getJobs", "GET", `${QUEUE}?pageSize=0`)).status).toBe(400);
  });

  it("keeps the newest jobHistory jobs per tenant: the oldest finished go first, getJob of one answers 404", async () => {
    const mock = segmentedMock({ jobHistory: 3 });
    for (let i = 1; i <= 5; i++) await adjustCall(mock, { locationCode: "homebase", items: [{ upc: "A", quantity: i }] });
    const ids = (await call<{ jobID: number }[]>(mock, "getJobs", "GET", QUEUE)).body.map((j) => j.jobID);
    expect(ids).toEqual([5, 4, 3]);
    expect((await call(mock, "getJob", "GET", `${QUEUE}/2`)).status).toBe(404);
    expect((await call(mock, "getJob", "GET", `${QUEUE}/3`)).status).toBe(200);
    // The writes themselves all count: 1 + 2 + 3 + 4 + 5 units of A.
    const rows = await call<{ onHand: number }[]>(mock, "postQueryInventory", "POST", "https://x/api/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "A" }] });
    expect(rows.body.reduce((n, r) => n + r.onHand, 0)).toBe(15);
  });

  it("never drops a queued job: the history waits past its bound until the job has run", async () => {
    const mock = segmentedMock({ jobHistory: 2, jobs: "queued" });
    for (let i = 0; i < 4; i++) await adjustCall(mock, { locationCode: "homebase", items: [{ upc: "A", quantity: 1 }] });
    expect((await call(mock, "getJob", "GET", `${QUEUE}/1`)).body).toMatchObject({ status: "PENDING" });
    mock.flushJobs();
    await adjustCall(mock, { locationCode: "homebase", items: [{ upc: "A", quantity: 1 }] });
    mock.flushJobs();
    const ids = (await call<{ jobID: number; status: string }[]>(mock, "getJobs", "GET", QUEUE)).body.map((j) => `${j.jobID}:${j.status}`);
    expect(ids).toEqual(["5:SUCCESS", "4:SUCCESS"]);
  });

  it("refuses a jobHistory that is not a positive integer", () => {
    expect(() => segmentedMock({ jobHistory: 0 })).toThrow(/jobHistory/);
  });
});
