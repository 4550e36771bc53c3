import type { InventoryState } from "@kibo-inventory/engine";
import type { MockClock } from "../core/clock.js";
import type { ServerState, SessionState, TenantRecord } from "../core/server-state.js";
import type { ApplicationName } from "./errors.js";
import type { SchemaLike } from "./validation.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

/**
 * Who may call a route:
 * - `tenant`: Kibo API operations — bearer token + `x-vol-tenant` required;
 * - `token`: a valid bearer token, no tenant header (the tenant lookup);
 * - `public`: no checks (the OAuth ticket endpoint checks its own credentials);
 * - `control`: `/__mock/*` controls, absent when the server runs with `admin: false`.
 */
type RouteAccess = "tenant" | "token" | "public" | "control";

/** The server as a handler sees it. `state` is read at call time: `restore()` swaps the value. */
export interface ServerRuntime {
  readonly state: ServerState;
  readonly sessions: SessionState;
  readonly clock: MockClock;
  /** How refresh/adjust jobs run (server option `jobs`). @default "sync" */
  readonly jobs?: "sync" | "queued";
}

/** The caller of a `tenant` route, after authentication. */
export interface TenantScope {
  readonly id: number;
  /** `x-vol-site` (header or query), checked against the tenant's sites; undefined when not sent. */
  readonly siteId: number | undefined;
  readonly clientId: string;
  readonly record: TenantRecord;
  /** This tenant's inventory slot (engine state). */
  readonly inventory: InventoryState;
  /** Replaces this tenant's inventory slot. Read, decide and write without `await` in between. */
  setInventory(next: InventoryState): void;
}

export interface RouteContext {
  readonly request: Request;
  readonly url: URL;
  /** Decoded path parameters, named as in the template. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly operationId: string;
  readonly correlationId: string;
  readonly server: ServerRuntime;
  /** The authenticated app on `tenant`/`token` routes (`"*"` in auth mode `any`); else undefined. */
  readonly clientId: string | undefined;
  /** The parsed JSON body (400 if missing or malformed, 413 if too big). */
  body(): Promise<unknown>;
  /** The parsed JSON body, validated (400 listing every bad field). */
  body<T>(schema: SchemaLike<T>): Promise<T>;
  /** The parsed JSON body, or undefined when the request has none (400 if malformed, 413 if too big). */
  optionalBody(): Promise<unknown>;
  /** A JSON response (status 200 unless given). */
  json(body: unknown, status?: number, headers?: Record<string, string>): Response;
}

export interface TenantRouteContext extends RouteContext {
  readonly tenant: TenantScope;
}

type RouteHandler = (ctx: RouteContext) => Response | Promise<Response>;
export type TenantRouteHandler = (ctx: TenantRouteContext) => Response | Promise<Response>;

interface RouteBase {
  readonly method: HttpMethod;
  /** Absolute path template, e.g. `/api/commerce/inventory/v1/queue/{jobID}`. */
  readonly path: string;
  /** The spec's operationId; faults and the response log target it. */
  readonly operationId: string;
  /**
   * `false`: running the request again cannot reproduce what it did (it depends on the process,
   * e.g. `POST /__mock/reset`), so a store (`onCommit`) saves a whole snapshot for it instead of
   * replaying it. @default true
   */
  readonly replayable?: boolean;
  /** Largest request body this route takes (413 above). @default the server's `maxBodyBytes` */
  readonly maxBodyBytes?: number;
  /** The Kibo application its error bodies name (`applicationName`). @default "Inventory" */
  readonly application?: ApplicationName;
}

/** A route whose handler is absent answers 501 NOT_IMPLEMENTED. */
export type RouteDefinition =
  | (RouteBase & { readonly access: "tenant"; readonly handler?: TenantRouteHandler })
  | (RouteBase & { readonly access: Exclude<RouteAccess, "tenant">; readonly handler?: RouteHandler });
