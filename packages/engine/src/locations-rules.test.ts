/**
 * Locations (D1) pinned through the public surface: the defaults of a new location per endpoint,
 * what an update keeps, the coordinate ranges on both sides, the listing order, and the refusals a
 * write gets for an unknown or non-inventory location.
 */
import { describe, expect, it } from "vitest";
import { allocate, createState, getLocation, listLocations, refresh, saveAdminLocation, saveLocation } from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

const DEFAULTS = {
  allowFulfillmentWithNoStock: false,
  active: true,
  directShip: false,
  pickup: false,
  transferEnabled: false,
  express: false,
  includeInAggregate: true,
  includeInLocationExport: true,
};

describe("D1 locations", () => {
  it("a new location: the defaults; through the Inventory API it supports inventory, through admin it does not", () => {
    const a = must(saveLocation(createState(), { code: "A" }));
    expect(a.value).toEqual({ locationId: 1, code: "A", name: "A", supportsInventory: true, ...DEFAULTS });
    const b = must(saveAdminLocation(a.state, { code: "B", name: "Bee" }));
    expect(b.value).toEqual({ locationId: 2, code: "B", name: "Bee", supportsInventory: false, ...DEFAULTS });
  });

  it("saveLocation ignores the admin flags, keeps the id, and turns inventory support on", () => {
    let s = must(saveAdminLocation(createState(), { code: "A", allowFulfillmentWithNoStock: true, pickup: true })).state;
    const saved = must(saveLocation(s, { code: "A", supportsInventory: false, allowFulfillmentWithNoStock: false, directShip: true } as never));
    expect(saved.value).toMatchObject({ locationId: 1, supportsInventory: true, allowFulfillmentWithNoStock: true, pickup: true, directShip: true });
    s = must(saveAdminLocation(saved.state, { code: "A", supportsInventory: false })).state;
    expect(getLocation(s, "A")?.supportsInventory).toBe(false);
    s = must(saveLocation(s, { code: "A", name: "Ay" })).state;
    expect(getLocation(s, "A")).toMatchObject({ supportsInventory: true, name: "Ay", locationId: 1 });
    const plain = must(saveLocation(createState(), { code: "C", supportsInventory: false } as never));
    expect(plain.value.supportsInventory).toBe(true);
  });

  it("code required; latitude within ±90 and longitude within ±180, both ends included", () => {
    const r = saveLocation(createState(), { code: " ", latitude: 90.5, longitude: -180.5 });
    expect(r.ok ? [] : [r.error.code, r.error.message, ...r.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)]).toEqual([
      "validation_failed",
      "Invalid location",
      "locationCode required: locationCode is required",
      "latitude out_of_range: latitude must be within ±90",
      "longitude out_of_range: longitude must be within ±180",
    ]);
    expect(saveLocation(createState(), { code: "A", latitude: -90, longitude: 180 }).ok).toBe(true);
    expect(saveLocation(createState(), { code: "A", latitude: Number.NaN }).ok).toBe(false);
    expect(saveAdminLocation(createState(), { code: "" }).ok).toBe(false);
    const numeric = saveAdminLocation(createState(), { code: 42 as unknown as string });
    expect(numeric.ok ? [] : numeric.error.details.map((d) => `${d.field} ${d.code}`)).toEqual(["locationCode required"]);
  });

  it("listed by code", () => {
    let s = createState();
    for (const code of ["b", "C", "a", "B"]) s = must(saveLocation(s, { code })).state;
    expect(listLocations(s).map((l) => l.code)).toEqual(["B", "C", "a", "b"]);
  });

  it("a write needs a known location that supports inventory", () => {
    const s = must(saveAdminLocation(createState(), { code: "X" })).state;
    const off = refresh(s, { locationCode: "X", items: [{ upc: "U", quantity: 1 }] }, NOW);
    expect(off.ok ? "" : `${off.error.code} ${off.error.message} ${off.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)}`).toBe(
      "location_not_inventory_enabled Location X does not support inventory locationCode location_not_inventory_enabled: Location X does not support inventory",
    );
    const none = refresh(s, { locationCode: "Y", items: [{ upc: "U", quantity: 1 }] }, NOW);
    expect(none.ok ? "" : `${none.error.code} ${none.error.message} ${none.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)}`).toBe(
      "location_not_found Location Y not found locationCode location_not_found: Location Y not found",
    );
  });
});

describe("D1 locations: inactive ones and ids", () => {
  it("a write to an inactive location is 404 location_not_found, its detail says not active and names the item", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(saveLocation(s, { code: "X", active: false })).state;
    const off = refresh(s, { locationCode: "X", items: [{ upc: "U", quantity: 1 }] }, NOW);
    expect(off.ok ? [] : [off.error.code, off.error.message, ...off.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)]).toEqual([
      "location_not_found",
      "Location X is not active",
      "- locationCode location_not_active: Location X is not active",
    ]);
    const item = { orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", quantity: 1 };
    const held = allocate(s, { items: [{ ...item, locationCode: "L1" }, { ...item, orderItemId: 2, locationCode: "X" }] }, NOW);
    expect(held.ok ? [] : held.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}`)).toEqual(["1 locationCode location_not_active"]);
    // Active again: the write goes through.
    s = must(saveLocation(s, { code: "X", active: true })).state;
    expect(refresh(s, { locationCode: "X", items: [{ upc: "U", quantity: 1 }] }, NOW).ok).toBe(true);
  });

  it("an update keeps the location's id and uses up no id: the next new location takes the next one", () => {
    let s = must(saveLocation(createState(), { code: "A" })).state;
    s = must(saveLocation(s, { code: "A", name: "Ay" })).state;
    s = must(saveAdminLocation(s, { code: "A", pickup: true })).state;
    const b = must(saveLocation(s, { code: "B" }));
    expect([getLocation(b.state, "A")?.locationId, b.value.locationId]).toEqual([1, 2]);
  });
});
