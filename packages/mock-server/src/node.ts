import { type SetupServer, setupServer } from "msw/node";
import { type HttpServerHandle, type HttpServerOptions, serveOverHttp } from "./adapters/node-http.js";
import { createInventoryMock, type InventoryMock } from "./create-inventory-mock.js";
import type { InventoryMockOptions } from "./options.js";

// ---- MSW interception (setupServer)

/** `setupInventoryMock()`: an MSW `setupServer` wired to a reference server, plus its controls. */
export interface InventoryMockServer extends InventoryMock {
  /** The underlying MSW server. */
  readonly server: SetupServer;
  /** Starts intercepting. @default onUnhandledRequest: "bypass" */
  listen(options?: Parameters<SetupServer["listen"]>[0]): void;
  /** Stops intercepting. */
  close(): void;
  /** Drops handlers added with `use()`; the reference server's handlers stay. */
  resetHandlers(...handlers: Parameters<SetupServer["resetHandlers"]>): void;
  /** Prepends runtime handlers (overrides). */
  use(...handlers: Parameters<SetupServer["use"]>): void;
}

/**
 * Creates a reference server and an MSW `setupServer` over it, for Node test suites.
 * @example
 * const kibo = setupInventoryMock();
 * beforeAll(() => kibo.listen()); afterEach(() => kibo.reset()); afterAll(() => kibo.close());
 * @see ../README.md
 */
export function setupInventoryMock(options: InventoryMockOptions = {}): InventoryMockServer {
  const mock = createInventoryMock(options);
  const server = setupServer(...mock.handlers);
  return {
    ...mock,
    server,
    listen: (listenOptions = { onUnhandledRequest: "bypass" }) => server.listen(listenOptions),
    close: () => server.close(),
    resetHandlers: (...handlers) => server.resetHandlers(...handlers),
    use: (...handlers) => server.use(...handlers),
  };
}

// ---- Standalone HTTP (node:http)

export interface ListenOptions extends InventoryMockOptions, HttpServerOptions {
  /** Serve an existing mock instead of creating one from the options. */
  mock?: InventoryMock;
}

/** A running standalone server and the mock behind it. */
export interface RunningInventoryServer extends HttpServerHandle {
  readonly mock: InventoryMock;
}

/**
 * Serves the reference server over HTTP on `host:port` (default `127.0.0.1:4010`; port 0 picks one).
 * @example const { url, close } = await listen({ port: 0 });
 * @see ../README.md
 */
export async function listen(options: ListenOptions = {}): Promise<RunningInventoryServer> {
  const { port, host, allowedHosts, mock: given, ...mockOptions } = options;
  const mock = given ?? createInventoryMock(mockOptions);
  const httpOptions: HttpServerOptions & { maxBodyBytes: number } = { maxBodyBytes: mock.options.maxBodyBytes };
  if (allowedHosts !== undefined) httpOptions.allowedHosts = allowedHosts;
  if (port !== undefined) httpOptions.port = port;
  if (host !== undefined) httpOptions.host = host;
  const handle = await serveOverHttp(mock.handle, httpOptions);
  return { ...handle, mock };
}

export type { HttpServerHandle, HttpServerOptions } from "./adapters/node-http.js";
