import { request } from "node:http";
import { listen, type RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

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
