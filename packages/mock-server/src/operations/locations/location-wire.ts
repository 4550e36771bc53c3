/**
 * Locations: engine ↔ the Inventory API's `LocationRequest`/`LocationResponse` and the Location
 * Admin API's `AdminLocation` subset. The engine keeps what inventory depends on; admin fields it
 * does not keep (description, phone, location types, tags, street address) are not echoed back.
 */
import type { Location, LocationAdminInput, LocationInput } from "@kibo-inventory/engine";
import type { Schemas } from "@kibo-inventory/spec";
import { compact } from "../shared/compact.js";

type LocationRequest = Schemas["LocationRequest"];
type LocationResponse = Schemas["LocationResponse"];
type AdminLocation = Schemas["AdminLocation"];

/** Kibo's fulfillment type codes for the two flags inventory queries filter on. */
const DIRECT_SHIP = { code: "DS", name: "Direct Ship" } as const;
const PICKUP = { code: "SP", name: "In Store Pickup" } as const;

/** A location as the Inventory service answers it. */
export function toLocationResponse(l: Location, tenantId: number): LocationResponse {
  return {
    locationID: l.locationId,
    locationCode: l.code,
    locationName: l.name,
    tenantID: tenantId,
    active: l.active,
    directShip: l.directShip,
    pickup: l.pickup,
    transferEnabled: l.transferEnabled,
    express: l.express,
    includeInAggregate: l.includeInAggregate,
    includeInLocationExport: l.includeInLocationExport,
    ...compact({ countryCode: l.countryCode, postalCode: l.postalCode, latitude: l.latitude, longitude: l.longitude }),
  };
}

/** A `saveLocation` body as engine input (`tenantID` is the caller's; `wmsEnabled` is not simulated). */
export function fromLocationRequest(body: LocationRequest): LocationInput {
  return {
    code: body.locationCode,
    name: body.locationName,
    active: body.active,
    directShip: body.directShip,
    pickup: body.pickup,
    ...compact({
      transferEnabled: body.transferEnabled,
      express: body.express,
      includeInAggregate: body.includeInAggregate,
      includeInLocationExport: body.includeInLocationExport,
      countryCode: body.countryCode,
      postalCode: body.postalCode,
      latitude: body.latitude,
      longitude: body.longitude,
    }),
  };
}

/** A location as the admin API answers it. */
export function toAdminLocation(l: Location): AdminLocation {
  const address = compact({ countryCode: l.countryCode, postalOrZipCode: l.postalCode });
  const geo = compact({ lat: l.latitude, lng: l.longitude });
  return {
    code: l.code,
    name: l.name,
    supportsInventory: l.supportsInventory,
    allowFulfillmentWithNoStock: l.allowFulfillmentWithNoStock,
    isDisabled: !l.active,
    fulfillmentTypes: [...(l.directShip ? [DIRECT_SHIP] : []), ...(l.pickup ? [PICKUP] : [])],
    express: l.express,
    transferEnabled: l.transferEnabled,
    includeInInventoryAggregrate: l.includeInAggregate,
    includeInLocationExport: l.includeInLocationExport,
    ...(Object.keys(address).length > 0 ? { address } : {}),
    ...(Object.keys(geo).length > 0 ? { geo } : {}),
  };
}

/** An admin body as engine input; fields left out keep their current value (or the default on create). */
export function fromAdminLocation(body: AdminLocation): LocationAdminInput {
  const types = body.fulfillmentTypes?.map((t) => t.code);
  return {
    code: body.code,
    name: body.name,
    ...compact({
      supportsInventory: body.supportsInventory,
      allowFulfillmentWithNoStock: body.allowFulfillmentWithNoStock,
      active: body.isDisabled === undefined ? undefined : !body.isDisabled,
      directShip: types?.includes(DIRECT_SHIP.code),
      pickup: types?.includes(PICKUP.code),
      express: body.express,
      transferEnabled: body.transferEnabled,
      includeInAggregate: body.includeInInventoryAggregrate,
      includeInLocationExport: body.includeInLocationExport,
      countryCode: body.address?.countryCode,
      postalCode: body.address?.postalOrZipCode,
      latitude: body.geo?.lat,
      longitude: body.geo?.lng,
    }),
  };
}
