import { type AuthSettings, authenticate, authenticateToken } from "../auth/authenticate.js";
import type { ActiveFault, FaultController } from "../core/faults.js";
import { CORRELATION_HEADER, type CorrelationIds } from "../core/correlation.js";
import { applicationOfPath } from "./application-name.js";
import { assertDeclaredLength, assertJsonContentType, parseJsonBody, readBodyText } from "./body.js";
import { type ApplicationName, describeError, errorCodeForStatus, kiboErrorBody, MockHttpError } from "./errors.js";
import { jsonResponse } from "./json-response.js";
import { isServedMethod, methodNotAllowed } from "./methods.js";
import type { RouteContext, RouteDefinition, ServerRuntime, TenantScope } from "./route.js";
import type { Router } from "./router.js";
import { type SchemaLike, validate } from "./validation.js";
import { type InventorySlotSettings, tenantSlot } from "../core/inventory-slot.js";
import { ReplayError, type RequestWrite } from "../core/committed-write.js";
import { type CommitSeam, createWriteGate, type WriteRequest } from "./write-gate.js";
import { keepJobHistory } from "../core/job-history.js";

/** One line of the response log (`onResponse`). */
export interface ResponseEvent {
  method: string;
  path: string;
  /** undefined when no route matched. */
  operationId: string | undefined;
  status: number;
  correlationId: string;
  /** Server clock at the time of the answer (ISO 8601). */
  at: string;
  /** A fault answered instead of the operation. */
  fault?: "status" | "network";
}

export interface PipelineDeps {
  router: Router;
  runtime: ServerRuntime;
  faults: FaultController;
  correlation: CorrelationIds;
  auth: AuthSettings;
  /** The server's inventory settings, for a tenant slot the state lacks. @default engine defaults */
  inventorySettings?: InventorySlotSettings;
  maxBodyBytes: number;
  /**
   * Set when a store keeps the state (`onCommit` option): non-GET requests then run one at a time
   * and each change is committed before its answer goes out (./write-gate.ts).
   */
  commit: CommitSeam | undefined;
  /** Jobs kept per tenant (see core/job-history.ts). */
  jobHistory: number;
  /** When set, the `/__mock/*` controls (health excepted) need it as a bearer token or `x-mock-admin-token`. */
  adminToken?: string | undefined;
  onResponse: ((event: ResponseEvent) => void) | undefined;
  /** Told about errors that became 500 (for logging; the client sees no details). */
  onUnhandledError: ((error: unknown, event: { operationId: string | undefined; correlationId: string }) => void) | undefined;
}

/** The Fetch-API core: `(request) => Promise<Response>`. A network-error fault yields `Response.error()`. */
export type RequestHandler = (request: Request) => Promise<Response>;

const noop = (): void => undefined;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function tenantScope(runtime: ServerRuntime, auth: ReturnType<typeof authenticate>, deps: Pick<PipelineDeps, "inventorySettings" | "jobHistory">): TenantScope {
  const key = String(auth.tenant.id);
  return {
    id: auth.tenant.id,
    siteId: auth.siteId,
    clientId: auth.clientId,
    record: auth.tenant,
    get inventory() {
      // Every tenant gets a slot when it is created; a restored state missing one reads as empty,
      // with the server's settings.
      return tenantSlot(runtime.state, auth.tenant.id, deps.inventorySettings);
    },
    setInventory(next) {
      runtime.state.inventory[key] = keepJobHistory(next, runtime.state.inventory[key], deps.jobHistory);
    },
  };
}

function faultResponse(fault: ActiveFault & { status: number }, correlationId: string, applicationName: ApplicationName): Response {
  const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
  const body = kiboErrorBody(errorCodeForStatus(fault.status), `Injected fault: HTTP ${fault.status}.`, correlationId, {
    additionalErrorData: [{ name: "faultId", value: String(fault.id) }],
    applicationName,
  });
  return jsonResponse(body, fault.status, headers);
}

/** Builds the request pipeline: correlation → route → size → fault → auth → handler → errors. */
export function createPipeline(deps: PipelineDeps): RequestHandler {
  const { router, runtime } = deps;
  const applicationOf = applicationOfPath(router.routes);
  const gate = deps.commit ? createWriteGate(deps.commit) : undefined;

  async function run(request: Request, url: URL, correlationId: string, note: (fault: "status" | "network") => void, setOp: (route: RouteDefinition) => void): Promise<Response> {
    if (!isServedMethod(request.method)) throw methodNotAllowed(request.method);
    const lookup = router.lookup(request.method, url.pathname);
    if (lookup.kind === "not_found") throw new MockHttpError("not_found", `No resource at ${url.pathname}.`);
    if (lookup.kind === "method_not_allowed") {
      // A method the path does not have is an unknown route too (404, in the spec's code list);
      // the Allow header says what the path supports.
      throw new MockHttpError("not_found", `No ${request.method} operation at ${url.pathname}.`, {
        headers: { allow: lookup.allowed.join(", ") },
      });
    }
    const { route, params } = lookup.match;
    setOp(route);
    const maxBodyBytes = route.maxBodyBytes ?? deps.maxBodyBytes;
    assertDeclaredLength(request, maxBodyBytes);
    assertJsonContentType(request);
    if (route.access === "control" && deps.adminToken !== undefined && route.operationId !== "getHealth") {
      assertAdminToken(request, deps.adminToken);
    }

    const fault = deps.faults.take(route.operationId, route.access === "tenant");
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.networkError) {
      note("network");
      return Response.error();
    }
    if (fault?.status !== undefined) {
      note("status");
      return faultResponse({ ...fault, status: fault.status }, correlationId, route.application ?? "Inventory");
    }

    // The text is kept (a request's body can be read once), not the parsed value: each `body()`
    // parses afresh, so the parsed body is garbage as soon as its handler is done with it — a
    // 12,000-item refresh drops it once validated, and the young-generation GC need not keep
    // copying it while the engine runs.
    let bodyText: Promise<string> | undefined;
    const journaled = gate !== undefined && route.method !== "GET";
    if (journaled) {
      // Read before queueing behind other writes, so a slow sender holds up no one; a read error
      // surfaces where the handler asks for the body, in the usual order of checks.
      bodyText = readBodyText(request, deps.maxBodyBytes);
      await bodyText.then(noop, noop);
    }
    const readBody = async (): Promise<unknown> => {
      bodyText ??= readBodyText(request, maxBodyBytes);
      return parseJsonBody(await bodyText);
    };
    const base = {
      request,
      url,
      params,
      query: url.searchParams,
      operationId: route.operationId,
      correlationId,
      server: runtime,
      body: (async <T>(schema?: SchemaLike<T>) => {
        const raw = await readBody();
        return schema ? validate(schema, raw) : raw;
      }) as RouteContext["body"],
      optionalBody: async () => {
        bodyText ??= readBodyText(request, maxBodyBytes);
        return (await bodyText).trim() === "" ? undefined : readBody();
      },
      json: (body: unknown, status = 200, headers: Record<string, string> = {}) => jsonResponse(body, status, headers),
    };

    if (!gate || !journaled) return dispatch(route, request, url, base, undefined);
    const write: WriteRequest = {
      operationId: route.operationId,
      method: request.method,
      path: url.pathname + url.search,
      replayable: route.replayable !== false,
      body: async () => (bodyText ? bodyText.catch(() => undefined) : undefined),
    };
    return gate.run(write, () => runtime.clock.nowMs(), () => dispatch(route, request, url, base, write));
  }

  /** Authenticates and runs the handler; `write` learns who the caller was. */
  async function dispatch(route: RouteDefinition, request: Request, url: URL, base: Omit<RouteContext, "clientId">, write: WriteRequest | undefined): Promise<Response> {
    if (route.access === "tenant") {
      const auth = authenticate(request, url, runtime, deps.auth);
      if (!route.handler) throw notImplemented(route);
      if (write) write.auth = { clientId: auth.clientId, tenantId: auth.tenant.id, ...(auth.siteId === undefined ? {} : { siteId: auth.siteId }) };
      return route.handler({ ...base, clientId: auth.clientId, tenant: tenantScope(runtime, auth, deps) });
    }
    const clientId = route.access === "token" ? authenticateToken(request, runtime, deps.auth) : undefined;
    if (!route.handler) throw notImplemented(route);
    if (write && clientId !== undefined) write.auth = { clientId };
    return route.handler({ ...base, clientId });
  }

  return async function handle(request) {
    const correlationId = deps.correlation.forRequest(request);
    let operationId: string | undefined;
    let application: ApplicationName | undefined;
    let fault: "status" | "network" | undefined;
    let url: URL | undefined;
    let response: Response;
    try {
      url = new URL(request.url);
      response = await run(request, url, correlationId, (kind) => { fault = kind; }, (route) => {
        operationId = route.operationId;
        application = route.application ?? "Inventory";
      });
    } catch (error) {
      // A matched route names its application; only an error before the match looks up the path's.
      application ??= url === undefined ? "Inventory" : applicationOf(url.pathname);
      const parts = describeError(error, correlationId, application);
      if (parts.status >= 500 && deps.onUnhandledError) deps.onUnhandledError(error, { operationId, correlationId });
      response = jsonResponse(parts.body, parts.status, parts.headers);
    }
    if (response.type !== "error") response = withHeader(response, CORRELATION_HEADER, correlationId);
    if (deps.onResponse) {
      const event: ResponseEvent = {
        method: request.method,
        path: url?.pathname ?? request.url,
        operationId,
        status: response.status,
        correlationId,
        at: runtime.clock.toISOString(),
      };
      if (fault) event.fault = fault;
      deps.onResponse(event);
    }
    return response;
  };
}

/** Compares without returning early on the first differing character. */
function sameSecret(given: string, expected: string): boolean {
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (given.charCodeAt(i) | 0) ^ expected.charCodeAt(i);
  return diff === 0;
}

/** `--admin-token`: `Authorization: Bearer <token>` or `x-mock-admin-token: <token>`, else 401. */
function assertAdminToken(request: Request, expected: string): void {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization")?.trim() ?? "")?.[1]?.trim();
  const given = request.headers.get("x-mock-admin-token")?.trim() ?? bearer;
  if (given === undefined || !sameSecret(given, expected)) {
    throw new MockHttpError("unauthorized", "The /__mock/ controls need the admin token (Authorization: Bearer <token> or x-mock-admin-token).", {
      headers: { "www-authenticate": 'Bearer realm="kibo-inventory-mock-admin"' },
    });
  }
}

function notImplemented(route: RouteDefinition): MockHttpError {
  return new MockHttpError("not_implemented", `${route.operationId} is not simulated by the reference server.`, {
    additionalErrorData: [{ name: "operationId", value: route.operationId }],
  });
}

/** Sets a header, copying the response when its headers are immutable (e.g. one from `fetch`). */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/**
 * Runs a recorded request (`CommittedWrite` of kind `request`) again, for a store replaying its
 * journal: no faults, no size limit and no authentication — the recorded caller acts. Throws
 * `ReplayError` when the route is gone or its handler throws.
 */
export function createReplay(deps: Pick<PipelineDeps, "router" | "runtime" | "inventorySettings" | "jobHistory">): (write: RequestWrite) => Promise<void> {
  const { router, runtime } = deps;
  return async (write) => {
    const url = new URL(write.path, "http://replay.invalid");
    const lookup = router.lookup(write.method, url.pathname);
    if (lookup.kind !== "match") throw new ReplayError(`${write.operationId}: no ${write.method} route at ${url.pathname}`);
    const { route, params } = lookup.match;
    if (!route.handler) throw new ReplayError(`${write.operationId}: the route has no handler`);
    if (runtime.clock.nowMs() !== write.at) runtime.clock.set(write.at);
    const request = new Request(url, { method: write.method, ...(write.body === undefined ? {} : { body: write.body }) });
    const base = {
      request,
      url,
      params,
      query: url.searchParams,
      operationId: route.operationId,
      correlationId: "replay",
      server: runtime,
      body: (async <T>(schema?: SchemaLike<T>) => {
        const raw = parseJsonBody(write.body ?? "");
        return schema ? validate(schema, raw) : raw;
      }) as RouteContext["body"],
      optionalBody: async () => ((write.body ?? "").trim() === "" ? undefined : parseJsonBody(write.body ?? "")),
      json: (body: unknown, status = 200, headers: Record<string, string> = {}) => jsonResponse(body, status, headers),
    };
    try {
      if (route.access === "tenant") {
        const tenantId = write.auth?.tenantId;
        const tenant = tenantId === undefined ? undefined : runtime.state.tenants[String(tenantId)];
        if (!write.auth || !tenant) throw new ReplayError(`${write.operationId}: tenant ${String(tenantId)} does not exist`);
        const auth = { tenant, siteId: write.auth.siteId, clientId: write.auth.clientId };
        await route.handler({ ...base, clientId: auth.clientId, tenant: tenantScope(runtime, auth, deps) });
      } else {
        await route.handler({ ...base, clientId: write.auth?.clientId });
      }
    } catch (error) {
      if (error instanceof ReplayError) throw error;
      throw new ReplayError(`${write.operationId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
