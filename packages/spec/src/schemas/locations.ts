// Request bodies of saveLocation (LocationRequest) and addAdminLocation/updateAdminLocation
// (AdminLocation).
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** Body of `saveLocation`: a location as the Inventory service stores it. */
export const LocationRequestSchema = z.object({
  locationCode: z.string().check(z.minLength(1, "locationCode must not be empty")),
  locationName: z.string(),
  tenantID: z.int(),
  active: z.boolean(),
  directShip: z.boolean(),
  pickup: z.boolean(),
  transferEnabled: z.exactOptional(z.boolean()),
  express: z.exactOptional(z.boolean()),
  wmsEnabled: z.exactOptional(z.boolean()),
  includeInAggregate: z.exactOptional(z.boolean()),
  includeInLocationExport: z.exactOptional(z.boolean()),
  countryCode: z.exactOptional(z.string()),
  postalCode: z.exactOptional(z.string()),
  latitude: z.exactOptional(z.number()),
  longitude: z.exactOptional(z.number()),
});

export const AdminCodeNameSchema = z.object({
  code: z.string(),
  name: z.exactOptional(z.string()),
});

export const AdminAddressSchema = z.object({
  address1: z.exactOptional(z.string()),
  address2: z.exactOptional(z.string()),
  cityOrTown: z.exactOptional(z.string()),
  stateOrProvince: z.exactOptional(z.string()),
  postalOrZipCode: z.exactOptional(z.string()),
  countryCode: z.exactOptional(z.string()),
});

export const AdminCoordinatesSchema = z.object({
  lat: z.exactOptional(z.number()),
  lng: z.exactOptional(z.number()),
});

/** Body of `addAdminLocation` and `updateAdminLocation` (the inventory-relevant subset). */
export const AdminLocationSchema = z.object({
  code: z.string().check(z.minLength(1, "code must not be empty")),
  name: z.string(),
  description: z.exactOptional(z.string()),
  supportsInventory: z.exactOptional(z.boolean()),
  allowFulfillmentWithNoStock: z.exactOptional(z.boolean()),
  isDisabled: z.exactOptional(z.boolean()),
  fulfillmentTypes: z.exactOptional(z.array(AdminCodeNameSchema)),
  locationTypes: z.exactOptional(z.array(AdminCodeNameSchema)),
  express: z.exactOptional(z.boolean()),
  transferEnabled: z.exactOptional(z.boolean()),
  warehouseEnabled: z.exactOptional(z.boolean()),
  // Kibo's spelling ("Aggregrate").
  includeInInventoryAggregrate: z.exactOptional(z.boolean()),
  includeInLocationExport: z.exactOptional(z.boolean()),
  tags: z.exactOptional(z.array(z.string())),
  phone: z.exactOptional(z.string()),
  address: z.exactOptional(AdminAddressSchema),
  geo: z.exactOptional(AdminCoordinatesSchema),
});

const _locationRequest: SchemaMatches<typeof LocationRequestSchema, Schemas["LocationRequest"]> = true;
const _adminCodeName: SchemaMatches<typeof AdminCodeNameSchema, Schemas["AdminCodeName"]> = true;
const _adminAddress: SchemaMatches<typeof AdminAddressSchema, Schemas["AdminAddress"]> = true;
const _adminCoordinates: SchemaMatches<typeof AdminCoordinatesSchema, Schemas["AdminCoordinates"]> = true;
const _adminLocation: SchemaMatches<typeof AdminLocationSchema, Schemas["AdminLocation"]> = true;
