import { describe, expect, it, vi } from "vitest";
import { TimeoutError } from "../errors/timeout-error.js";
import { createTransport } from "../transport.js";
import { createDeadlines } from "./deadlines.js";

describe("shared deadlines", () => {
  it("calls starting within one slice share a signal; the next slice, or the 33rd call, gets a new one", () => {
    let t = 0;
    const join = createDeadlines(6400, () => t); // slice = 100 ms
    const first = join();
    t = 99;
    expect(join().signal).toBe(first.signal);
    t = 100;
    const second = join();
    expect(second.signal).not.toBe(first.signal);
    for (let i = 1; i < 32; i++) expect(join().signal).toBe(second.signal);
    expect(join().signal).not.toBe(second.signal);
  });

  it("aborts the calls still waiting once the timeout has passed for each of them, not before", async () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const join = createDeadlines(640, () => t); // slice = 10 ms
      const early = join();
      t = 9;
      const late = join();
      await vi.advanceTimersByTimeAsync(649); // the later call has had 640 ms: not yet past the shared deadline
      expect(late.signal.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(early.fired).toBe(true);
      expect(late.signal.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not abort when every call of the slice has its response", async () => {
    vi.useFakeTimers();
    try {
      const join = createDeadlines(640, () => 0);
      const a = join();
      const b = join();
      a.leave();
      b.leave();
      await vi.advanceTimersByTimeAsync(1000);
      expect(a.fired).toBe(false);
      expect(a.signal.aborted).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a client call on the fast path (global fetch, no hooks) fails with TimeoutError after its timeout", async () => {
    const hang = vi.fn(
      (_url: string, init: RequestInit) => new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason))),
    );
    vi.stubGlobal("fetch", hang);
    try {
      const { LazyRequest } = await import("./lazy-request.js");
      const request = new LazyRequest("https://t1.sandbox.mozu.com/api/commerce/inventory/v1/queue", { method: "GET", headers: new Headers() });
      const started = performance.now();
      const error = await createTransport({ timeout: 64, retry: false })(request as unknown as Request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeout).toBe(64);
      expect(performance.now() - started).toBeGreaterThanOrEqual(63);
      expect(hang).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
