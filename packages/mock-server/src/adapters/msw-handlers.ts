import { HttpResponse, http, type RequestHandler as MswRequestHandler } from "msw";
import type { RequestHandler } from "../http/pipeline.js";
import { isKiboPath } from "../routes/kibo-routes.js";

/**
 * MSW request handlers over the core. They match Kibo's paths on any host (`*​/api/*`,
 * `*​/__mock/*`); a path under `/api/` that is not Kibo's is left to the next handler.
 */
export function createMswHandlers(handle: RequestHandler): MswRequestHandler[] {
  const respond = async (request: Request): Promise<Response> => {
    const response = await handle(request);
    return response.type === "error" ? HttpResponse.error() : response;
  };
  return [
    http.all("*/api/*", ({ request }) => (isKiboPath(new URL(request.url).pathname) ? respond(request) : undefined)),
    // Always registered: with `admin: false` the core answers these 404.
    http.all("*/__mock/*", ({ request }) => respond(request)),
  ];
}
