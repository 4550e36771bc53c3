import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { describeError, errorCodeForStatus, kiboErrorBody, MockHttpError } from "../http/errors.js";
import { unreadBodyText } from "../http/json-response.js";
import { isServedMethod, methodNotAllowed } from "../http/methods.js";
import type { RequestHandler } from "../http/pipeline.js";
import { createHostPolicy, type HostPolicy, parseHostHeader } from "./host-policy.js";

export interface HttpServerOptions {
  /** @default 4010 (0 picks a free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /**
   * Host names served besides `localhost`, `127.0.0.1`, `[::1]` and the bound host (every local
   * address when bound to `0.0.0.0` / `::`), e.g. `["kibo-mock"]` for a container network; `"*"`
   * serves any name (turns the DNS-rebinding guard off). Other Host headers get 403, and so does a
   * `/__mock/` request whose Origin names another host. @default []
   */
  allowedHosts?: string[];
}

/** A running standalone server. */
export interface HttpServerHandle {
  /** e.g. `http://127.0.0.1:4010` */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly server: Server;
  /** Stops accepting connections, ends open ones and resolves when closed. */
  close(): Promise<void>;
}

const BODYLESS = new Set(["GET", "HEAD"]);

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    const value = req.rawHeaders[i + 1];
    if (name !== undefined && value !== undefined && !name.startsWith(":")) headers.append(name, value);
  }
  return headers;
}

class BodyTooLarge extends Error {}

/** Reads the body, refusing (without buffering further) once it passes `maxBytes`. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > maxBytes) {
        req.off("data", onData);
        req.resume(); // drain the rest without keeping it
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  // The server's own JSON answers are sent from their text; any other body is read from its stream.
  const text = unreadBodyText(response);
  const body = text === undefined ? Buffer.from(await response.arrayBuffer()) : Buffer.from(text);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

/** Answers 413 in Kibo's shape without involving the router, then closes the connection. */
function tooLarge(res: ServerResponse, correlationId: string, maxBytes: number, req: IncomingMessage): Promise<void> {
  const parts = describeError(new MockHttpError("payload_too_large", `Request body is larger than ${maxBytes} bytes.`), correlationId);
  req.resume();
  res.setHeader("connection", "close");
  return writeResponse(
    res,
    new Response(JSON.stringify(parts.body), {
      status: parts.status,
      headers: { "content-type": "application/json; charset=utf-8", "x-vol-correlation": correlationId },
    }),
  );
}

/** Answers an error of the adapter's own (Host, Origin, method, request target) in Kibo's shape. */
function refuse(res: ServerResponse, error: MockHttpError, correlationId: string): Promise<void> {
  const parts = describeError(error, correlationId);
  return writeResponse(
    res,
    new Response(JSON.stringify(parts.body), {
      status: parts.status,
      headers: { "content-type": "application/json; charset=utf-8", "x-vol-correlation": correlationId, ...parts.headers },
    }),
  );
}

const badRequest = (field: string, message: string): MockHttpError =>
  new MockHttpError("validation_failed", message, { items: [{ field, code: "INVALID_FORMAT", message }] });

/** How many distinct Host header values {@link requestUrl} remembers the parse of (emptied when full). */
const HOST_CACHE_SIZE = 256;
/** Longer Host values are parsed every time, not remembered (a host name has at most 253 characters). */
const HOST_CACHE_MAX_LENGTH = 300;

/** Whether the request has more than one Host header (RFC 9112 §3.2: malformed). */
function hasSeveralHosts(rawHeaders: readonly string[]): boolean {
  let seen = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as string;
    if (name.length === 4 && name.toLowerCase() === "host" && ++seen > 1) return true;
  }
  return false;
}

/**
 * The URL of a request, or the error that refuses it: a malformed Host or request target is 400,
 * a host name the policy does not serve is 403, and so is a `/__mock/` request from a page whose
 * Origin names another host. `hosts` remembers `parseHostHeader` per Host value (a client sends
 * the same one on every request): the check runs on every request, the parse once per value.
 */
function requestUrl(req: IncomingMessage, policy: HostPolicy, fallbackHost: string, hosts: Map<string, string | undefined>): URL | MockHttpError {
  // node keeps the first of several Host headers; a request with more than one is malformed.
  if (hasSeveralHosts(req.rawHeaders)) return badRequest("Host", "The request has more than one Host header.");
  const hostHeader = req.headers.host ?? fallbackHost;
  let hostname = hosts.get(hostHeader);
  if (hostname === undefined && !hosts.has(hostHeader)) {
    hostname = parseHostHeader(hostHeader);
    if (hostHeader.length <= HOST_CACHE_MAX_LENGTH) {
      if (hosts.size >= HOST_CACHE_SIZE) hosts.clear();
      hosts.set(hostHeader, hostname);
    }
  }
  if (hostname === undefined) return badRequest("Host", `The Host header is malformed: ${JSON.stringify(hostHeader.slice(0, 100))}.`);
  if (!policy.allows(hostname)) {
    return new MockHttpError("forbidden", `Host ${hostname} is not served (loopback names and the bound host are; add others with --allow-host).`);
  }
  const target = req.url ?? "/";
  const originForm = target.startsWith("/");
  // One parse: URL.canParse followed by new URL would parse every request target twice.
  let url: URL;
  try {
    url = originForm ? new URL(target, `http://${hostHeader.trim()}`) : new URL(target);
  } catch {
    return badRequest("url", "The request target is malformed.");
  }
  // absolute-form (`GET http://host/path`): its host must be served too.
  if (!originForm && ((url.protocol !== "http:" && url.protocol !== "https:") || !policy.allows(url.hostname.toLowerCase()))) {
    return new MockHttpError("forbidden", `Host ${url.hostname} is not served.`);
  }
  const originHeader = req.headers.origin;
  if (originHeader !== undefined && url.pathname.startsWith("/__mock/") && !policy.allowsOrigin(originHeader)) {
    return new MockHttpError("forbidden", `The /__mock/ controls refuse requests from another site (Origin ${originHeader.slice(0, 100)}).`);
  }
  return url;
}

const REASONS: Readonly<Record<number, string>> = { 400: "Bad Request", 405: "Method Not Allowed", 408: "Request Timeout", 431: "Request Header Fields Too Large" };

/** Writes a Kibo-shaped error straight to a socket that has no ServerResponse, then closes it. */
function endSocket(socket: Socket, status: number, message: string, correlationId: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(kiboErrorBody(errorCodeForStatus(status), message, correlationId));
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}\r\ncontent-type: application/json; charset=utf-8\r\nx-vol-correlation: ${correlationId}\r\n` +
      `${extra}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** A request node's parser refused (bad request line or headers, too-large headers, timeout): a Kibo-shaped 400/431/408. */
function onClientError(error: Error & { code?: string }, socket: Socket, correlationId: string): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  endSocket(socket, status, "The request could not be read as HTTP/1.1.", correlationId);
}

/**
 * Serves the core over node:http: IncomingMessage → Request → core → Response → ServerResponse.
 * Before the core: the Host header (400 malformed, 403 not served), the Origin of `/__mock/`
 * requests (403), the method (405). Bodies are limited while streaming (413); a network-error
 * fault destroys the socket; a request node cannot parse is a Kibo-shaped 400.
 */
export async function serveOverHttp(
  handle: RequestHandler,
  options: HttpServerOptions & { maxBodyBytes: number },
): Promise<HttpServerHandle> {
  const host = options.host ?? "127.0.0.1";
  const policy = createHostPolicy(host, options.allowedHosts ?? []);
  let oversize = 0;
  let refused = 0;
  let failures = 0;
  /** `host:port` of the bound address, for a request without a Host header (set once listening). */
  let boundHost = "";
  const hosts = new Map<string, string | undefined>();
  const server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? "GET";
      if (!isServedMethod(method)) {
        req.resume();
        return refuse(res, methodNotAllowed(method), `mock-http-405-${++refused}`);
      }
      const url = requestUrl(req, policy, boundHost, hosts);
      if (url instanceof MockHttpError) {
        req.resume();
        return refuse(res, url, `mock-http-refused-${++refused}`);
      }
      const headers = toHeaders(req);
      const declared = Number(req.headers["content-length"] ?? 0);
      const correlationId = headers.get("x-vol-correlation") ?? `mock-http-413-${++oversize}`;
      if (declared > options.maxBodyBytes) return tooLarge(res, correlationId, options.maxBodyBytes, req);
      let body: Buffer | undefined;
      if (!BODYLESS.has(method)) {
        try {
          body = await readBody(req, options.maxBodyBytes);
        } catch (error) {
          if (error instanceof BodyTooLarge) return tooLarge(res, correlationId, options.maxBodyBytes, req);
          throw error;
        }
      }
      const init: RequestInit = { method, headers };
      if (body !== undefined && body.length > 0) init.body = new Uint8Array(body);
      const response = await handle(new Request(url, init));
      if (response.type === "error") {
        req.socket.destroy();
        return;
      }
      await writeResponse(res, response);
    })().catch((error: unknown) => {
      if (!res.headersSent) {
        const parts = describeError(error, `mock-http-500-${++failures}`);
        res.writeHead(500, { "content-type": "application/json; charset=utf-8", "x-vol-correlation": parts.body.correlationId });
        res.end(JSON.stringify(parts.body));
      } else {
        res.destroy();
      }
    });
  });

  server.on("clientError", (error: Error & { code?: string }, socket: Socket) => onClientError(error, socket, `mock-http-400-${++refused}`));
  // node hands CONNECT to this event instead of the request handler (and closes the socket when nobody listens).
  server.on("connect", (_req: IncomingMessage, socket: Socket) => {
    const error = methodNotAllowed("CONNECT");
    endSocket(socket, 405, error.message, `mock-http-405-${++refused}`, error.headers);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off("error", reject);
      boundHost = `${host.includes(":") ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
