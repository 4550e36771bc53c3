/** Locations (D1): inventory lives only at locations that support inventory. */
import { detail, domainError, type ErrorDetail, type InventoryDomainError } from "./errors.js";
import type { Location } from "./location.js";
import { fail, ok, type Result } from "./result.js";
import { type InventoryState, nextId } from "./state.js";

/** Fields of a location save; omitted flags keep their current value (or the default on create). */
export interface LocationInput {
  readonly code: string;
  readonly name?: string;
  readonly active?: boolean;
  readonly directShip?: boolean;
  readonly pickup?: boolean;
  readonly transferEnabled?: boolean;
  readonly express?: boolean;
  readonly includeInAggregate?: boolean;
  readonly includeInLocationExport?: boolean;
  readonly countryCode?: string;
  readonly postalCode?: string;
  readonly latitude?: number;
  readonly longitude?: number;
}

/** Admin-only flags (the admin location endpoint). */
export interface LocationAdminInput extends LocationInput {
  readonly supportsInventory?: boolean;
  readonly allowFulfillmentWithNoStock?: boolean;
}

function validate(input: LocationAdminInput): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  if (typeof input.code !== "string" || input.code.trim() === "")
    details.push(detail("locationCode", "required", "locationCode is required"));
  if (input.latitude !== undefined && !(Math.abs(input.latitude) <= 90))
    details.push(detail("latitude", "out_of_range", "latitude must be within ±90"));
  if (input.longitude !== undefined && !(Math.abs(input.longitude) <= 180))
    details.push(detail("longitude", "out_of_range", "longitude must be within ±180"));
  return details;
}

function upsert(
  state: InventoryState,
  input: LocationAdminInput,
  createDefaults: { supportsInventory: boolean },
): Result<InventoryState, Location> {
  const details = validate(input);
  if (details.length > 0) return fail(domainError("validation_failed", "Invalid location", details));
  const existing = state.locations.get(input.code);
  let s = state;
  let locationId = existing?.locationId;
  if (locationId === undefined) [locationId, s] = nextId(s, "locationId");
  const base: Location = existing ?? {
    locationId,
    code: input.code,
    name: input.code,
    supportsInventory: createDefaults.supportsInventory,
    allowFulfillmentWithNoStock: false,
    active: true,
    directShip: false,
    pickup: false,
    transferEnabled: false,
    express: false,
    includeInAggregate: true,
    includeInLocationExport: true,
  };
  const { code: _code, ...patch } = input;
  const location: Location = { ...base, ...patch };
  return ok({ ...s, locations: s.locations.set(location.code, location) }, location);
}

/**
 * Saves a location through the Inventory API (create or update). A location created here supports
 * inventory; an update keeps the admin flags as they are.
 */
export function saveLocation(state: InventoryState, input: LocationInput): Result<InventoryState, Location> {
  const { supportsInventory: _s, allowFulfillmentWithNoStock: _a, ...plain } = input as LocationAdminInput;
  const existing = state.locations.get(input.code);
  const result = upsert(state, plain, { supportsInventory: true });
  if (!result.ok || existing === undefined || existing.supportsInventory) return result;
  // Saving through the Inventory API turns inventory support on (D1).
  const location = { ...result.value, supportsInventory: true };
  return ok({ ...result.state, locations: result.state.locations.set(location.code, location) }, location);
}

/** Saves a location through the admin endpoint: may toggle `supportsInventory` and `allowFulfillmentWithNoStock`. A location created here does not support inventory unless told so. */
export function saveAdminLocation(
  state: InventoryState,
  input: LocationAdminInput,
): Result<InventoryState, Location> {
  return upsert(state, input, { supportsInventory: false });
}

/** One location by code. */
export function getLocation(state: InventoryState, code: string): Location | undefined {
  return state.locations.get(code);
}

/** All locations, sorted by code. */
export function listLocations(state: InventoryState): Location[] {
  return [...state.locations.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * The location a write may use, or the error for it: 404 `location_not_found` when it is unknown or
 * not active (Kibo: "invalid or not active"), 400 without inventory support.
 */
export function writableLocation(
  state: InventoryState,
  code: string,
  index?: number,
): Location | InventoryDomainError {
  const location = state.locations.get(code);
  if (location === undefined)
    return domainError("location_not_found", `Location ${code} not found`, [
      detail("locationCode", "location_not_found", `Location ${code} not found`, index),
    ]);
  if (!location.active)
    return domainError("location_not_found", `Location ${code} is not active`, [
      detail("locationCode", "location_not_active", `Location ${code} is not active`, index),
    ]);
  if (!location.supportsInventory)
    return domainError("location_not_inventory_enabled", `Location ${code} does not support inventory`, [
      detail("locationCode", "location_not_inventory_enabled", `Location ${code} does not support inventory`, index),
    ]);
  return location;
}
