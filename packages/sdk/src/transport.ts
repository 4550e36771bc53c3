import ky from "ky";
import type { InventoryError } from "./errors/inventory-error.js";
import { NetworkError } from "./errors/network-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
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
export function isReadRequest(request: Request): boolean {
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

/**
 * Builds the ky-based `fetch` the client hands to openapi-fetch: timeout, retries with backoff,
 * jitter and `Retry-After`, one re-authentication on 401, hooks. HTTP errors are *returned*
 * (`throwHttpErrors: false`) so openapi-fetch keeps its `{data, error, response}` contract; network
 * failures and timeouts throw {@link NetworkError} / {@link TimeoutError}; an aborted signal rethrows
 * the signal's reason.
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

  return async function transport(request: Request): Promise<Response> {
    const target = { method: request.method, url: request.url };
    const retryable = retry.writes || isReadRequest(request);
    // The body is read once (as `fetch(request)` would) and each attempt's Request is built by ky
    // from `request` and these bytes: no clone per attempt, no extra copy for the auth header.
    // Headers go as a plain record: under MSW's `setupServer`, a `Headers` object whose raw-name
    // bookkeeping only saw a later `set()` lost every other header (x-vol-*, content-type) when copied.
    const body = request.method === "GET" || request.method === "HEAD" ? null : await request.arrayBuffer();
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    // ky's Request is what is sent. The global fetch also gets the bytes, so it builds its Request
    // from them instead of piping ky's body stream (a Request built from a Request with a body costs
    // a stream pipe, and MSW's fetch builds one per call).
    const send: FetchLike = options.fetch ?? ((sent) => globalThis.fetch(sent, { body }));
    let attempt = 0;
    let reauthenticated = false;
    let rejected: string | undefined;
    for (;; attempt++) {
      const info = { attempt };
      const token = await options.auth?.token(rejected);
      if (token !== undefined) headers.authorization = `Bearer ${token}`;
      let outgoing = request;

      let response: Response | undefined;
      let error: InventoryError | undefined;
      let delay: number | undefined;
      try {
        response = await ky(request, {
          timeout,
          retry: 0,
          throwHttpErrors: false,
          body,
          headers,
          fetch: (sent) => {
            outgoing = sent as Request;
            return send(outgoing);
          },
          ...(hooks.beforeRequest && { hooks: { beforeRequest: [(sent) => hooks.beforeRequest?.(sent, info)] } }),
        });
      } catch (cause) {
        if (request.signal.aborted) throw request.signal.reason ?? cause;
        error =
          cause instanceof Error && cause.name === "TimeoutError"
            ? new TimeoutError({ ...target, timeout: timeout === false ? undefined : timeout, cause })
            : new NetworkError({ ...target, cause });
        if (!retryable || attempt >= retry.limit) throw error;
        delay = backoffDelay(attempt, retry);
      }

      if (response) {
        if (response.status === 401 && !reauthenticated && options.auth?.canReauthenticate) {
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
        await hooks.beforeRetry?.({ ...info, request: outgoing, delay, ...(response ? { response } : { error }) });
        if (response) discard(response);
        await retry.sleep(delay, request.signal);
        continue;
      }
      if (!response) throw error;

      rememberTarget(response, target);
      await hooks.afterResponse?.(response, {
        ...info,
        request: outgoing,
        correlationId: response.headers.get("x-vol-correlation") ?? undefined,
      });
      return response;
    }
  };
}
