import type { ServerState, TenantRecord } from "../core/server-state.js";
import { MockHttpError } from "../http/errors.js";
import type { ServerRuntime } from "../http/route.js";
import { checkToken } from "./tokens.js";

/**
 * How API calls are authenticated:
 * - `"tokens"` (default): a bearer token issued by the OAuth endpoint (or listed in
 *   `staticTokens`) whose app is installed on the `x-vol-tenant` tenant;
 * - `"any"`: no token checks at all; `x-vol-tenant` defaults to the default tenant. For the
 *   simplest tests only.
 */
export type AuthMode = "tokens" | "any";

export interface AuthSettings {
  mode: AuthMode;
  staticTokens: Readonly<Record<string, string>>;
  defaultTenantId: number;
}

export interface AuthResult {
  tenant: TenantRecord;
  siteId: number | undefined;
  clientId: string;
}

const unauthorized = (message: string): MockHttpError =>
  new MockHttpError("unauthorized", message, { headers: { "www-authenticate": 'Bearer realm="kibo-inventory-mock"' } });

const headerError = (field: string, code: string, message: string): MockHttpError =>
  new MockHttpError("validation_failed", message, { items: [{ field, code, message }] });

/** Reads a positive integer header; undefined when absent. */
function intHeader(value: string | null, field: string): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const parsed = Number(value.trim());
  if (!Number.isInteger(parsed) || parsed <= 0) throw headerError(field, "INVALID_FORMAT", `${field} must be a positive integer`);
  return parsed;
}

/** Checks the bearer token (401 when missing, unknown or expired); returns its client id (`"*"` in mode `any`). */
export function authenticateToken(request: Request, runtime: ServerRuntime, settings: AuthSettings): string {
  if (settings.mode === "any") return "*";
  const header = request.headers.get("authorization");
  const token = header === null ? undefined : /^Bearer\s+(.+)$/i.exec(header.trim())?.[1]?.trim();
  if (token === undefined || token === "") throw unauthorized("A bearer token is required (Authorization: Bearer <token>).");
  const check = checkToken(runtime.sessions, runtime.clock, settings.staticTokens, token);
  if (!check.ok) throw unauthorized(check.reason === "expired" ? "The access token has expired." : "The access token is not valid.");
  if (!Object.hasOwn(runtime.state.apps, check.clientId)) throw unauthorized("The access token's application no longer exists.");
  return check.clientId;
}

function tenantFor(state: ServerState, tenantId: number): TenantRecord | undefined {
  const key = String(tenantId);
  return Object.hasOwn(state.tenants, key) ? state.tenants[key] : undefined;
}

/**
 * Authenticates a Kibo API call. Order: token (401), then `x-vol-tenant` — missing or not an
 * integer is 400 VALIDATION_ERROR (decision: the caller is known, the request is malformed) —
 * then installation (403 when the token's app is not installed on that tenant or the tenant does
 * not exist), then `x-vol-site` (header, or Kibo's `?x-vol-site=` query) must be one of the
 * tenant's sites (400).
 */
export function authenticate(request: Request, url: URL, runtime: ServerRuntime, settings: AuthSettings): AuthResult {
  const anyToken = settings.mode === "any";
  const clientId = authenticateToken(request, runtime, settings);
  const tenantId = intHeader(request.headers.get("x-vol-tenant"), "x-vol-tenant") ?? (anyToken ? settings.defaultTenantId : undefined);
  if (tenantId === undefined) throw headerError("x-vol-tenant", "REQUIRED", "The x-vol-tenant header is required.");
  const tenant = tenantFor(runtime.state, tenantId);
  const app = anyToken ? undefined : runtime.state.apps[clientId];
  if (!tenant || (!anyToken && !app?.tenants.includes(tenantId))) {
    throw new MockHttpError("forbidden", `The application is not installed on tenant ${tenantId}.`);
  }
  const siteId =
    intHeader(request.headers.get("x-vol-site"), "x-vol-site") ?? intHeader(url.searchParams.get("x-vol-site"), "x-vol-site");
  if (siteId !== undefined && !tenant.sites.some((site) => site.id === siteId)) {
    throw headerError("x-vol-site", "UNKNOWN_SITE", `Site ${siteId} does not belong to tenant ${tenantId}.`);
  }
  return { tenant, siteId, clientId };
}
