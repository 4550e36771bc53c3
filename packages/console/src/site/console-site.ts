/**
 * Serves the built console (dist/app/) from a Fetch-API handler, so any server that speaks
 * Request/Response can put it in front of the API: `GET /` redirects to `/ui/`, `/ui/` is the page,
 * `/ui/<file>` its assets. Files are read once, when the site is made; nothing else on disk is
 * reachable (no path is ever joined from the request).
 */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the console lives on the server. */
export const CONSOLE_PATH = "/ui/";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

// Same-origin only: the page talks to the server that served it, and loads nothing from elsewhere.
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-cache",
};

interface Asset {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
}

/** The console's answers. */
export interface ConsoleSite {
  /** The console's response to a request, or undefined when the request is not for it (the API's). */
  answer(request: Request): Response | undefined;
  /** The files served under {@link CONSOLE_PATH}, by name. */
  readonly files: readonly string[];
}

export interface ConsoleSiteOptions {
  /** The built app. @default this package's dist/app/ */
  dir?: string;
}

function defaultDir(): string {
  return fileURLToPath(new URL("./app/", import.meta.url));
}

function loadAssets(dir: string): Map<string, Asset> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new Error(`The console is not built: ${dir} is missing. Run \`npx turbo run build --filter=@kibo-inventory/console\`.`);
  }
  const assets = new Map<string, Asset>();
  for (const name of names) {
    const contentType = CONTENT_TYPES[extname(name)];
    if (contentType !== undefined) assets.set(name, { body: new Uint8Array(readFileSync(join(dir, name))), contentType });
  }
  if (!assets.has("index.html")) throw new Error(`The console is not built: ${dir} has no index.html.`);
  return assets;
}

function redirect(location: string, status: 301 | 302): Response {
  return new Response(null, { status, headers: { location, "cache-control": "no-cache" } });
}

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}

/**
 * Makes the handler for the console's paths: `/`, `/ui` and everything under `/ui/`.
 * @example
 * const site = consoleSite();
 * const handle = (request: Request) => site.answer(request) ?? api(request);
 */
export function consoleSite(options: ConsoleSiteOptions = {}): ConsoleSite {
  const assets = loadAssets(options.dir ?? defaultDir());
  return {
    files: [...assets.keys()].sort(),
    answer(request) {
      const { pathname } = new URL(request.url);
      if (pathname !== "/" && pathname !== "/ui" && !pathname.startsWith(CONSOLE_PATH)) return undefined;
      if (request.method !== "GET" && request.method !== "HEAD") {
        // `/` is the console's only on GET: other methods there stay the API's (its 404 or 405).
        if (pathname === "/") return undefined;
        return text(405, `${request.method} is not allowed here; the console answers GET and HEAD.`, { allow: "GET, HEAD" });
      }
      if (pathname === "/") return redirect(CONSOLE_PATH, 302);
      if (pathname === "/ui") return redirect(CONSOLE_PATH, 301);
      const name = pathname === CONSOLE_PATH ? "index.html" : pathname.slice(CONSOLE_PATH.length);
      const asset = assets.get(name);
      if (asset === undefined) return text(404, `No console file ${JSON.stringify(name)}.`);
      const headers = { ...SECURITY_HEADERS, "content-type": asset.contentType, "content-length": String(asset.body.length) };
      return new Response(request.method === "HEAD" ? null : asset.body, { status: 200, headers });
    },
  };
}
