import { HttpResponse, http, type RequestHandler as MswRequestHandler } from "msw";
import type { RequestHandler } from "../http/pipeline.js";
import { isKiboPath } from "../routes/kibo-routes.js";

let predicates: boolean | undefined;

/**
 * Whether this msw takes a function as a handler's predicate (recent 2.x releases do; older ones
 * expect a path and throw on a function). A predicate spares msw compiling and matching a path
 * pattern on every request.
 */
function predicatesSupported(): boolean {
  if (predicates === undefined) {
    try {
      const probe = http.all(() => false, () => undefined);
      predicates = typeof probe.info.path === "function" && String(probe.info.header).includes("[custom predicate]");
    } catch {
      predicates = false;
    }
  }
  return predicates;
}

const isKiboRequest = ({ request }: { request: Request }): boolean => isKiboPath(new URL(request.url).pathname);

/** `http.all(predicate, resolver)` where msw supports it, else the path pattern and the check in the resolver. */
function kiboApiHandler(respond: (request: Request) => Promise<Response>): MswRequestHandler {
  if (predicatesSupported()) {
    return http.all(isKiboRequest, ({ request }) => respond(request));
  }
  return http.all("*/api/*", ({ request }) => (isKiboRequest({ request }) ? respond(request) : undefined));
}

/**
 * A bodyless write as the core should see it. A service worker hands MSW a POST sent without a body
 * (`checkouts?cartId=…`, an action without payload) as an empty, typeless body, which the core
 * would refuse with 415 (only JSON bodies are executed); an empty one is no body at all. Only a
 * typeless write is read here, and only to check that it is empty.
 */
async function withoutEmptyBody(request: Request): Promise<Request> {
  if (request.body === null || request.headers.has("content-type") || request.method === "GET" || request.method === "HEAD") return request;
  const bytes = await request.arrayBuffer();
  const init: RequestInit = { method: request.method, headers: request.headers, signal: request.signal };
  return new Request(request.url, bytes.byteLength === 0 ? init : { ...init, body: bytes });
}

/**
 * MSW request handlers over the core. They match Kibo's paths on any host (`*​/api/*`,
 * `*​/__mock/*`); a path under `/api/` that is not Kibo's is left to the next handler.
 */
export function createMswHandlers(handle: RequestHandler): MswRequestHandler[] {
  const respond = async (request: Request): Promise<Response> => {
    const response = await handle(await withoutEmptyBody(request));
    return response.type === "error" ? HttpResponse.error() : response;
  };
  return [
    kiboApiHandler(respond),
    // Always registered: with `admin: false` the core answers these 404.
    http.all("*/__mock/*", ({ request }) => respond(request)),
  ];
}
