import { listen, type RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { cartsContractSuite } from "./carts-suite.js";
import { contractSuite } from "./contract-suite.js";
import { orderContractSuite } from "./order-suite.js";
import { writeContractSuite } from "./write-suite.js";

// Standalone: node:http on loopback with an ephemeral port.
let server: RunningInventoryServer;
beforeAll(async () => {
  server = await listen({ port: 0, host: "127.0.0.1", startTime: "2025-01-01T00:00:00Z" });
});
afterEach(() => server.mock.reset());
afterAll(() => server.close());

contractSuite("standalone listen()", () => ({ origin: server.url, fetch: globalThis.fetch }));
writeContractSuite("standalone listen()", () => ({ origin: server.url, fetch: globalThis.fetch }));
orderContractSuite("standalone listen()", () => ({ origin: server.url, fetch: globalThis.fetch }));
cartsContractSuite("standalone listen()", () => ({ origin: server.url, fetch: globalThis.fetch }));
