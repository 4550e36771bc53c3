import { createInventoryMock } from "@kibo-inventory/mock-server";
import { afterEach } from "vitest";
import { cartsContractSuite } from "./carts-suite.js";
import { contractSuite } from "./contract-suite.js";
import { orderContractSuite } from "./order-suite.js";
import { writeContractSuite } from "./write-suite.js";

// Direct: mock.fetch calls the router, no interception and no sockets.
const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
afterEach(() => mock.reset());

contractSuite("mock.fetch", () => ({ origin: "https://t1000.sandbox.mozu.com", fetch: mock.fetch }));
writeContractSuite("mock.fetch", () => ({ origin: "https://t1000.sandbox.mozu.com", fetch: mock.fetch }));
orderContractSuite("mock.fetch", () => ({ origin: "https://t1000.sandbox.mozu.com", fetch: mock.fetch }));
cartsContractSuite("mock.fetch", () => ({ origin: "https://t1000.sandbox.mozu.com", fetch: mock.fetch }));
