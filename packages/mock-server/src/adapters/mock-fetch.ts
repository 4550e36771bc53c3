import type { RequestHandler } from "../http/pipeline.js";

/** Base for relative URLs given to `mock.fetch` (any host works: routes match on the path). */
const MOCK_FETCH_BASE = "http://kibo-inventory-mock.local";

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/**
 * A `fetch` that calls the router directly — no interception, no sockets, safe in parallel.
 * A network-error fault rejects with `TypeError("fetch failed")`, as a real fetch would.
 */
export function createMockFetch(handle: RequestHandler): typeof fetch {
  return async function mockFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request =
      typeof input === "string" || input instanceof URL
        ? new Request(new URL(input, MOCK_FETCH_BASE), init)
        : new Request(input, init);
    const signal = request.signal;
    if (signal.aborted) throw abortError(signal);
    const answer = handle(request);
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener("abort", () => reject(abortError(signal)), { once: true });
    });
    aborted.catch(() => undefined);
    const response = await Promise.race([answer, aborted]);
    if (response.type === "error") {
      throw new TypeError("fetch failed", { cause: new Error("kibo-inventory-mock: injected network error") });
    }
    return response;
  };
}
