import { describe, expect, it } from "vitest";
import { adjustCall, call, refreshCall, segmentedMock } from "../../../test/support/write-test-kit.js";

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
});
