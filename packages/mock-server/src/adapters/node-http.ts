import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describeError, MockHttpError } from "../http/errors.js";
import { unreadBodyText } from "../http/json-response.js";
import type { RequestHandler } from "../http/pipeline.js";

export interface HttpServerOptions {
  /** @default 4010 (0 picks a free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
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

/**
 * Serves the core over node:http: IncomingMessage → Request → core → Response → ServerResponse.
 * Bodies are limited while streaming (413); a network-error fault destroys the socket.
 */
export async function serveOverHttp(
  handle: RequestHandler,
  options: HttpServerOptions & { maxBodyBytes: number },
): Promise<HttpServerHandle> {
  const host = options.host ?? "127.0.0.1";
  let oversize = 0;
  let failures = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? "GET";
      const base = `http://${req.headers.host ?? `${host}:${(server.address() as AddressInfo).port}`}`;
      const url = new URL(req.url ?? "/", base);
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

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off("error", reject);
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
