import { InventoryAuthError, isInventoryAuthError, unwrap } from "@kibo-inventory/sdk";
import { describe, expect, it } from "vitest";
import { connect } from "./support.js";

const TICKETS = "/api/platform/applications/authtickets/oauth";
const query = { body: { type: "ALL" as const, items: [{ upc: "SHIRT-1" }] } };

/** Connects through a fetch that records ticket requests and the statuses of API answers. */
function connectObserved(clientOptions: Parameters<typeof connect>[1] = {}) {
  const seen = { tickets: 0, statuses: [] as number[] };
  let target: typeof fetch = globalThis.fetch;
  const fetch = (async (input: Request) => {
    const response = await target(input);
    if (new URL(input.url).pathname === TICKETS) seen.tickets += 1;
    else seen.statuses.push(response.status);
    return response;
  }) as typeof globalThis.fetch;
  const connected = connect({}, { ...clientOptions, fetch });
  target = connected.mock.fetch;
  return { ...connected, seen };
}

describe("OAuth client credentials against the reference server", () => {
  it("a bad secret → InventoryAuthError (401) from the ticket endpoint", async () => {
    const { client } = connect({}, { sharedSecret: "wrong" });
    const error = await unwrap(client.POST("/commerce/inventory/v5/inventory", query)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InventoryAuthError);
    expect(isInventoryAuthError(error) && [error.status, error.errorCode]).toEqual([401, "UNAUTHORIZED"]);
  });

  it("an app not installed on the tenant → InventoryAuthError (403)", async () => {
    const { client } = connect({ seed: { tenants: [{ id: 7 }] } }, { tenantId: 7, siteId: undefined });
    const error = await unwrap(client.POST("/commerce/inventory/v5/inventory", query)).catch((e: unknown) => e);
    expect(isInventoryAuthError(error) && error.status).toBe(403);
  });

  it("caches the ticket, and re-authenticates once when the server clock has expired it (401 → new ticket)", async () => {
    const { mock, client, seen } = connectObserved();
    await unwrap(client.POST("/commerce/inventory/v5/inventory", query));
    await unwrap(client.POST("/commerce/inventory/v5/inventory", query));
    expect(seen).toEqual({ tickets: 1, statuses: [200, 200] });

    mock.clock.advance(2 * 3600_000); // tokens live 3600 s of *server* time; the SDK's clock did not move
    await unwrap(client.POST("/commerce/inventory/v5/inventory", query));
    expect(seen).toEqual({ tickets: 2, statuses: [200, 200, 401, 200] });
  });

  it("renews ahead of expiry, without a 401, when the SDK shares the server's clock", async () => {
    let now = () => 0;
    const { mock, client, seen } = connectObserved({ now: () => now() });
    now = () => mock.clock.nowMs();
    await unwrap(client.POST("/commerce/inventory/v5/inventory", query));
    mock.clock.advance(3600_000 - 30_000); // inside the default 60 s refresh skew
    await unwrap(client.POST("/commerce/inventory/v5/inventory", query));
    expect(seen).toEqual({ tickets: 2, statuses: [200, 200] });
  });

  it("one ticket request for many concurrent calls", async () => {
    const { client, seen } = connectObserved();
    await Promise.all(Array.from({ length: 8 }, () => unwrap(client.POST("/commerce/inventory/v5/inventory", query))));
    expect(seen.tickets).toBe(1);
    expect(seen.statuses).toEqual(Array(8).fill(200));
  });
});
