import { listen, type RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { readContractSuite } from "./read-suite.js";

// The read-side contract against the standalone server on loopback.
let server: RunningInventoryServer;
beforeAll(async () => {
  server = await listen({ port: 0, host: "127.0.0.1", startTime: "2025-01-01T00:00:00Z" });
});
afterEach(() => server.mock.reset());
afterAll(() => server.close());

readContractSuite("standalone listen()", () => ({ origin: server.url, fetch: globalThis.fetch }));
