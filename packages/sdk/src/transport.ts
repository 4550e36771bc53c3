import type { InventoryError } from "./errors/inventory-error.js";
import { NetworkError } from "./errors/network-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import { createDeadlines } from "./internal/deadlines.js";
import { LazyRequest } from "./internal/lazy-request.js";
import { parseRetryAfter } from "./internal/retry-after.js";
import { rememberTarget } from "./internal/request-info.js";
import { sleep as defaultSleep } from "./internal/sleep.js";

/** A Fetch-API compatible function (global `fetch`, a spy, or a mock server's `fetch`). */
export type FetchLike = (input: Request) => Promise<Response>;

/** Retry policy. Reads (GETs and the POST queries) retry by default; writes only when `writes` is set. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  limit?: number;
  /** Also retry writes (refresh, adjust, allocate, …). Adjust is not idempotent: opt in knowingly. @default false */
  writes?: boolean;
  /** First backoff step in ms; step n waits `base * 2^n` with jitter. @default 300 */
  baseDelay?: number;
  /** Upper bound of one backoff step in ms. @default 10000 */
  maxDelay?: number;
  /** A `Retry-After` longer than this (ms) is not waited for; the response is returned as is. @default 60000 */
  maxRetryAfter?: number;
  /** Statuses that are retried. @default [408, 429, 500, 502, 503, 504] */
  statusCodes?: readonly number[];
  /** Jitter source in [0, 1); inject a constant for deterministic tests. @default Math.random */
  random?: () => number;
  /** Waits between attempts; inject to skip real time in tests. @default setTimeout-based */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What a hook is told about the attempt it observes. */
export interface AttemptInfo {
  /** 0 for the first attempt. */
  attempt: number;
}

/** Observation hooks; they may inspect but should not consume bodies (clone first). */
export interface TransportHooks {
  /** Before each attempt is sent (auth header already set). */
  beforeRequest?: (request: Request, info: AttemptInfo) => void | Promise<void>;
  /** After the final response of a call arrived (any status). */
  afterResponse?: (response: Response, info: AttemptInfo & { request: Request; correlationId: string | undefined }) => void | Promise<void>;
  /** Before waiting for a retry. */
  beforeRetry?: (info: AttemptInfo & { request: Request; delay: number; response?: Response; error?: unknown }) => void | Promise<void>;
}

/** Supplies the `Authorization` header value per attempt. */
export interface Authorizer {
  /**
   * Returns a token (or undefined for no header). After a 401, `rejected` is the token the server
   * refused, so a fresh one is fetched unless another call has already replaced it.
   */
  token(rejected?: string): Promise<string | undefined>;
  /** Whether asking again after a 401 can help (OAuth or a token function). */
  readonly canReauthenticate: boolean;
}

/** Options of {@link createTransport}. */
export interface TransportOptions {
  /** Underlying fetch. @default globalThis.fetch */
  fetch?: FetchLike | undefined;
  /** Per-attempt timeout in ms, or `false` for none. @default 30000 */
  timeout?: number | false | undefined;
  /** Retry policy, a retry limit, or `false` to never retry. @default { limit: 2 } */
  retry?: RetryOptions | number | false | undefined;
  /** Observation hooks. */
  hooks?: TransportHooks | undefined;
  /** Auth; without it no `Authorization` header is added. */
  auth?: Authorizer | undefined;
}

/**
 * POST endpoints that only read and are therefore retried like GETs: the v5 inventory query and
 * aggregate, the RIS query and the RIS GraphQL endpoint.
 */
const READ_POST = /\/commerce\/(inventory\/v5\/inventory(\/aggregate)?|realtime-inventory\/(v5\/inventory|graphql))\/*$/;

/**
 * Whether a request is a read, retried by default: GET/HEAD/OPTIONS and the POST queries.
 * @example
 * isReadRequest(new Request(`${base}/commerce/inventory/v5/inventory`, { method: "POST" })); // true
 */
export function isReadRequest(request: Pick<Request, "method" | "url">): boolean {
  const method = request.method;
  return method === "GET" || method === "HEAD" || method === "OPTIONS" || (method === "POST" && READ_POST.test(request.url.split("?")[0] ?? ""));
}

function normalizeRetry(retry: TransportOptions["retry"]): Required<RetryOptions> {
  const {
    limit = 2,
    writes = false,
    baseDelay = 300,
    maxDelay = 10_000,
    maxRetryAfter = 60_000,
    statusCodes = [408, 429, 500, 502, 503, 504],
    random = Math.random,
    sleep = defaultSleep,
  }: RetryOptions = retry === false ? { limit: 0 } : typeof retry === "number" ? { limit: retry } : (retry ?? {});
  return { limit, writes, baseDelay, maxDelay, maxRetryAfter, statusCodes, random, sleep };
}

/** Exponential backoff with "equal jitter": half the step fixed, half random. */
export function backoffDelay(attempt: number, retry: Pick<Required<RetryOptions>, "baseDelay" | "maxDelay" | "random">): number {
  const step = Math.min(retry.maxDelay, retry.baseDelay * 2 ** attempt);
  return Math.round(step / 2 + retry.random() * (step / 2));
}

/**
 * Drops a response we will not read, without waiting: cancelling the body of a response that MSW's
 * `setupServer` produced never settles, so awaiting it hung every retry and re-authentication.
 */
function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}

/** What one call sends on every attempt: read once from the request openapi-fetch built. */
interface Outgoing {
  url: string;
  method: string;
  /** The rest of the caller's init (redirect, credentials, …), without headers, body and signal. */
  init: RequestInit;
  /** A plain record: under MSW's `setupServer`, a copied `Headers` lost the headers set before a later `set()`. */
  headers: Record<string, string>;
  body: BodyInit | null;
  signal: AbortSignal | null;
}

async function outgoingOf(request: Request | LazyRequest): Promise<Outgoing> {
  const method = request.method;
  if (LazyRequest.isPending(request)) {
    // The fast path: openapi-fetch's serialized body and headers, no Request built (ADR 0012).
    const { headers: _h, body = null, signal = null, ...init } = request.init;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    // A stream can be sent once only: read it, so a retry can send the same bytes.
    const bytes = body instanceof ReadableStream ? await new Response(body).arrayBuffer() : body;
    return { url: request.url, method, init, headers, body: bytes, signal };
  }
  const real = LazyRequest.real(request);
  // A real Request: its body is read once (as `fetch(request)` would), so each attempt sends the same bytes.
  const body = method === "GET" || method === "HEAD" ? null : await real.arrayBuffer();
  return { url: real.url, method, init: { redirect: real.redirect }, headers: Object.fromEntries(real.headers), body, signal: real.signal };
}

/** What the transport knows of one attempt. */
interface Attempt {
  /** The timeout fired. */
  fired: boolean;
  /** The Request sent, when one was built (a caller's fetch, hooks). */
  sent: Request | undefined;
}

/** The `Request` of an attempt, for a caller's fetch and for hooks. */
function requestOf(out: Outgoing, signal: AbortSignal | null): Request {
  return new Request(out.url, { ...out.init, method: out.method, headers: out.headers, body: out.body, signal });
}

/** Whether the global fetch may be handed the body again beside a Request (FormData would get a second boundary). */
const replayable = (body: BodyInit | null): boolean => typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body);

/**
 * Builds the `fetch` the client hands to openapi-fetch: timeout, retries with backoff, jitter and
 * `Retry-After`, one re-authentication on 401, hooks. HTTP errors are *returned* so openapi-fetch
 * keeps its `{data, error, response}` contract; network failures and timeouts throw
 * {@link NetworkError} / {@link TimeoutError}; an aborted signal rethrows the signal's reason.
 *
 * Each attempt calls the global `fetch(url, init)` as a hand-written call would; a `Request` is
 * built only for a caller's `fetch` or for hooks, which are given the `Request` that is sent
 * (ADR 0012).
 *
 * @example
 * const fetch = createTransport({ timeout: 5000, retry: { limit: 3 } });
 * const response = await fetch(new Request("https://t1.sandbox.mozu.com/api/commerce/inventory/v1/queue"));
 * @see packages/sdk/README.md
 */
export function createTransport(options: TransportOptions = {}): FetchLike {
  const retry = normalizeRetry(options.retry);
  const timeout = options.timeout ?? 30_000;
  const hooks = options.hooks ?? {};
  const auth = options.auth;
  const custom = options.fetch;
  const join = timeout === false ? undefined : createDeadlines(timeout);
  let idle: AbortSignal | undefined;
  const needsRequest = custom !== undefined || hooks.beforeRequest !== undefined || hooks.afterResponse !== undefined || hooks.beforeRetry !== undefined;

  /**
   * One attempt: the response, or a throw (the timeout's own reason when it fired). `attempt.sent`
   * is the Request handed to a caller's fetch or hooks; the timer holds it through `attempt`, since
   * a Request's signal follows ours only through a weak reference, and a fetch that waits for the
   * abort would otherwise be collected with it and never settle.
   */
  async function send(out: Outgoing, info: AttemptInfo, attempt: Attempt): Promise<Response> {
    if (!needsRequest && out.signal === null && join !== undefined) {
      // The fast path: a shared deadline instead of a controller and a timer per call (ADR 0012).
      const deadline = join();
      try {
        return await globalThis.fetch(out.url, { ...out.init, method: out.method, headers: out.headers, body: out.body, signal: deadline.signal });
      } catch (error) {
        attempt.fired = deadline.fired;
        throw error;
      } finally {
        deadline.leave();
      }
    }
    let signal = out.signal;
    let handle: ReturnType<typeof setTimeout> | undefined;
    let relay: (() => void) | undefined;
    if (timeout !== false) {
      const c = new AbortController();
      handle = setTimeout(() => {
        attempt.fired = true;
        c.abort(new Error(`Timed out after ${timeout} ms`));
      }, timeout);
      const outer = out.signal;
      if (outer) {
        relay = () => c.abort(outer.reason);
        if (outer.aborted) relay();
        else outer.addEventListener("abort", relay, { once: true });
      }
      signal = c.signal;
    }
    try {
      if (!needsRequest) return await globalThis.fetch(out.url, { ...out.init, method: out.method, headers: out.headers, body: out.body, signal });
      const sent = requestOf(out, signal);
      attempt.sent = sent;
      await hooks.beforeRequest?.(sent, info);
      // The global fetch also gets the bytes, so it builds its Request from them instead of piping the body stream.
      return await (custom ? custom(sent) : replayable(out.body) ? globalThis.fetch(sent, { body: out.body }) : globalThis.fetch(sent));
    } finally {
      if (handle !== undefined) clearTimeout(handle);
      if (relay) out.signal?.removeEventListener("abort", relay);
    }
  }

  return async function transport(request: Request): Promise<Response> {
    const out = await outgoingOf(request);
    const target = { method: out.method, url: out.url };
    const retryable = retry.writes || isReadRequest(out);
    let attempt = 0;
    let reauthenticated = false;
    let rejected: string | undefined;
    for (;; attempt++) {
      const info = { attempt };
      const token = await auth?.token(rejected);
      if (token !== undefined) out.headers.authorization = `Bearer ${token}`;

      let response: Response | undefined;
      let error: InventoryError | undefined;
      let delay: number | undefined;
      const state: Attempt = { fired: false, sent: undefined };
      try {
        response = await send(out, info, state);
      } catch (cause) {
        if (out.signal?.aborted) throw out.signal.reason ?? cause;
        error = state.fired
          ? new TimeoutError({ ...target, timeout: timeout === false ? undefined : timeout, cause })
          : new NetworkError({ ...target, cause });
        if (!retryable || attempt >= retry.limit) throw error;
        delay = backoffDelay(attempt, retry);
      }

      if (response) {
        if (response.status === 401 && !reauthenticated && auth?.canReauthenticate) {
          reauthenticated = true;
          rejected = token ?? "";
          discard(response);
          attempt--; // a re-authentication is not a retry
          continue;
        }
        if (retryable && attempt < retry.limit && retry.statusCodes.includes(response.status)) {
          const after = parseRetryAfter(response.headers.get("retry-after"), Date.now());
          if (after === undefined || after <= retry.maxRetryAfter) delay = after ?? backoffDelay(attempt, retry);
        }
      }

      if (delay !== undefined) {
        if (hooks.beforeRetry) {
          await hooks.beforeRetry({ ...info, request: state.sent ?? requestOf(out, out.signal), delay, ...(response ? { response } : { error }) });
        }
        if (response) discard(response);
        // The sleep always gets a signal (as when every call was a Request): the caller's, or one that never aborts.
        idle ??= new AbortController().signal;
        await retry.sleep(delay, out.signal ?? idle);
        continue;
      }
      if (!response) throw error;

      rememberTarget(response, target);
      if (hooks.afterResponse) {
        await hooks.afterResponse(response, {
          ...info,
          request: state.sent ?? requestOf(out, out.signal),
          correlationId: response.headers.get("x-vol-correlation") ?? undefined,
        });
      }
      return response;
    }
  };
}
