import type { AdjustItem, FutureRow, InventoryRow, RefreshItem } from "@kibo-inventory/engine";
import type { Schemas } from "@kibo-inventory/spec";
import { describe, expectTypeOf, it } from "vitest";
import { FUTURE_ROW_FIELDS, INVENTORY_ROW_FIELDS } from "../operations/queries/inventory-rows.js";
import { type ADJUST_ITEM_FIELDS, REFRESH_ITEM_FIELDS } from "../operations/stock/refresh-adjust.js";
import type { EngineFieldsOf, FieldTable } from "./field-table.js";

describe("field tables are checked against the generated wire types", () => {
  it("a table missing a wire field fails tsc", () => {
    const { inventoryLocatorName: _dropped, ...rest } = INVENTORY_ROW_FIELDS;
    // @ts-expect-error -- `inventoryLocatorName` of InventoryResponse has no line
    const missing: FieldTable<Schemas["InventoryResponse"] & Schemas["RealtimeInventoryResponse"], InventoryRow> = rest;
    expectTypeOf(missing).toBeObject();

    const { lTD: _lTD, ...refreshRest } = REFRESH_ITEM_FIELDS;
    // @ts-expect-error -- `lTD` of RefreshItem has no line
    const missingRefresh: FieldTable<Schemas["RefreshItem"], RefreshItem> = refreshRest;
    expectTypeOf(missingRefresh).toBeObject();
  });

  it("a line naming an engine field that does not exist fails tsc", () => {
    // @ts-expect-error -- the engine's field is `onHand`
    const wrong: FieldTable<Schemas["FutureInventory"], FutureRow> = { ...FUTURE_ROW_FIELDS, onhand: "onhand" };
    expectTypeOf(wrong).toBeObject();
  });

  it("every engine item field is reached from the wire, except the engine-only ones", () => {
    expectTypeOf<Exclude<keyof RefreshItem, EngineFieldsOf<typeof REFRESH_ITEM_FIELDS>>>().toBeNever();
    expectTypeOf<Exclude<keyof AdjustItem, EngineFieldsOf<typeof ADJUST_ITEM_FIELDS>>>().toBeNever();
    // Rows: stockStatus is the engine's own summary, not a wire field.
    expectTypeOf<Exclude<keyof InventoryRow, EngineFieldsOf<typeof INVENTORY_ROW_FIELDS>>>().toEqualTypeOf<"stockStatus">();
  });
});
