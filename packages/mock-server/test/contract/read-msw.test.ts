import { setupInventoryMock } from "@kibo-inventory/mock-server/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { readContractSuite } from "./read-suite.js";

// The read-side contract through MSW interception of global fetch.
const kibo = setupInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
beforeAll(() => kibo.listen({ onUnhandledRequest: "error" }));
afterEach(() => kibo.reset());
afterAll(() => kibo.close());

readContractSuite("MSW setupServer", () => ({ origin: "https://t1000-s2000.sandbox.mozu.com", fetch: globalThis.fetch }));
