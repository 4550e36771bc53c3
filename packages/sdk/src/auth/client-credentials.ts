import { InventoryAuthError } from "../errors/auth-error.js";
import { fromProblem } from "../errors/from-problem.js";
import { isObject } from "../internal/is-object.js";
import type { Authorizer, FetchLike } from "../transport.js";
import { type AuthTicket, createMemoryTicketCache, type TicketCache } from "./ticket-cache.js";

/** OAuth client-credentials settings (a Kibo application's id and shared secret). */
export interface ClientCredentialsOptions {
  /** Application (client) id. */
  clientId: string;
  /** Application shared secret. */
  sharedSecret: string;
  /** Auth host, e.g. `home.mozu.com`; `https://` is prepended when no scheme is given. */
  authHost: string;
  /** Ticket store. @default an in-memory cache per client */
  ticketCache?: TicketCache | undefined;
  /** Renew this many ms before the ticket expires. @default 60000 */
  refreshSkew?: number | undefined;
  /** Fetch used for the ticket exchange. @default globalThis.fetch */
  fetch?: FetchLike | undefined;
  /** Clock in epoch ms. @default Date.now */
  now?: (() => number) | undefined;
}

/** The ticket endpoint, relative to the auth host. */
export const AUTH_TICKET_PATH = "/api/platform/applications/authtickets/oauth";

function authUrl(authHost: string): string {
  const host = /^https?:\/\//i.test(authHost) ? authHost : `https://${authHost}`;
  return host.replace(/\/+$/, "") + AUTH_TICKET_PATH;
}

/**
 * Builds an {@link Authorizer} that exchanges client credentials for tickets: cached, renewed
 * ahead of expiry (with the refresh token when there is one), requested by one call at a time
 * however many callers wait, and fetched anew when the API answers 401.
 *
 * @example
 * const auth = clientCredentials({ clientId: "app", sharedSecret: "s3cret", authHost: "home.mozu.com" });
 * const token = await auth.token(false);
 * @see packages/sdk/README.md
 */
export function clientCredentials(options: ClientCredentialsOptions): Authorizer {
  const cache = options.ticketCache ?? createMemoryTicketCache();
  const skew = options.refreshSkew ?? 60_000;
  const now = options.now ?? Date.now;
  const doFetch: FetchLike = options.fetch ?? ((r) => globalThis.fetch(r));
  const url = authUrl(options.authHost);
  const key = `${url}#${options.clientId}`;
  let inFlight: Promise<AuthTicket> | undefined;

  async function requestTicket(refreshToken: string | undefined): Promise<AuthTicket> {
    const body: Record<string, string> = {
      client_id: options.clientId,
      client_secret: options.sharedSecret,
      grant_type: "client_credentials",
    };
    if (refreshToken) body.refresh_token = refreshToken;
    const response = await doFetch(
      new Request(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
    );
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw fromProblem(response, json, { method: "POST", url });
    if (!isObject(json) || typeof json.access_token !== "string") {
      throw new InventoryAuthError({ status: response.status, message: "Auth ticket response had no access_token", method: "POST", url });
    }
    const expiresIn = typeof json.expires_in === "number" ? json.expires_in : 3600;
    return {
      accessToken: json.access_token,
      refreshToken: typeof json.refresh_token === "string" ? json.refresh_token : undefined,
      expiresAt: now() + expiresIn * 1000,
    };
  }

  async function renew(previous: AuthTicket | undefined): Promise<AuthTicket> {
    let ticket: AuthTicket;
    try {
      ticket = await requestTicket(previous?.refreshToken);
    } catch (error) {
      if (!previous?.refreshToken) throw error;
      ticket = await requestTicket(undefined); // refresh token refused: start over
    }
    await cache.set(key, ticket);
    return ticket;
  }

  function singleFlight(previous: AuthTicket | undefined): Promise<AuthTicket> {
    inFlight ??= renew(previous).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  return {
    canReauthenticate: true,
    async token(rejected) {
      const cached = await cache.get(key);
      if (rejected !== undefined && cached?.accessToken === rejected) {
        // The API refused this ticket: drop it and fetch a new one (not a refresh).
        await cache.delete(key);
        return (await singleFlight(undefined)).accessToken;
      }
      if (cached && cached.expiresAt - skew > now()) return cached.accessToken;
      return (await singleFlight(cached)).accessToken;
    },
  };
}
