import { createInventoryMock } from "@kibo-inventory/mock-server";
import { describe, expect, it } from "vitest";

// The request schemas of @kibo-inventory/spec are written with zod/mini, which loads no locale
// (ADR 0017). The server answers zod's own messages in English all the same; this file imports
// nothing but the server, as a program would.
describe("validation messages", () => {
  const mock = createInventoryMock({ staticTokens: { "test-token": "mock-app" } });
  const headers = { authorization: "Bearer test-token", "x-vol-tenant": "1000", "content-type": "application/json" };

  it("give zod's English message for a field of the wrong type, naming the field", async () => {
    const body = { locationCode: "WH1", items: [{ upc: "A", quantity: 1 }, { upc: "B", quantity: 1 }, { upc: "C", quantity: 1, lTD: "soon", tags: { Channel: 5 } }] };
    const res = await mock.fetch("http://x/api/commerce/inventory/v5/inventory/refresh", { method: "POST", headers, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    const error = (await res.json()) as { errorCode: string; items: { field: string; message: string; index?: number }[] };
    expect(error.errorCode).toBe("VALIDATION_ERROR");
    expect(error.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "items[2].lTD", index: 2, message: "Invalid input: expected number, received string" }),
        expect.objectContaining({ field: "items[2].tags.Channel", index: 2, message: "Invalid input: expected string, received number" }),
      ]),
    );
  });
});
