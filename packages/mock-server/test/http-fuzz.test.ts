import { COMMERCE_OPERATIONS, KIBO_OPERATIONS } from "@kibo-inventory/mock-server";
import { listen, type RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RawAnswer, rawRequest, requestText } from "./support/raw-http.js";

/**
 * Issue 14 §7: arbitrary methods, paths, Host/Origin/Content-Type/auth headers and bodies against
 * every Kibo route (inventory, commerce, RIS GraphQL, OAuth, tenant lookup) of the standalone
 * server, over real sockets (raw, so nothing a fetch client would refuse to send is out of reach).
 * After every request: no 5xx but 501 (operations not simulated); a refused request (4xx) left the
 * state as it was. After every sequence: `/__mock/health` answers 200 and a valid refresh and query
 * still work. The `/__mock/` controls are probed in the forms that must be refused before a body is
 * read (cross-site Origin, foreign Host, non-JSON type); their bodies are fuzzed in
 * control-fuzz tests. `FC_RUNS` raises the number of sequences (default 40).
 */
const RUNS = Number(process.env.FC_RUNS ?? 40);
const UPC = "FUZZ-CHECK";

let server: RunningInventoryServer;
let token = "";
let probes = 0;
let fivexx = 0;

const send = async (text: string): Promise<RawAnswer> => {
  probes++;
  const answer = await rawRequest(server.port, text);
  if (answer.status >= 500 && answer.status !== 501) fivexx++;
  return answer;
};

const json = { "Content-Type": "application/json" };
const api = () => ({ Host: "127.0.0.1", Authorization: `Bearer ${token}`, "x-vol-tenant": "1000", "x-vol-site": "2000", ...json });

async function ticket(): Promise<string> {
  const body = JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" });
  const res = await rawRequest(server.port, requestText("POST", "/api/platform/applications/authtickets/oauth", { Host: "localhost", ...json }, body));
  return (JSON.parse(res.body) as { access_token: string }).access_token;
}

/** A valid refresh of `quantity`, then a query that must read it back. */
async function refreshAndQuery(quantity: number): Promise<void> {
  const refresh = await rawRequest(
    server.port,
    requestText("POST", "/api/commerce/inventory/v5/inventory/refresh", api(), JSON.stringify({ locationCode: "homebase", items: [{ upc: UPC, quantity }] })),
  );
  expect(refresh.status, refresh.body).toBe(200);
  const query = await rawRequest(
    server.port,
    requestText("POST", "/api/commerce/inventory/v5/inventory", api(), JSON.stringify({ type: "ALL", locationCode: "homebase", items: [{ upc: UPC }] })),
  );
  expect(query.status, query.body).toBe(200);
  expect(JSON.parse(query.body)).toEqual(expect.arrayContaining([expect.objectContaining({ upc: UPC, onHand: quantity })]));
}

const state = (): string => JSON.stringify(server.mock.exportState().state);

// ---- arbitraries

const ROUTES = [
  ...KIBO_OPERATIONS.map(([method, path]) => [method, `/api${path}`] as const),
  ...COMMERCE_OPERATIONS.map(([method, path]) => [method, `/api${path}`] as const),
  ["POST", "/api/platform/applications/authtickets/oauth"] as const,
  ["GET", "/api/platform/tenants/{tenantId}"] as const,
];
/** Controls only in shapes that must be refused before their body is read (see the header). */
const CONTROLS = ["/__mock/seed", "/__mock/restore", "/__mock/reset", "/__mock/faults", "/__mock/clock", "/__mock/jobs/flush", "/__mock/snapshot"];

/** Printable text without CR/LF (a CR/LF would start another request on the socket, tested separately). */
const headerText = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n\0]/g, ""));
const pathParam = fc.oneof(
  fc.constantFrom("1", "1000", "0", "-1", "homebase", "WH1", "%2e%2e", "..", "%", "%zz", "a%2Fb", "__proto__", "constructor", "9".repeat(30)),
  fc.string({ maxLength: 20 }).map((s) => encodeURIComponent(s)),
);
const method = (declared: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(declared) },
    { weight: 2, arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "post") },
    { weight: 1, arbitrary: fc.constantFrom("OPTIONS", "HEAD", "TRACE", "PROPFIND", "M-SEARCH", "FOO", "CONNECT") },
  );
const host = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("127.0.0.1", "localhost", "localhost:4010", "[::1]") },
  { weight: 2, arbitrary: fc.constantFrom("attacker.example", "a b", "[", "x:99999", "", "localhost:", "[::1", "127.0.0.1:0", "%00", "*") },
  { weight: 1, arbitrary: headerText },
);
const origin = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom("http://attacker.example", "null", "http://localhost:3000", "file://", "http://127.0.0.1.attacker.example") },
  { weight: 1, arbitrary: headerText },
);
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("application/json", "application/json; charset=utf-8") },
  { weight: 2, arbitrary: fc.constantFrom(undefined, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", "") },
  { weight: 1, arbitrary: headerText },
);
const authorization = fc.oneof(
  { weight: 6, arbitrary: fc.constant("valid") },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "Bearer ", "Bearer mock-at-000005", "Basic eDp5", "Bearer valid extra") },
  { weight: 1, arbitrary: headerText },
);
const tenantHeader = fc.oneof(
  { weight: 6, arbitrary: fc.constant("1000") },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "", "0", "-1", "1e3", "1000.5", "99999999999999999999", "abc", "2000") },
);
const deep = (n: number, open: string, close: string, leaf: string) => `${open.repeat(n)}${leaf}${close.repeat(n)}`;
const body = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        locationCode: fc.constantFrom("homebase", "nowhere", ""),
        upc: fc.oneof(fc.constantFrom(UPC, "U1", "__proto__", "(a+)+", ""), fc.string({ maxLength: 12 })),
        quantity: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(1e308, -1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER)),
        extra: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      })
      .map(({ locationCode, upc, quantity, extra }) =>
        JSON.stringify({ ...extra, locationCode, type: "ALL", items: [{ upc, quantity, locationCode, orderItemID: 1, orderID: 1, tags: { __proto__: "x" } }] }),
      ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "{",
      "null",
      deep(5_000, "[", "]", "1"),
      deep(5_000, '{"a":', "}", "1"),
      JSON.stringify({ query: `{ getProductSiteAvailability(productCodes: ["A"]) ${deep(3_000, "{ a ", "}", "")} }` }),
      JSON.stringify({ query: `{ getProductSiteAvailability(productCodes: ${deep(3_000, "[", "]", '"A"')}) { ats } }` }),
      JSON.stringify({ query: "{ getProductSiteAvailability(productCodes: [\"A\"]) { ats } }", variables: JSON.parse(deep(2_000, '{"a":', "}", "1")) }),
      JSON.stringify({ query: 5 }),
    ),
  },
);

interface Probe {
  method: string;
  target: string;
  headers: Record<string, string>;
  body: string;
}

const routeProbe: fc.Arbitrary<Probe> = fc
  .record({
    route: fc.constantFrom(...ROUTES),
    params: fc.array(pathParam, { minLength: 4, maxLength: 4 }),
    query: fc.constantFrom("", "?x-vol-site=2000", "?x-vol-site=abc", "?startIndex=-1&pageSize=1e9", "?filter=%", "?__proto__=1"),
    host,
    origin,
    contentType,
    authorization,
    tenant: tenantHeader,
    body,
  })
  .chain((r) => method(r.route[0]).map((m) => ({ ...r, method: m })))
  .map((r) => {
    let i = 0;
    const target = `${r.route[1].replace(/\{[^}]+\}/g, () => r.params[i++ % r.params.length] ?? "1")}${r.query}`;
    const headers: Record<string, string> = { Host: r.host };
    if (r.origin !== undefined) headers.Origin = r.origin;
    if (r.contentType !== undefined) headers["Content-Type"] = r.contentType;
    if (r.authorization !== undefined) headers.Authorization = r.authorization === "valid" ? `Bearer ${token}` : r.authorization;
    if (r.tenant !== undefined) headers["x-vol-tenant"] = r.tenant;
    return { method: r.method, target, headers, body: r.method === "GET" ? "" : r.body };
  });

/** A control request in a form that must be refused: cross-site Origin, a foreign Host, or a non-JSON type. */
const refusedControl: fc.Arbitrary<Probe> = fc
  .record({
    path: fc.constantFrom(...CONTROLS),
    refusal: fc.constantFrom("origin", "host", "type"),
    body: fc.constantFrom('{"tenants":[{"id":4545}]}', "{}", ""),
  })
  .map(({ path, refusal, body: b }) => {
    const headers: Record<string, string> = { Host: refusal === "host" ? "attacker.example" : "127.0.0.1", "Content-Type": "application/json" };
    if (refusal === "origin") headers.Origin = "http://attacker.example";
    if (refusal === "type") headers["Content-Type"] = "text/plain";
    // A type refusal needs a body to refuse (a body-less request without a type is a plain call).
    const method = path === "/__mock/snapshot" ? "GET" : path === "/__mock/clock" ? "PUT" : "POST";
    return { method, target: path, headers, body: refusal === "type" && b === "" ? "{}" : b };
  })
  .filter((p) => !(p.method === "GET" && p.headers.Host === "127.0.0.1" && p.headers.Origin === undefined));

const probe = fc.oneof({ weight: 8, arbitrary: routeProbe }, { weight: 1, arbitrary: refusedControl });

beforeAll(async () => {
  server = await listen({ port: 0, host: "127.0.0.1", startTime: "2025-01-01T00:00:00Z" });
  token = await ticket();
  const location = JSON.stringify({ locationCode: "homebase", locationName: "Home", tenantID: 1000, active: true, directShip: true, pickup: false });
  expect((await rawRequest(server.port, requestText("POST", "/api/commerce/inventory/v1/location", api(), location))).status).toBe(200);
});
afterAll(async () => {
  await server.close();
  process.stderr.write(`http fuzz: ${probes} probes, ${fivexx} answered 5xx (501 excluded)\n`);
});

describe("fuzzing the standalone server's API surface (issue 14 §7)", () => {
  it("answers no 5xx, changes nothing when it refuses, and keeps answering valid requests", async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(probe, { minLength: 1, maxLength: 6 }), async (sequence) => {
        for (const p of sequence) {
          const before = state();
          const answer = await send(requestText(p.method, p.target, p.headers, p.body));
          const label = `${p.method} ${p.target} ${JSON.stringify(p.headers)} ${p.body.slice(0, 200)} → ${answer.status} ${answer.body.slice(0, 300)}`;
          expect(answer.status === 501 || (answer.status >= 200 && answer.status < 500), label).toBe(true);
          if (p.target.startsWith("/__mock/")) expect(answer.status, label).toBeGreaterThanOrEqual(400);
          if (answer.status >= 400) expect(state(), `a refused request changed the state: ${label}`).toBe(before);
        }
        const health = await rawRequest(server.port, requestText("GET", "/__mock/health", { Host: "localhost" }));
        expect(health.status).toBe(200);
        await refreshAndQuery(++round);
      }),
      { numRuns: RUNS },
    );
    expect(fivexx).toBe(0);
  }, 600_000);

  it("survives header injection and garbage on the socket, then answers the next request", async () => {
    for (const text of [
      "GET /__mock/health HTTP/1.1\r\nHost: localhost\r\nX: a\rb\r\nConnection: close\r\n\r\n",
      "GET /__mock/health HTTP/1.1\r\nHost: localhost\r\nHost: attacker.example\r\nConnection: close\r\n\r\n",
      "POST /api/commerce/inventory/v5/inventory/refresh HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\nConnection: close\r\n\r\n",
      "\u0000\u0001\u0002\r\n\r\n",
      `GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: localhost\r\nX: ${"b".repeat(20_000)}\r\nConnection: close\r\n\r\n`,
    ]) {
      const answer = await send(text);
      expect(answer.status === 0 || (answer.status >= 400 && answer.status < 500), `${JSON.stringify(text.slice(0, 120))} → ${answer.status}`).toBe(true);
    }
    expect((await rawRequest(server.port, requestText("GET", "/__mock/health", { Host: "localhost" }))).status).toBe(200);
    await refreshAndQuery(424_242);
  });
});
