/**
 * The engine's error values, as the mock server hands them on to an HTTP client (DESIGN.md §3):
 * a domain error's code, message and details; a detail's index only when an item is named; the
 * guard that recognises an error after a JSON round trip; and the thrown `QuantityRangeError`
 * (code `validation_failed`, the product and location named in its message and detail).
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  detail,
  domainError,
  type InventoryState,
  isInventoryDomainError,
  QUANTITY_MAX,
  QuantityRangeError,
  refresh,
  saveLocation,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

describe("domain errors and details", () => {
  it("a detail carries its index only when an item is named (index 0 included)", () => {
    expect(detail("upc", "required", "upc is required")).toEqual({ field: "upc", code: "required", message: "upc is required" });
    expect("index" in detail("upc", "required", "upc is required")).toBe(false);
    expect(detail("upc", "required", "upc is required", 0)).toEqual({ index: 0, field: "upc", code: "required", message: "upc is required" });
    expect(detail("upc", "required", "upc is required", 3)).toEqual({ index: 3, field: "upc", code: "required", message: "upc is required" });
  });

  it("a domain error without details has an empty list", () => {
    expect(domainError("not_found", "No such job")).toEqual({ code: "not_found", message: "No such job", details: [] });
    const d = [detail("items", "required", "items are required")];
    expect(domainError("validation_failed", "Invalid", d)).toEqual({ code: "validation_failed", message: "Invalid", details: d });
  });

  it("the guard recognises an error after a JSON round trip, and nothing short of one", () => {
    const e = domainError("conflict", "Busy", [detail("value", "holds_units", "Value holds units")]);
    expect(isInventoryDomainError(JSON.parse(JSON.stringify(e)))).toBe(true);
    expect(isInventoryDomainError({ code: "conflict", message: "Busy", details: [] })).toBe(true);
    for (const value of [
      null,
      undefined,
      "conflict",
      42,
      {},
      { message: "Busy", details: [] },
      { code: 409, message: "Busy", details: [] },
      { code: "conflict", details: [] },
      { code: "conflict", message: 1, details: [] },
      { code: "conflict", message: "Busy" },
      { code: "conflict", message: "Busy", details: {} },
    ])
      expect(isInventoryDomainError(value), JSON.stringify(value) ?? "undefined").toBe(false);
  });
});

describe("QuantityRangeError", () => {
  it("names the product and location, the range, and carries a quantity detail with code validation_failed", () => {
    const e = new QuantityRangeError("U", "L1");
    const message = "The change would take a quantity of U at L1 past the 32-bit range (−2147483648 to 2147483647)";
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("QuantityRangeError");
    expect(e.code).toBe("validation_failed");
    expect(e.message).toBe(message);
    expect(e.details).toEqual([{ field: "quantity", code: "quantity_out_of_range", message }]);
    expect(isInventoryDomainError(e)).toBe(true);
  });

  it("is what an allocation past the range throws, naming its product and location", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    const order = (orderId: number, quantity: number) => ({ items: [{ orderId, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity }] });
    s = must(allocate(s, order(1, QUANTITY_MAX), NOW));
    let thrown: unknown;
    try {
      allocate(s, order(2, 2), NOW);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(QuantityRangeError);
    expect((thrown as QuantityRangeError).message).toContain("of U at L1");
    expect((thrown as QuantityRangeError).details.map((d) => `${d.field}:${d.code}`)).toEqual(["quantity:quantity_out_of_range"]);
  });
});
