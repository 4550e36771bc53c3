import { createInventoryMock, KIBO_OPERATIONS } from "@kibo-inventory/mock-server";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// No input we can send produces a 5xx other than 501 (not simulated). This grows teeth as
// operations land: every route in the table is exercised with arbitrary bodies and params.
describe("robustness", () => {
  const mock = createInventoryMock({ staticTokens: { "test-token": "mock-app" } });
  const headers = { authorization: "Bearer test-token", "x-vol-tenant": "1000", "content-type": "application/json" };
  const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

  it("never answers 500 for arbitrary bodies and path params", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KIBO_OPERATIONS),
        fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string(), fc.constant("")),
        fc.string({ minLength: 1 }),
        async ([method, path], body, param) => {
          const init: RequestInit = { method, headers };
          if (method !== "GET" && body !== "") init.body = body;
          const res = await mock.fetch(`http://x/api${fill(path, param)}`, init);
          expect(res.status === 501 || res.status < 500).toBe(true);
          expect(res.headers.get("content-type")).toMatch(/^application\/json/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
