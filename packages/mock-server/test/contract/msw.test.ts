import { setupInventoryMock } from "@kibo-inventory/mock-server/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { cartsContractSuite } from "./carts-suite.js";
import { contractSuite } from "./contract-suite.js";
import { orderContractSuite } from "./order-suite.js";
import { writeContractSuite } from "./write-suite.js";

// Interception: plain global fetch to Kibo's own host name, answered by MSW's setupServer.
const kibo = setupInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
beforeAll(() => kibo.listen({ onUnhandledRequest: "error" }));
afterEach(() => kibo.reset());
afterAll(() => kibo.close());

contractSuite("MSW setupServer", () => ({ origin: "https://t1000-s2000.sandbox.mozu.com", fetch: globalThis.fetch }));
writeContractSuite("MSW setupServer", () => ({ origin: "https://t1000-s2000.sandbox.mozu.com", fetch: globalThis.fetch }));
orderContractSuite("MSW setupServer", () => ({ origin: "https://t1000-s2000.sandbox.mozu.com", fetch: globalThis.fetch }));
cartsContractSuite("MSW setupServer", () => ({ origin: "https://t1000-s2000.sandbox.mozu.com", fetch: globalThis.fetch }));
