// Request bodies of saveLocation (LocationRequest) and addAdminLocation/updateAdminLocation
// (AdminLocation).
import * as z from "zod";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** Body of `saveLocation`: a location as the Inventory service stores it. */
export const LocationRequestSchema = z.object({
  locationCode: z.string().min(1, "locationCode must not be empty"),
  locationName: z.string(),
  tenantID: z.int(),
  active: z.boolean(),
  directShip: z.boolean(),
  pickup: z.boolean(),
  transferEnabled: z.boolean().exactOptional(),
  express: z.boolean().exactOptional(),
  wmsEnabled: z.boolean().exactOptional(),
  includeInAggregate: z.boolean().exactOptional(),
  includeInLocationExport: z.boolean().exactOptional(),
  countryCode: z.string().exactOptional(),
  postalCode: z.string().exactOptional(),
  latitude: z.number().exactOptional(),
  longitude: z.number().exactOptional(),
});

export const AdminCodeNameSchema = z.object({
  code: z.string(),
  name: z.string().exactOptional(),
});

export const AdminAddressSchema = z.object({
  address1: z.string().exactOptional(),
  address2: z.string().exactOptional(),
  cityOrTown: z.string().exactOptional(),
  stateOrProvince: z.string().exactOptional(),
  postalOrZipCode: z.string().exactOptional(),
  countryCode: z.string().exactOptional(),
});

export const AdminCoordinatesSchema = z.object({
  lat: z.number().exactOptional(),
  lng: z.number().exactOptional(),
});

/** Body of `addAdminLocation` and `updateAdminLocation` (the inventory-relevant subset). */
export const AdminLocationSchema = z.object({
  code: z.string().min(1, "code must not be empty"),
  name: z.string(),
  description: z.string().exactOptional(),
  supportsInventory: z.boolean().exactOptional(),
  allowFulfillmentWithNoStock: z.boolean().exactOptional(),
  isDisabled: z.boolean().exactOptional(),
  fulfillmentTypes: z.array(AdminCodeNameSchema).exactOptional(),
  locationTypes: z.array(AdminCodeNameSchema).exactOptional(),
  express: z.boolean().exactOptional(),
  transferEnabled: z.boolean().exactOptional(),
  warehouseEnabled: z.boolean().exactOptional(),
  // Kibo's spelling ("Aggregrate").
  includeInInventoryAggregrate: z.boolean().exactOptional(),
  includeInLocationExport: z.boolean().exactOptional(),
  tags: z.array(z.string()).exactOptional(),
  phone: z.string().exactOptional(),
  address: AdminAddressSchema.exactOptional(),
  geo: AdminCoordinatesSchema.exactOptional(),
});

const _locationRequest: SchemaMatches<typeof LocationRequestSchema, Schemas["LocationRequest"]> = true;
const _adminCodeName: SchemaMatches<typeof AdminCodeNameSchema, Schemas["AdminCodeName"]> = true;
const _adminAddress: SchemaMatches<typeof AdminAddressSchema, Schemas["AdminAddress"]> = true;
const _adminCoordinates: SchemaMatches<typeof AdminCoordinatesSchema, Schemas["AdminCoordinates"]> = true;
const _adminLocation: SchemaMatches<typeof AdminLocationSchema, Schemas["AdminLocation"]> = true;
