/**
 * The standalone server set up for Kibo's official `@kibocommerce/rest-sdk`, shared by the
 * compatibility suites in test/compat/: a loopback `listen()` and the SDK `Configuration` that
 * points both its hosts at it.
 */
import { type ListenOptions, listen, type RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import { Configuration } from "@kibocommerce/rest-sdk";

export const TENANT = 1000;
export const SITE = 2000;

/**
 * The one adaptation Kibo's SDK needs for a plain-http host: its tenant lookup always prefixes
 * `https://` to `authHost`, so `http://127.0.0.1:PORT` becomes `https://http://127.0.0.1:PORT`.
 * `calls`, when given, collects every URL the SDK asked for, as it asked (before the rewrite).
 */
export function officialSdkFetch(calls?: { method: string; url: string }[]): typeof fetch {
  return (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    calls?.push({ method: init?.method ?? "GET", url });
    return fetch(url.replace(/^https:\/\/http:\/\//, "http://"), init);
  };
}

/** A server on an ephemeral loopback port at 2025-01-01, and an SDK configuration for tenant 1000 / site 2000. */
export async function serverForOfficialSdk(
  options: ListenOptions = {},
  fetchApi: typeof fetch = officialSdkFetch(),
): Promise<{ server: RunningInventoryServer; config: Configuration }> {
  delete process.env.mozuHosted; // it switches the SDK to Kibo-hosted configuration
  const server = await listen({ port: 0, host: "127.0.0.1", startTime: "2025-01-01T00:00:00Z", ...options });
  const config = new Configuration({
    clientId: "mock-app",
    sharedSecret: "mock-secret",
    authHost: server.url,
    apiHost: server.url,
    tenantId: TENANT,
    siteId: SITE,
    fetchApi,
  });
  return { server, config };
}
