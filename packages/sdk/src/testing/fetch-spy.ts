/** Test-only: a fetch spy that records requests and answers from a handler. Not exported by the package. */
export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export type SpyHandler = (request: RecordedRequest, call: number) => Response | Promise<Response>;

export interface FetchSpy {
  (input: Request): Promise<Response>;
  calls: RecordedRequest[];
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { "content-type": "application/json", "x-vol-correlation": "corr-1", ...(init.headers as Record<string, string> | undefined) },
  });
}

export function createFetchSpy(handler: SpyHandler = () => json({})): FetchSpy {
  const calls: RecordedRequest[] = [];
  const spy = (async (input: Request) => {
    const text = input.body ? await input.text() : "";
    const url = new URL(input.url);
    const recorded: RecordedRequest = {
      method: input.method,
      url: input.url,
      path: url.pathname,
      headers: Object.fromEntries(input.headers.entries()),
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(recorded);
    return handler(recorded, calls.length - 1);
  }) as FetchSpy;
  spy.calls = calls;
  return spy;
}

/** A recording sleep that resolves at once. */
export function instantSleep(): ((ms: number) => Promise<void>) & { delays: number[] } {
  const delays: number[] = [];
  const sleep = Object.assign(async (ms: number) => {
    delays.push(ms);
  }, { delays });
  return sleep;
}
