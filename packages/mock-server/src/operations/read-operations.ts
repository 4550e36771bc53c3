import type { TenantRouteHandler } from "../http/route.js";
import { postRealtimeInventoryGraphql } from "../ris/post-realtime-inventory-graphql.js";
import { addAdminLocation, getAdminLocation, getAdminLocations, updateAdminLocation } from "./read/admin-locations.js";
import { createConditionAvailability, deleteConditionAvailability, getConditionAvailabilities } from "./read/condition-availability.js";
import { getLocationGroups, getLocations, getLocationsAll, saveLocation } from "./read/locations.js";
import { aggregate, postQueryInventory, postQueryRealtimeInventory } from "./read/query-inventory.js";
import { deleteTagCategory, getTagCategory, getTagCategoryAll, updateTagCategory } from "./read/tag-categories.js";
import { createTag, deleteTag, getTag, updateTag } from "./read/tag-values.js";

/**
 * The read side of the inventory operations, by operationId (see ./index.ts): queries, RIS,
 * tag configuration, locations and condition rules — everything but stock writes, allocation
 * and jobs.
 */
export const readOperations: Readonly<Partial<Record<string, TenantRouteHandler>>> = {
  // Queries and RIS
  postQueryInventory,
  postQueryRealtimeInventory,
  aggregate,
  postRealtimeInventoryGraphql,
  // Tags (D4, D5)
  getTagCategoryAll,
  getTagCategory,
  updateTagCategory,
  deleteTagCategory,
  createTag,
  getTag,
  updateTag,
  deleteTag,
  // Locations (D1)
  getLocationsAll,
  getLocations,
  saveLocation,
  getLocationGroups,
  getAdminLocations,
  addAdminLocation,
  getAdminLocation,
  updateAdminLocation,
  // Condition availability (D15, modelled)
  createConditionAvailability,
  getConditionAvailabilities,
  deleteConditionAvailability,
};
