import { createInventoryMock } from "@kibo-inventory/mock-server";
import { afterEach } from "vitest";
import { readContractSuite } from "./read-suite.js";

// The read-side contract through mock.fetch (no interception, no sockets).
const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
afterEach(() => mock.reset());

readContractSuite("mock.fetch", () => ({ origin: "https://t1000.sandbox.mozu.com", fetch: mock.fetch }));
