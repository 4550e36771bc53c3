import { describe, expect, it, vi } from "vitest";
import { NetworkError } from "./errors/network-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import { createFetchSpy, instantSleep, json } from "./testing/fetch-spy.js";
import { backoffDelay, createTransport, isReadRequest } from "./transport.js";

const API = "https://t1.sandbox.mozu.com/api";
const post = (path: string, body: unknown = {}, init: RequestInit = {}) =>
  new Request(API + path, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" }, ...init });
const get = (path: string, init: RequestInit = {}) => new Request(API + path, init);

describe("isReadRequest", () => {
  it("treats GETs and the POST queries as reads, other POSTs as writes", () => {
    expect(isReadRequest(get("/commerce/inventory/v1/queue"))).toBe(true);
    expect(isReadRequest(post("/commerce/inventory/v5/inventory"))).toBe(true);
    expect(isReadRequest(post("/commerce/inventory/v5/inventory/aggregate"))).toBe(true);
    expect(isReadRequest(post("/commerce/realtime-inventory/v5/inventory"))).toBe(true);
    expect(isReadRequest(post("/commerce/realtime-inventory/graphql"))).toBe(true);
    expect(isReadRequest(post("/commerce/inventory/v5/inventory/refresh"))).toBe(false);
    expect(isReadRequest(post("/commerce/inventory/v5/inventory/allocate"))).toBe(false);
    expect(isReadRequest(new Request(`${API}/commerce/inventory/v1/tagCategory/x`, { method: "DELETE" }))).toBe(false);
  });
});

describe("backoffDelay", () => {
  it("grows exponentially, with jitter from the injected source, capped", () => {
    const opts = { baseDelay: 100, maxDelay: 1000 };
    expect(backoffDelay(0, { ...opts, random: () => 0 })).toBe(50);
    expect(backoffDelay(0, { ...opts, random: () => 1 })).toBe(100);
    expect(backoffDelay(2, { ...opts, random: () => 0.5 })).toBe(300);
    expect(backoffDelay(10, { ...opts, random: () => 1 })).toBe(1000);
  });
});

describe("retries", () => {
  it("honours Retry-After in seconds on 429 and then succeeds", async () => {
    const spy = createFetchSpy((_, n) => (n === 0 ? json({ errorCode: "RATE_LIMITED" }, { status: 429, headers: { "retry-after": "3" } }) : json([])));
    const sleep = instantSleep();
    const transport = createTransport({ fetch: spy, retry: { sleep } });
    const response = await transport(post("/commerce/inventory/v5/inventory", { type: "ALL", items: [] }));
    expect(response.status).toBe(200);
    expect(spy.calls).toHaveLength(2);
    expect(sleep.delays).toEqual([3000]);
    expect(spy.calls[1]?.body).toEqual({ type: "ALL", items: [] }); // body replayed
  });

  it("honours Retry-After as an HTTP date", async () => {
    vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00Z"), toFake: ["Date"] });
    try {
      const spy = createFetchSpy((_, n) =>
        n === 0 ? json({}, { status: 503, headers: { "retry-after": "Tue, 01 Jan 2030 00:00:10 GMT" } }) : json({}),
      );
      const sleep = instantSleep();
      await createTransport({ fetch: spy, retry: { sleep } })(get("/commerce/inventory/v1/queue"));
      expect(sleep.delays).toEqual([10_000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("backs off exponentially with jitter without Retry-After and gives up after the limit", async () => {
    const spy = createFetchSpy(() => json({ message: "down" }, { status: 503 }));
    const sleep = instantSleep();
    const response = await createTransport({ fetch: spy, retry: { limit: 3, baseDelay: 100, random: () => 0, sleep } })(get("/commerce/inventory/v1/queue"));
    expect(response.status).toBe(503);
    expect(spy.calls).toHaveLength(4);
    expect(sleep.delays).toEqual([50, 100, 200]);
  });

  it("does not wait for a Retry-After beyond maxRetryAfter", async () => {
    const spy = createFetchSpy(() => json({}, { status: 429, headers: { "retry-after": "3600" } }));
    const sleep = instantSleep();
    const response = await createTransport({ fetch: spy, retry: { sleep } })(get("/x"));
    expect(response.status).toBe(429);
    expect(spy.calls).toHaveLength(1);
  });

  it("does not retry writes by default", async () => {
    const spy = createFetchSpy(() => json({ message: "down" }, { status: 503 }));
    const sleep = instantSleep();
    const response = await createTransport({ fetch: spy, retry: { sleep } })(post("/commerce/inventory/v5/inventory/refresh", { locationCode: "WH1", items: [] }));
    expect(response.status).toBe(503);
    expect(spy.calls).toHaveLength(1);
    expect(sleep.delays).toEqual([]);
  });

  it("retries writes when the caller opts in", async () => {
    const spy = createFetchSpy((_, n) => (n < 2 ? json({}, { status: 500 }) : json({ jobID: 1 })));
    const sleep = instantSleep();
    const response = await createTransport({ fetch: spy, retry: { writes: true, sleep } })(post("/commerce/inventory/v5/inventory/refresh", { locationCode: "WH1" }));
    expect(await response.json()).toEqual({ jobID: 1 });
    expect(spy.calls).toHaveLength(3);
    expect(spy.calls.every((c) => (c.body as { locationCode: string }).locationCode === "WH1")).toBe(true);
  });

  it("does not retry 4xx other than 408/429, nor 501", async () => {
    for (const status of [400, 404, 409, 501]) {
      const spy = createFetchSpy(() => json({}, { status }));
      await createTransport({ fetch: spy, retry: { sleep: instantSleep() } })(get("/x"));
      expect(spy.calls, String(status)).toHaveLength(1);
    }
  });

  it("retries network errors on reads and then throws NetworkError with the cause", async () => {
    const cause = new TypeError("fetch failed");
    const spy = createFetchSpy(() => {
      throw cause;
    });
    const error = await createTransport({ fetch: spy, retry: { limit: 1, sleep: instantSleep() } })(get("/commerce/inventory/v1/queue")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBe(cause);
    expect((error as NetworkError).message).toBe(`Network error (fetch failed): GET ${API}/commerce/inventory/v1/queue`);
    expect(spy.calls).toHaveLength(2);
  });

  it("retry: false never retries", async () => {
    const spy = createFetchSpy(() => json({}, { status: 503 }));
    await createTransport({ fetch: spy, retry: false })(get("/x"));
    expect(spy.calls).toHaveLength(1);
  });
});

describe("timeout and abort", () => {
  const hang = (input: Request) =>
    new Promise<Response>((_, reject) => input.signal.addEventListener("abort", () => reject(input.signal.reason)));

  it("throws TimeoutError after the configured timeout", async () => {
    const error = await createTransport({ fetch: hang, timeout: 20, retry: false })(get("/x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeout).toBe(20);
  });

  it("rethrows the caller's abort reason without retrying", async () => {
    const controller = new AbortController();
    const calls: Request[] = [];
    const transport = createTransport({
      fetch: (r) => {
        calls.push(r);
        return hang(r);
      },
      timeout: false,
    });
    const pending = transport(get("/x", { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("stop")), 5);
    await expect(pending).rejects.toThrow("stop");
    expect(calls).toHaveLength(1);
  });
});

describe("hooks and correlation id", () => {
  it("observes requests, retries and the final response with its correlation id", async () => {
    const spy = createFetchSpy((_, n) => (n === 0 ? json({}, { status: 503 }) : json({}, { headers: { "x-vol-correlation": "abc-123" } })));
    const seen: string[] = [];
    await createTransport({
      fetch: spy,
      retry: { sleep: instantSleep(), random: () => 0 },
      hooks: {
        beforeRequest: (request, { attempt }) => {
          seen.push(`request ${attempt} ${request.method}`);
        },
        beforeRetry: ({ attempt, delay, response }) => {
          seen.push(`retry ${attempt} ${delay} ${response?.status}`);
        },
        afterResponse: (response, { attempt, correlationId }) => {
          seen.push(`response ${attempt} ${response.status} ${correlationId}`);
        },
      },
    })(get("/x"));
    expect(seen).toEqual(["request 0 GET", "retry 0 150 503", "request 1 GET", "response 1 200 abc-123"]);
  });
});
