import { describe, expect, it } from "vitest";
import { API, INV, refreshCall, segmentedMock, segments } from "../../test/support/write-test-kit.js";
import type { CommittedWrite } from "../core/committed-write.js";
import type { InventoryMock } from "../create-inventory-mock.js";

const M = "http://localhost/__mock";
const HEADERS = { authorization: "Bearer test-token", "x-vol-tenant": "1000", "content-type": "application/json" };
const post = (body: unknown, method = "POST") => ({ method, headers: HEADERS, body: JSON.stringify(body) });
const TICKET = post({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" });
const GRAPHQL = `${API}/commerce/realtime-inventory/graphql`;

function recorded(refuse: (write: CommittedWrite) => boolean = () => false) {
  const writes: CommittedWrite[] = [];
  const mock = segmentedMock({
    onCommit(write) {
      if (refuse(write)) throw new Error("disk full");
      writes.push(JSON.parse(JSON.stringify(write)) as CommittedWrite);
    },
  });
  return { mock, writes };
}

describe("onCommit: every change is reported, reads never are", () => {
  it("reports refresh, ticket, seed and clock changes; not queries, GraphQL, reads, faults or refused requests", async () => {
    const { mock, writes } = recorded();
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "A1", quantity: 5 }] });
    expect((await mock.fetch(INV, post({ type: "ALL", items: [{ upc: "A1" }] }))).status).toBe(200);
    expect((await mock.fetch(GRAPHQL, post({ query: '{ getProductSiteAvailability(productCodes: ["A1"]) { ats } }' }))).status).toBe(200);
    expect((await mock.fetch(`${M}/health`)).status).toBe(200);
    expect((await mock.fetch(`${M}/faults`, post({ operationId: "getTenant", times: 1, status: 503 }))).status).toBe(200);
    expect((await mock.fetch(`${M}/faults`, { method: "DELETE" })).status).toBe(200);
    expect((await mock.fetch(`${INV}/refresh`, post({ locationCode: "nowhere", items: [{ upc: "A1", quantity: 1 }] }))).status).toBe(404);
    expect((await mock.fetch(`${M}/seed`, post({ tenants: [{ id: -1 }] }))).status).toBe(400);
    expect((await mock.fetch(`${API}/platform/applications/authtickets/oauth`, TICKET)).status).toBe(200);
    expect((await mock.fetch(`${M}/seed`, post({ tenants: [{ id: 77 }] }))).status).toBe(200);
    expect((await mock.fetch(`${M}/clock`, post({ advanceMs: 1000 }, "PUT"))).status).toBe(200);
    expect((await mock.fetch(`${M}/reset`, { method: "POST" })).status).toBe(200);

    expect(writes.map((w) => [w.kind, w.operationId])).toEqual([
      ["request", "refresh"],
      ["sessions", "oauthAuthenticateApp"],
      ["request", "seedState"],
      ["request", "setClock"],
      ["snapshot", "resetState"],
    ]);
    expect(writes[0]).toMatchObject({
      method: "POST",
      path: "/api/commerce/inventory/v5/inventory/refresh",
      at: Date.parse("2025-01-01T00:00:00Z"),
      auth: { clientId: "mock-app", tenantId: 1000 },
      body: JSON.stringify({ locationCode: "homebase", items: [{ upc: "A1", quantity: 5 }] }),
    });
    expect(writes[3]).toMatchObject({ at: Date.parse("2025-01-01T00:00:00Z") });
  });

  it("a refused write answers 500 in Kibo's shape, is not applied, and the next request still works", async () => {
    let refuse = false;
    const { mock, writes } = recorded(() => refuse);
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "A1", quantity: 5 }] });
    refuse = true;
    const res = await mock.fetch(`${INV}/adjust`, post({ locationCode: "homebase", items: [{ upc: "A1", quantity: 3 }] }));
    expect(res.status).toBe(500);
    const body = (await res.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("INTERNAL_ERROR");
    expect(body.message).toBe("The change could not be saved, so it was not applied: disk full");
    expect(segments(mock, "A1")).toEqual({ Warehouse: [5, 0, 0] });
    const jobs = mock.engine.get().jobs;

    // A refused ticket is not valid afterwards; a refused clock change leaves the clock alone.
    const ticket = await mock.fetch(`${API}/platform/applications/authtickets/oauth`, TICKET);
    expect(ticket.status).toBe(500);
    expect(await mock.fetch(`${M}/clock`, post({ advanceMs: 5000 }, "PUT"))).toHaveProperty("status", 500);
    expect(mock.clock.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(await mock.fetch(`${M}/seed`, post({ tenants: [{ id: 77 }] }))).toHaveProperty("status", 500);
    expect(mock.snapshot().tenants["77"]).toBeUndefined();

    refuse = false;
    expect(mock.engine.get().jobs).toBe(jobs);
    expect((await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "A1", quantity: 9 }] })).status).toBe(200);
    expect(segments(mock, "A1")).toEqual({ Warehouse: [9, 0, 0] });
    expect(writes).toHaveLength(2);
  });

  it("a token from a refused ticket does not work", async () => {
    const { mock } = recorded((w) => w.kind === "sessions");
    expect(Object.keys(mock.exportState().sessions.tokens)).toEqual([]);
    await mock.fetch(`${API}/platform/applications/authtickets/oauth`, TICKET);
    expect(mock.exportState().sessions).toEqual({ tokens: {}, refreshTokens: {}, issued: 0 });
  });
});

describe("replayWrite", () => {
  async function drive(mock: InventoryMock): Promise<string> {
    const ticket = await mock.fetch(`${API}/platform/applications/authtickets/oauth`, TICKET);
    const token = ((await ticket.json()) as { access_token: string }).access_token;
    await refreshCall(mock, { locationCode: "homebase", items: [{ upc: "A1", quantity: 5, tags: { Channel: "Target" } }, { upc: "B2", quantity: 2 }] });
    await mock.fetch(`${INV}/adjust`, post({ locationCode: "store2", items: [{ upc: "A1", quantity: 4 }] }));
    await mock.fetch(`${M}/clock`, post({ advanceMs: 60_000 }, "PUT"));
    await mock.fetch(`${INV}/allocate`, post({ items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "A1", quantity: 7, tags: { Channel: "Target" } }] }));
    await mock.fetch(`${M}/seed`, post({ tenants: [{ id: 77 }] }));
    return token;
  }

  it("replaying the reported writes on the same start gives the same state, tokens and clock", async () => {
    const { mock, writes } = recorded();
    const token = await drive(mock);
    expect(writes.map((w) => w.kind)).not.toContain("snapshot");

    const copy = segmentedMock();
    for (const write of writes) await copy.replayWrite(write);
    expect(copy.exportState()).toEqual(mock.exportState());
    expect(segments(copy, "A1")).toEqual({ Target: [5, 5, 2] });
    const tenant = await copy.fetch(`${API}/platform/tenants/1000`, { headers: { authorization: `Bearer ${token}` } });
    expect(tenant.status).toBe(200);
  });

  it("refuses to replay a snapshot write", async () => {
    const mock = segmentedMock();
    await expect(mock.replayWrite({ kind: "snapshot", operationId: "resetState", at: 0 })).rejects.toThrow(/snapshot write/);
  });
});
