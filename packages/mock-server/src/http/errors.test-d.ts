import type { InventoryErrorCode } from "@kibo-inventory/engine";
import { describe, expectTypeOf, it } from "vitest";
import type { EngineErrorTable, ERROR_TABLE, ServerErrorCode } from "./errors.js";

describe("ERROR_TABLE is typed by the engine's error codes", () => {
  it("maps every InventoryErrorCode", () => {
    expectTypeOf<InventoryErrorCode>().toExtend<keyof typeof ERROR_TABLE>();
  });

  it("a table missing an engine code fails tsc", () => {
    const missingConflict = {
      validation_failed: { status: 400, errorCode: "VALIDATION_ERROR" },
      limit_exceeded: { status: 400, errorCode: "VALIDATION_ERROR" },
      location_not_inventory_enabled: { status: 400, errorCode: "VALIDATION_ERROR" },
      not_found: { status: 404, errorCode: "NOT_FOUND" },
      location_not_found: { status: 404, errorCode: "LOCATION_NOT_FOUND" },
      // @ts-expect-error -- `conflict` is an engine code with no line
    } as const satisfies EngineErrorTable;
    expectTypeOf(missingConflict).toBeObject();
  });

  it("server-only codes do not reuse an engine code", () => {
    expectTypeOf<Extract<ServerErrorCode, InventoryErrorCode>>().toBeNever();
  });
});
