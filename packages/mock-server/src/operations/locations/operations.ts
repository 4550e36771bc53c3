import type { OperationList } from "../registry.js";
import { addAdminLocation, getAdminLocation, getAdminLocations, updateAdminLocation } from "./admin-locations.js";
import { getLocationGroups, getLocations, getLocationsAll, saveLocation } from "./locations.js";

/** Locations (D1), inventory's and the admin API's. */
export const locationOperations = {
  getLocationsAll,
  getLocations,
  saveLocation,
  getLocationGroups,
  getAdminLocations,
  addAdminLocation,
  getAdminLocation,
  updateAdminLocation,
} satisfies OperationList;
