import { issueTicket } from "../auth/tokens.js";
import { MockHttpError } from "../http/errors.js";
import type { RouteContext, RouteDefinition } from "../http/route.js";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function requiredString(body: Record<string, unknown>, field: string) {
  const value = body[field];
  return typeof value === "string" && value !== "" ? [] : [{ field, code: "REQUIRED", message: "a non-empty string is required" }];
}

/** Wrong credentials: 401 with `errorCode` in the body, which Kibo's SDK treats as failure. */
const badCredentials = (): MockHttpError => new MockHttpError("unauthorized", "Invalid client credentials.");

/**
 * operationId `oauthAuthenticateApp` — client-credentials exchange. The body may also carry
 * `refresh_token` (Kibo's SDK refreshes with the same body plus that field); valid credentials
 * are what count, so a stale refresh token from before a restart is ignored.
 */
function oauthAuthenticateApp(ttlSeconds: number) {
  return async (ctx: RouteContext): Promise<Response> => {
    const body = await ctx.body();
    if (!isRecord(body)) {
      throw new MockHttpError("validation_failed", "The body must be a JSON object.", {
        items: [{ field: "body", code: "INVALID_TYPE", message: "expected an object" }],
      });
    }
    const items = [
      ...requiredString(body, "client_id"),
      ...requiredString(body, "client_secret"),
      ...(body.grant_type === "client_credentials"
        ? []
        : [{ field: "grant_type", code: "INVALID_VALUE", message: "must be client_credentials" }]),
      ...(body.refresh_token === undefined || body.refresh_token === null || typeof body.refresh_token === "string"
        ? []
        : [{ field: "refresh_token", code: "INVALID_TYPE", message: "expected a string" }]),
    ];
    if (items.length > 0) throw new MockHttpError("validation_failed", "The ticket request is invalid.", { items });
    const clientId = String(body.client_id);
    const secret = String(body.client_secret);
    const app = Object.hasOwn(ctx.server.state.apps, clientId) ? ctx.server.state.apps[clientId] : undefined;
    if (!app || app.clientSecret !== secret) throw badCredentials();
    return ctx.json(issueTicket(ctx.server.sessions, ctx.server.clock, clientId, ttlSeconds));
  };
}

/**
 * operationId `getTenant` — tenant lookup. Answers exactly 200 and never sends `domain`, so
 * Kibo's SDK keeps its configured `apiHost`. Needs a valid bearer token (401); an unknown tenant
 * is 404 and a tenant the token's app is not installed on is 403.
 */
async function getTenant(ctx: RouteContext): Promise<Response> {
  const tenantId = ctx.params.tenantId ?? "";
  const tenant = Object.hasOwn(ctx.server.state.tenants, tenantId) ? ctx.server.state.tenants[tenantId] : undefined;
  if (!tenant) throw new MockHttpError("not_found", `Tenant ${tenantId} was not found.`);
  const app = ctx.clientId === undefined ? undefined : ctx.server.state.apps[ctx.clientId];
  if (ctx.clientId !== "*" && app?.tenants.includes(tenant.id) !== true) {
    throw new MockHttpError("forbidden", `The application is not installed on tenant ${tenantId}.`);
  }
  return ctx.json({
    id: tenant.id,
    name: tenant.name,
    isDevTenant: true,
    sites: tenant.sites.map((site) => ({ ...site, tenantId: tenant.id })),
    masterCatalogs: tenant.masterCatalogs.map((mc) => ({
      id: mc.id,
      name: mc.name,
      tenantId: tenant.id,
      catalogs: mc.catalogs.map((catalog) => ({ ...catalog, tenantId: tenant.id, masterCatalogId: mc.id })),
    })),
  });
}

/** The platform endpoints a Kibo client calls before any inventory call. */
export function platformRoutes(options: { tokenTtlSeconds: number }): RouteDefinition[] {
  return [
    {
      method: "POST",
      path: "/api/platform/applications/authtickets/oauth",
      operationId: "oauthAuthenticateApp",
      access: "public",
      handler: oauthAuthenticateApp(options.tokenTtlSeconds),
    },
    {
      method: "GET",
      path: "/api/platform/tenants/{tenantId}",
      operationId: "getTenant",
      access: "token",
      handler: getTenant,
    },
  ];
}
