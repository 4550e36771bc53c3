import {
  InventoryNotFoundError,
  InventoryValidationError,
  isInventoryApiError,
  isInventoryValidationError,
  unwrap,
} from "@kibo-inventory/sdk";
import { describe, expect, it } from "vitest";
import { connect } from "./support.js";

describe("server errors surface as typed SDK errors", () => {
  it("a refresh with bad items → InventoryValidationError listing each bad item (index, field), nothing applied", async () => {
    const { client } = connect();
    const error = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/refresh", {
        body: {
          locationCode: "WH1",
          items: [
            { upc: "OK-1", quantity: 5 },
            { upc: "BAD-1", quantity: -1 },
            { upc: "OK-2", quantity: 5 },
            { upc: "BAD-2", quantity: 1, tags: { Channel: "Nope" } },
          ],
        },
      }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InventoryValidationError);
    expect(isInventoryValidationError(error)).toBe(true);
    if (!isInventoryValidationError(error)) return;
    expect(error).toMatchObject({ status: 400, errorCode: "VALIDATION_ERROR", correlationId: expect.any(String) });
    expect(error.message).toContain("POST");
    expect(error.items).toEqual([
      expect.objectContaining({ index: 1, field: "items[1].quantity" }),
      expect.objectContaining({ index: 3, field: "items[3].tags.Channel" }),
    ]);

    // Validated whole before anything changes (D8): the good items were not applied either.
    const rows = await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "OK-1" }, { upc: "OK-2" }] } }));
    expect(rows).toEqual([]);
  });

  it("lists every item that breaks the wire schema (granular field lengths, whole numbers)", async () => {
    const { client } = connect();
    const error = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/refresh", {
        body: {
          locationCode: "WH1",
          items: [
            { upc: "A", quantity: 1.5 },
            { upc: "B", quantity: 1 },
            { upc: "C", quantity: 1, lotCode: "L".repeat(51) },
            { upc: "D", quantity: 1, serialNumber: "S".repeat(31) },
          ],
        },
      }),
    ).catch((e: unknown) => e);
    expect(isInventoryValidationError(error) && error.items.map((item) => [item.index, item.field])).toEqual([
      [0, "items[0].quantity"],
      [2, "items[2].lotCode"],
      [3, "items[3].serialNumber"],
    ]);
  });

  it("an unknown location → InventoryNotFoundError with LOCATION_NOT_FOUND", async () => {
    const { client } = connect();
    const error = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/adjust", { body: { locationCode: "nowhere", items: [{ upc: "A", quantity: 1 }] } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InventoryNotFoundError);
    expect(isInventoryApiError(error) && error.errorCode).toBe("LOCATION_NOT_FOUND");
  });
});
