import { request } from "node:http";
import { networkInterfaces } from "node:os";
import { listen, type RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest, requestText } from "./support/raw-http.js";

let server: RunningInventoryServer;
beforeAll(async () => {
  server = await listen({ port: 0, maxBodyBytes: 1024 });
});
afterAll(() => server.close());

/** Sends a chunked body (no Content-Length), so the limit is enforced while streaming. */
function sendChunked(path: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe("standalone server", () => {
  it("binds 127.0.0.1 by default and reports its url", () => {
    expect(server.host).toBe("127.0.0.1");
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it("answers 413 in Kibo's shape when the declared length is over the limit", async () => {
    const res = await fetch(`${server.url}/api/platform/applications/authtickets/oauth`, {
      method: "POST",
      body: JSON.stringify({ pad: "x".repeat(5000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errorCode: "PAYLOAD_TOO_LARGE", applicationName: "Inventory" });
  });

  it("answers 413 when a chunked body passes the limit while streaming", async () => {
    const res = await sendChunked("/api/platform/applications/authtickets/oauth", Array.from({ length: 8 }, () => " ".repeat(200)));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ errorCode: "PAYLOAD_TOO_LARGE" });
  });

  it("passes bodies under the limit through", async () => {
    const res = await sendChunked("/api/platform/applications/authtickets/oauth", [
      '{"client_id":"mock-app",',
      '"client_secret":"mock-secret","grant_type":"client_credentials"}',
    ]);
    expect(res.status).toBe(200);
  });

  it("destroys the socket for a network-error fault", async () => {
    server.mock.faults.add({ operationId: "getHealth", networkError: true });
    await expect(fetch(`${server.url}/__mock/health`)).rejects.toThrow(TypeError);
    expect((await fetch(`${server.url}/__mock/health`)).status).toBe(200);
  });
});

describe("standalone server: what a web page or a malformed request can do", () => {
  const health = (host: string) => rawRequest(server.port, requestText("GET", "/__mock/health", { Host: host }));

  it.each(["localhost", "localhost:4010", "127.0.0.1", "127.0.0.1:1", "[::1]", "[::1]:4010", "LOCALHOST"])("serves Host %s", async (host) => {
    expect((await health(host)).status).toBe(200);
  });

  it.each(["attacker.example", "attacker.example:4010", "127.0.0.1.nip.io", "localhost.attacker.example", "[::2]", "10.0.0.1"])(
    "refuses Host %s with 403 (DNS rebinding), snapshot included",
    async (host) => {
      const res = await rawRequest(server.port, requestText("GET", "/__mock/snapshot", { Host: host }));
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ errorCode: "FORBIDDEN", applicationName: "Inventory" });
      expect(res.body).not.toMatch(/mock-secret/);
    },
  );

  it.each([
    ["Host: a b", "GET /__mock/health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n"],
    ["Host: [", "GET /__mock/health HTTP/1.1\r\nHost: [\r\nConnection: close\r\n\r\n"],
    ["Host: x:99999", "GET /__mock/health HTTP/1.1\r\nHost: x:99999\r\nConnection: close\r\n\r\n"],
    ["Host: localhost:65536", "GET /__mock/health HTTP/1.1\r\nHost: localhost:65536\r\nConnection: close\r\n\r\n"],
    ["an empty Host", "GET /__mock/health HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n"],
    ["GET http://[bad/", "GET http://[bad/__mock/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"],
    ["a request line that is not HTTP", "GARBAGE\r\n\r\n"],
    ["a method token node does not know", "FOO / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"],
  ])("answers %s 400 in Kibo's shape", async (_, text) => {
    const res = await rawRequest(server.port, text);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ errorCode: "VALIDATION_ERROR" });
  });

  it("decides every request by its own Host, though the parse of a Host value is remembered", async () => {
    // Each value twice (the second is answered from the remembered parse), interleaved.
    for (let round = 0; round < 2; round++) {
      expect((await health("attacker.example")).status).toBe(403);
      expect((await rawRequest(server.port, "GET /__mock/health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n")).status).toBe(400);
      expect((await health("localhost")).status).toBe(200);
      expect((await health("x:99999")).status).toBe(400);
    }
    // More distinct values than are remembered (256), then the first ones again.
    for (let i = 0; i < 300; i++) expect((await health(`h${i}.attacker.example`)).status).toBe(403);
    expect((await health("attacker.example")).status).toBe(403);
    expect((await health("localhost")).status).toBe(200);
    // A value too long to be remembered is parsed each time.
    const long = `${"a".repeat(400)}.example`;
    expect((await health(long)).status).toBe(403);
    expect((await health(long)).status).toBe(403);
  });

  it("serves Host localhost:65535 (the last port) and absolute-form targets naming a served host", async () => {
    expect((await health("localhost:65535")).status).toBe(200);
    const absolute = await rawRequest(server.port, requestText("GET", `http://localhost:${server.port}/__mock/health`, { Host: "localhost" }));
    expect(absolute.status).toBe(200);
    const elsewhere = await rawRequest(server.port, requestText("GET", "http://attacker.example/__mock/snapshot", { Host: "localhost" }));
    expect(elsewhere.status).toBe(403);
  });

  it.each(["TRACE", "OPTIONS", "HEAD", "CONNECT"])("answers %s 405 with Allow", async (method) => {
    const target = method === "CONNECT" ? "localhost:1" : "/__mock/health";
    const res = await rawRequest(server.port, requestText(method, target, { Host: "localhost" }));
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, POST, PUT, DELETE, PATCH");
  });

  it("refuses a cross-site page on the controls (403, nothing applied) and lets local pages and Origin-less clients in", async () => {
    const seed = JSON.stringify({ tenants: [{ id: 4343, name: "From a page" }] });
    const post = (origin: string | undefined, type = "application/json") =>
      rawRequest(server.port, requestText("POST", "/__mock/seed", { Host: "127.0.0.1", "Content-Type": type, ...(origin ? { Origin: origin } : {}) }, seed));
    for (const origin of ["http://attacker.example", "https://attacker.example:4010", "null", "file://"]) {
      const res = await post(origin, "text/plain");
      expect(res.status).toBe(403);
      expect((await post(origin)).status).toBe(403);
    }
    const reset = await rawRequest(server.port, requestText("POST", "/__mock/reset", { Host: "127.0.0.1", Origin: "http://attacker.example" }));
    expect(reset.status).toBe(403);
    expect(Object.keys(server.mock.snapshot().tenants)).not.toContain("4343");
    expect((await post("http://localhost:3000")).status).toBe(200);
    expect(Object.keys(server.mock.snapshot().tenants)).toContain("4343");
    server.mock.reset();
    expect((await post(undefined)).status).toBe(200);
    server.mock.reset();
  });
});

describe("standalone server options: allowedHosts, adminToken", () => {
  it("serves the names given in allowedHosts, and any name with *", async () => {
    const named = await listen({ port: 0, allowedHosts: ["Kibo-Mock"] });
    const any = await listen({ port: 0, allowedHosts: ["*"] });
    try {
      const get = (port: number, host: string) => rawRequest(port, requestText("GET", "/__mock/health", { Host: host }));
      expect((await get(named.port, "kibo-mock:4010")).status).toBe(200);
      expect((await get(named.port, "other")).status).toBe(403);
      expect((await get(any.port, "anything.example")).status).toBe(200);
      expect((await get(any.port, "a b")).status).toBe(400);
    } finally {
      await Promise.all([named.close(), any.close()]);
    }
  });

  it("serves every local address when bound to 0.0.0.0", async () => {
    const wide = await listen({ port: 0, host: "0.0.0.0" });
    try {
      const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []).filter((a) => a.family === "IPv4");
      for (const { address } of addresses) expect((await rawRequest(wide.port, requestText("GET", "/__mock/health", { Host: address }))).status).toBe(200);
      expect((await rawRequest(wide.port, requestText("GET", "/__mock/health", { Host: "attacker.example" }))).status).toBe(403);
    } finally {
      await wide.close();
    }
  });

  it("needs the admin token on the controls over HTTP", async () => {
    const guarded = await listen({ port: 0, adminToken: "s3cret-admin" });
    try {
      expect((await fetch(`${guarded.url}/__mock/snapshot`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/__mock/snapshot`, { headers: { authorization: "Bearer s3cret-admin" } })).status).toBe(200);
      expect((await fetch(`${guarded.url}/__mock/health`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
