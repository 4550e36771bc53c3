import type { paths } from "@kibo-inventory/spec";
import createClient, { type Client, createQuerySerializer } from "openapi-fetch";
import { type AccessToken, accessToken as staticToken } from "./auth/access-token.js";
import { clientCredentials } from "./auth/client-credentials.js";
import { LazyRequest } from "./internal/lazy-request.js";
import type { TicketCache } from "./auth/ticket-cache.js";
import { type Authorizer, createTransport, type FetchLike, type RetryOptions, type TransportHooks } from "./transport.js";

/** Makes an operation's header parameters optional: the client sends `x-vol-tenant`/`x-vol-site` itself. */
export type HeadersOptional<Operation> = Operation extends { parameters: infer Params }
  ? Omit<Operation, "parameters"> & {
      parameters: Omit<Params, "header"> & { header?: Params extends { header?: infer H } ? Partial<NonNullable<H>> : never };
    }
  : Operation;

/** Our generated `paths`, with per-call header parameters optional (the client configures them once). */
export type InventoryPaths = { [Path in keyof paths]: { [Key in keyof paths[Path]]: HeadersOptional<paths[Path][Key]> } };

/** The typed client: openapi-fetch over our `paths`, relative to a base URL ending in `/api`. */
export type InventoryClient = Client<InventoryPaths, "application/json">;

/** Where to send requests: an explicit base URL, or Kibo's host naming. */
export interface BaseUrlOptions {
  /** Tenant id (`x-vol-tenant`). */
  tenantId: number | string;
  /** Site id (`x-vol-site`); omitted from host and headers when not given. */
  siteId?: number | string | undefined;
  /** Full base URL ending in `/api`; wins over `env`/`region`. */
  baseUrl?: string | undefined;
  /** Kibo environment segment of the host. @default "sandbox" (`"sb"` in eu regions) */
  env?: string | undefined;
  /** Kibo region, e.g. `"eu1"`; regions starting with `eu` use `kibocommerce.com` hosts. */
  region?: string | undefined;
}

interface CommonConfig extends BaseUrlOptions {
  /** Underlying fetch for API and ticket calls (inject a spy or a mock's `fetch`). @default globalThis.fetch */
  fetch?: FetchLike | undefined;
  /** Per-attempt timeout in ms, or `false`. @default 30000 */
  timeout?: number | false | undefined;
  /** Retry policy (reads only unless `writes: true`), a limit, or `false`. @default { limit: 2 } */
  retry?: RetryOptions | number | false | undefined;
  /** Hooks observing requests, responses and retries. */
  hooks?: TransportHooks | undefined;
  /** Extra headers on every call (e.g. `x-vol-catalog`). */
  headers?: Record<string, string> | undefined;
}

/** Auth with a static bearer token or a function returning one. */
export interface AccessTokenConfig extends CommonConfig {
  /** Bearer token, or a (possibly async) function called per request. */
  accessToken: AccessToken;
}

/** Auth with OAuth client credentials (tickets are cached and renewed). */
export interface ClientCredentialsConfig extends CommonConfig {
  /** Application (client) id. */
  clientId: string;
  /** Application shared secret. */
  sharedSecret: string;
  /** Auth host, e.g. `home.mozu.com` or `http://127.0.0.1:8080`. */
  authHost: string;
  /** Ticket store. @default in memory, per client */
  ticketCache?: TicketCache | undefined;
  /** Renew tickets this many ms before expiry. @default 60000 */
  refreshSkew?: number | undefined;
  /** Clock for ticket expiry, epoch ms. @default Date.now */
  now?: (() => number) | undefined;
}

/** Configuration of {@link createInventoryClient}. */
export type InventoryClientConfig = AccessTokenConfig | ClientCredentialsConfig | AnonymousConfig;

/** No auth header (e.g. a mock server that does not check tokens, or auth added by a hook). */
export interface AnonymousConfig extends CommonConfig {
  accessToken?: undefined;
  clientId?: undefined;
}

/**
 * Resolves the API base URL the way Kibo's SDK does: explicit `baseUrl`, else
 * `https://t{tenant}-s{site}.{env}.mozu.com/api` (`-s{site}` dropped without a site, env
 * `sandbox` by default), or `https://t{tenant}-s{site}.{env|sb}.{region}.kibocommerce.com/api`
 * for `eu*` regions.
 *
 * @example
 * resolveBaseUrl({ tenantId: 100, siteId: 200 }); // "https://t100-s200.sandbox.mozu.com/api"
 * @see packages/sdk/README.md
 */
export function resolveBaseUrl(options: BaseUrlOptions): string {
  if (options.baseUrl) return options.baseUrl.replace(/\/+$/, "");
  const site = options.siteId === undefined || options.siteId === "" ? "" : `-s${options.siteId}`;
  const host = `t${options.tenantId}${site}`;
  if (options.region?.toLowerCase().startsWith("eu")) {
    return `https://${host}.${options.env ?? "sb"}.${options.region}.kibocommerce.com/api`;
  }
  return `https://${host}.${options.env ?? "sandbox"}.mozu.com/api`;
}

function authorizerFor(config: InventoryClientConfig): Authorizer | undefined {
  if ("accessToken" in config && config.accessToken !== undefined) return staticToken(config.accessToken);
  if ("clientId" in config && config.clientId !== undefined) return clientCredentials(config as ClientCredentialsConfig);
  return undefined;
}

/**
 * Creates the typed Inventory API client: openapi-fetch over our `paths`, with the `x-vol-*`
 * headers, auth (static/async token or OAuth client credentials) and the transport
 * (timeout, retries, hooks). Call `client.GET/POST/PUT/DELETE` and pass results to `unwrap()`,
 * or use the helpers (`refreshAll`, `getAvailability`, …) that take this client first.
 *
 * @example
 * const client = createInventoryClient({ tenantId: 100, siteId: 200, accessToken: process.env.KIBO_TOKEN! });
 * const rows = await unwrap(client.POST("/commerce/inventory/v5/inventory", {
 *   body: { type: "ALL", items: [{ upc: "SHIRT-1" }] },
 * }));
 * @see packages/sdk/README.md
 */
export function createInventoryClient(config: InventoryClientConfig): InventoryClient {
  const headers: Record<string, string> = { ...config.headers, "x-vol-tenant": String(config.tenantId) };
  if (config.siteId !== undefined && config.siteId !== "") headers["x-vol-site"] = String(config.siteId);
  const fetch = createTransport({ ...config, auth: authorizerFor(config) });
  return createClient<InventoryPaths, "application/json">({
    baseUrl: resolveBaseUrl(config),
    headers,
    fetch,
    // openapi-fetch builds one of these per call instead of a Request; the transport sends its URL and init (ADR 0012).
    Request: LazyRequest as unknown as typeof Request,
    // openapi-fetch's default, made once instead of per call (a per-call querySerializer still applies).
    querySerializer: createQuerySerializer(),
  });
}
