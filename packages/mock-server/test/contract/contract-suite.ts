import { describe, expect, it } from "vitest";

/** How the suite reaches a server: a base URL ending in `/api`'s parent, and a fetch. */
export interface ContractTarget {
  /** Scheme + host (+ port), no trailing slash, e.g. `http://127.0.0.1:4010`. */
  origin: string;
  fetch: typeof fetch;
}

const CREDS = { client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" };

/**
 * The HTTP contract every adapter must honour (DESIGN.md §3/§5). Run once per adapter.
 * `target()` is read inside each test, after the adapter's `beforeAll` ran.
 */
export function contractSuite(adapter: string, target: () => ContractTarget): void {
  describe(`HTTP contract via ${adapter}`, () => {
    const call = (path: string, init: RequestInit = {}) => target().fetch(`${target().origin}${path}`, init);
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      call(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    const token = async (): Promise<string> => {
      const res = await post("/api/platform/applications/authtickets/oauth", CREDS);
      return ((await res.json()) as { access_token: string }).access_token;
    };

    const expectKiboError = async (res: Response, status: number, errorCode: string) => {
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("x-vol-correlation")).toBeTruthy();
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ errorCode, applicationName: "Inventory", message: expect.any(String) });
      expect(body.correlationId).toBe(res.headers.get("x-vol-correlation"));
      expect(Array.isArray(body.items) && Array.isArray(body.additionalErrorData)).toBe(true);
    };

    it("issues a ticket, and refuses bad credentials with 401 + errorCode", async () => {
      const res = await post("/api/platform/applications/authtickets/oauth", CREDS);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-vol-correlation")).toBeTruthy();
      expect(await res.json()).toMatchObject({ access_token: expect.any(String), token_type: "bearer", expires_in: 3600 });
      await expectKiboError(
        await post("/api/platform/applications/authtickets/oauth", { ...CREDS, client_secret: "nope" }),
        401,
        "UNAUTHORIZED",
      );
    });

    it("accepts the refresh form of the ticket request", async () => {
      const first = (await (await post("/api/platform/applications/authtickets/oauth", CREDS)).json()) as { refresh_token: string };
      const res = await post("/api/platform/applications/authtickets/oauth", { ...CREDS, refresh_token: first.refresh_token });
      expect(res.status).toBe(200);
    });

    it("looks the tenant up: exactly 200, no domain; 401 without a token", async () => {
      const res = await call("/api/platform/tenants/1000", { headers: { authorization: `Bearer ${await token()}` } });
      expect(res.status).toBe(200);
      const tenant = (await res.json()) as Record<string, unknown>;
      expect(tenant).toMatchObject({ id: 1000, sites: [{ id: 2000 }] });
      expect(tenant).not.toHaveProperty("domain");
      await expectKiboError(await call("/api/platform/tenants/1000"), 401, "UNAUTHORIZED");
    });

    it("echoes x-vol-correlation", async () => {
      const res = await call("/api/platform/tenants/1000", { headers: { "x-vol-correlation": "trace-42" } });
      expect(res.headers.get("x-vol-correlation")).toBe("trace-42");
    });

    it("answers an unknown Kibo path with 404 NOT_FOUND", async () => {
      await expectKiboError(await call("/api/commerce/inventory/v5/nothing-here"), 404, "NOT_FOUND");
    });

    it("answers a path it does not simulate with 501 NOT_IMPLEMENTED (after auth)", async () => {
      const headers = { authorization: `Bearer ${await token()}`, "x-vol-tenant": "1000", "x-vol-site": "2000" };
      await expectKiboError(await call("/api/commerce/inventory/v1/bin/binTypes", { headers }), 501, "NOT_IMPLEMENTED");
      await expectKiboError(await call("/api/commerce/inventory/v1/bin/binTypes"), 401, "UNAUTHORIZED");
      await expectKiboError(
        await call("/api/commerce/inventory/v1/bin/binTypes", { headers: { ...headers, "x-vol-tenant": "9999" } }),
        403,
        "FORBIDDEN",
      );
    });

    it("answers malformed JSON with 400 VALIDATION_ERROR", async () => {
      const res = await call("/api/platform/applications/authtickets/oauth", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{not json",
      });
      await expectKiboError(res, 400, "VALIDATION_ERROR");
    });

    it("injects faults over /__mock: 429 + Retry-After for N calls, then a network error", async () => {
      const add = async (fault: unknown) => expect((await post("/__mock/faults", fault)).status).toBe(200);
      await add({ operationId: "getTenant", times: 2, status: 429, retryAfter: 7 });
      for (let i = 0; i < 2; i++) {
        const res = await call("/api/platform/tenants/1000");
        expect(res.headers.get("retry-after")).toBe("7");
        await expectKiboError(res, 429, "RATE_LIMITED");
      }
      expect((await call("/api/platform/tenants/1000")).status).toBe(401);
      await add({ operationId: "getTenant", networkError: true });
      await expect(call("/api/platform/tenants/1000")).rejects.toThrow(TypeError);
      expect((await call("/api/platform/tenants/1000")).status).toBe(401);
    });
  });
}
