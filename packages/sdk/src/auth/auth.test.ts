import { describe, expect, it } from "vitest";
import { createInventoryClient } from "../client.js";
import { InventoryAuthError } from "../errors/auth-error.js";
import { createFetchSpy, json, type RecordedRequest } from "../testing/fetch-spy.js";
import { unwrap } from "../unwrap.js";
import { clientCredentials } from "./client-credentials.js";
import { createMemoryTicketCache } from "./ticket-cache.js";

const AUTH = "https://home.mozu.com/api/platform/applications/authtickets/oauth";
const creds = { clientId: "app", sharedSecret: "secret", authHost: "home.mozu.com" };
const isTicket = (r: RecordedRequest) => r.path === "/api/platform/applications/authtickets/oauth";

/** A server issuing tokens tok-1, tok-2, … and accepting only `valid` ones on API calls. */
function server(options: { expiresIn?: number; valid?: (token: string) => boolean } = {}) {
  let issued = 0;
  return createFetchSpy((request) => {
    if (isTicket(request)) {
      issued++;
      return json({ access_token: `tok-${issued}`, token_type: "bearer", expires_in: options.expiresIn ?? 3600, refresh_token: `ref-${issued}` });
    }
    const token = request.headers.authorization?.replace("Bearer ", "") ?? "";
    if (options.valid && !options.valid(token)) return json({ errorCode: "UNAUTHORIZED", message: "Token expired" }, { status: 401 });
    return json([{ jobID: 1 }]);
  });
}

describe("client credentials", () => {
  it("exchanges credentials for a ticket with Kibo's body and uses it as bearer", async () => {
    const fetch = server();
    const client = createInventoryClient({ tenantId: 1, ...creds, fetch });
    await unwrap(client.GET("/commerce/inventory/v1/queue"));
    const [ticket, api] = fetch.calls;
    expect(ticket?.url).toBe(AUTH);
    expect(ticket?.method).toBe("POST");
    expect(ticket?.headers["content-type"]).toBe("application/json");
    expect(ticket?.headers.authorization).toBeUndefined();
    expect(ticket?.body).toEqual({ client_id: "app", client_secret: "secret", grant_type: "client_credentials" });
    expect(api?.headers.authorization).toBe("Bearer tok-1");
  });

  it("keeps a scheme given in authHost", async () => {
    const fetch = server();
    const auth = clientCredentials({ ...creds, authHost: "http://127.0.0.1:4010/", fetch });
    await auth.token();
    expect(fetch.calls[0]?.url).toBe("http://127.0.0.1:4010/api/platform/applications/authtickets/oauth");
  });

  it("reuses the cached ticket until it nears expiry, then refreshes with the refresh token", async () => {
    let now = 1_000_000;
    const fetch = server({ expiresIn: 600 });
    const auth = clientCredentials({ ...creds, fetch, now: () => now, refreshSkew: 60_000 });
    expect(await auth.token()).toBe("tok-1");
    now += 500_000; // 100 s left > 60 s skew
    expect(await auth.token()).toBe("tok-1");
    expect(fetch.calls).toHaveLength(1);
    now += 50_000; // 50 s left < skew: refresh ahead of expiry
    expect(await auth.token()).toBe("tok-2");
    expect(fetch.calls).toHaveLength(2);
    expect(fetch.calls[1]?.body).toEqual({ client_id: "app", client_secret: "secret", grant_type: "client_credentials", refresh_token: "ref-1" });
  });

  it("falls back to a plain exchange when the refresh token is refused", async () => {
    let now = 0;
    let n = 0;
    const fetch = createFetchSpy((r) => {
      n++;
      const body = r.body as { refresh_token?: string };
      if (body.refresh_token) return json({ errorCode: "UNAUTHORIZED", message: "bad refresh" }, { status: 401 });
      return json({ access_token: `tok-${n}`, expires_in: 10, refresh_token: "r" });
    });
    const auth = clientCredentials({ ...creds, fetch, now: () => now });
    await auth.token();
    now = 60_000;
    expect(await auth.token()).toBe("tok-3");
    expect(fetch.calls.map((c) => "refresh_token" in (c.body as object))).toEqual([false, true, false]);
  });

  it("makes one ticket request for 10 concurrent calls (single flight)", async () => {
    const fetch = server();
    const client = createInventoryClient({ tenantId: 1, ...creds, fetch });
    await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET("/commerce/inventory/v1/queue"))));
    expect(fetch.calls.filter(isTicket)).toHaveLength(1);
    expect(fetch.calls.filter((c) => !isTicket(c))).toHaveLength(10);
  });

  it("re-authenticates once on 401 and retries the call with the new token", async () => {
    const fetch = server({ valid: (t) => t !== "tok-1" });
    const client = createInventoryClient({ tenantId: 1, ...creds, fetch });
    await expect(unwrap(client.GET("/commerce/inventory/v1/queue"))).resolves.toEqual([{ jobID: 1 }]);
    expect(fetch.calls.map((c) => (isTicket(c) ? "ticket" : c.headers.authorization))).toEqual([
      "ticket",
      "Bearer tok-1",
      "ticket",
      "Bearer tok-2",
    ]);
    expect((fetch.calls[2]?.body as object) ?? {}).not.toHaveProperty("refresh_token");
  });

  it("re-authenticates only once: a second 401 is an InventoryAuthError", async () => {
    const fetch = server({ valid: () => false });
    const client = createInventoryClient({ tenantId: 1, ...creds, fetch });
    const error = await unwrap(client.GET("/commerce/inventory/v1/queue")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InventoryAuthError);
    expect((error as InventoryAuthError).status).toBe(401);
    expect(fetch.calls.filter(isTicket)).toHaveLength(2);
    expect(fetch.calls.filter((c) => !isTicket(c))).toHaveLength(2);
  });

  it("10 concurrent calls hitting 401 share one re-authentication", async () => {
    const fetch = server({ valid: (t) => t !== "tok-1" });
    const client = createInventoryClient({ tenantId: 1, ...creds, fetch });
    await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET("/commerce/inventory/v1/queue"))));
    expect(fetch.calls.filter(isTicket)).toHaveLength(2);
  });

  it("bad credentials raise InventoryAuthError from the ticket call", async () => {
    const fetch = createFetchSpy(() => json({ errorCode: "UNAUTHORIZED", message: "Invalid client credentials" }, { status: 401 }));
    const error = await clientCredentials({ ...creds, fetch }).token().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InventoryAuthError);
    expect((error as Error).message).toBe(`Invalid client credentials: POST ${AUTH}`);
  });

  it("stores tickets in a pluggable cache shared between clients", async () => {
    const ticketCache = createMemoryTicketCache();
    const fetch = server();
    const a = createInventoryClient({ tenantId: 1, ...creds, fetch, ticketCache });
    const b = createInventoryClient({ tenantId: 2, ...creds, fetch, ticketCache });
    await unwrap(a.GET("/commerce/inventory/v1/queue"));
    await unwrap(b.GET("/commerce/inventory/v1/queue"));
    expect(fetch.calls.filter(isTicket)).toHaveLength(1);
  });
});

describe("access token", () => {
  it("sends a static token and does not retry a 401", async () => {
    const fetch = createFetchSpy(() => json({ message: "expired" }, { status: 401 }));
    const client = createInventoryClient({ tenantId: 1, accessToken: "static", fetch });
    await expect(unwrap(client.GET("/commerce/inventory/v1/queue"))).rejects.toBeInstanceOf(InventoryAuthError);
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]?.headers.authorization).toBe("Bearer static");
  });

  it("calls an async token function per request and again after a 401", async () => {
    let n = 0;
    const fetch = createFetchSpy((r) => (r.headers.authorization === "Bearer t1" ? json({}, { status: 401 }) : json([])));
    const client = createInventoryClient({ tenantId: 1, accessToken: async () => `t${++n}`, fetch });
    await unwrap(client.GET("/commerce/inventory/v1/queue"));
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual(["Bearer t1", "Bearer t2"]);
  });
});
