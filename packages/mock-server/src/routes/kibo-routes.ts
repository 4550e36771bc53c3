import type { OperationId } from "@kibo-inventory/spec";
import type { HttpMethod, RouteDefinition } from "../http/route.js";
import { operations } from "../operations/index.js";

/**
 * Every operation of openapi/inventory.yaml except the platform ones (auth, tenant lookup):
 * [method, path under `/api`, operationId]. A unit test keeps this list equal to the spec.
 */
export const KIBO_OPERATIONS: readonly (readonly [HttpMethod, string, OperationId])[] = [
  // Inventory queries
  ["POST", "/commerce/inventory/v5/inventory", "postQueryInventory"],
  ["POST", "/commerce/inventory/v1/inventory", "postQueryInventoryV1"],
  ["POST", "/commerce/inventory/v5/inventory/aggregate", "aggregate"],
  ["POST", "/commerce/realtime-inventory/v5/inventory", "postQueryRealtimeInventory"],
  ["POST", "/commerce/realtime-inventory/graphql", "postRealtimeInventoryGraphql"],
  // Writes
  ["POST", "/commerce/inventory/v5/inventory/refresh", "refresh"],
  ["POST", "/commerce/inventory/v5/inventory/adjust", "adjust"],
  ["POST", "/commerce/inventory/v5/inventory/smart-refresh/", "smartRefreshInventory"],
  ["POST", "/commerce/inventory/v5/inventory/smart-adjust/", "smartAdjustInventory"],
  ["POST", "/commerce/inventory/v5/inventory/delete", "deleteInventory"],
  ["POST", "/commerce/inventory/v5/inventory/deleteItems", "deleteItems"],
  ["POST", "/commerce/inventory/v5/inventory/deleteFutureInventory", "deleteFutureInventory"],
  ["POST", "/commerce/inventory/v5/inventory/redistribute", "redistributeInventoryAcrossTags"],
  ["PUT", "/adjustFutureDate/{futureInventoryID}", "adjustFutureDate"],
  // Allocation
  ["POST", "/commerce/inventory/v5/inventory/allocate", "allocateInventory"],
  ["POST", "/commerce/inventory/v5/inventory/deallocate", "deallocateInventory"],
  ["POST", "/commerce/inventory/v5/inventory/fulfill", "fulfillInventory"],
  ["POST", "/commerce/inventory/v5/inventory/transitionCart", "transitionCart"],
  ["POST", "/commerce/inventory/v5/inventory/blockAssignment", "blockAssignment"],
  ["POST", "/commerce/inventory/v5/inventory/getOrderItemInformation", "getOrderItemInformation"],
  ["POST", "/commerce/inventory/v5/inventory/shipmentInventoryAllocations", "getShipmentInventoryAllocations"],
  // Jobs
  ["GET", "/commerce/inventory/v1/queue/{jobID}", "getJob"],
  ["GET", "/commerce/inventory/v1/queue", "getJobs"],
  ["DELETE", "/commerce/inventory/v1/deleteOldInventory/{months}", "deleteOldInventory"],
  ["DELETE", "/commerce/inventory/v1/deleteOldInventory/allSilo/{months}", "deleteAllOldInventory"],
  // Tags
  ["GET", "/commerce/inventory/v1/tagCategory", "getTagCategoryAll"],
  ["GET", "/commerce/inventory/v1/tagCategory/{tagCategoryName}", "getTagCategory"],
  ["PUT", "/commerce/inventory/v1/tagCategory/{tagCategoryName}", "updateTagCategory"],
  ["DELETE", "/commerce/inventory/v1/tagCategory/{tagCategoryName}", "deleteTagCategory"],
  ["POST", "/commerce/inventory/v1/tagCategory/{tagCategoryName}/tag", "createTag"],
  ["GET", "/commerce/inventory/v1/tagCategory/{tagCategoryName}/tag/{tagValue}", "getTag"],
  ["PUT", "/commerce/inventory/v1/tagCategory/{tagCategoryName}/tag/{tagValue}", "updateTag"],
  ["DELETE", "/commerce/inventory/v1/tagCategory/{tagCategoryName}/tag/{tagValue}", "deleteTag"],
  // Locations
  ["GET", "/commerce/inventory/v1/location", "getLocationsAll"],
  ["GET", "/commerce/inventory/v1/location/{locationCode}", "getLocations"],
  ["POST", "/commerce/inventory/v1/location", "saveLocation"],
  ["GET", "/commerce/inventory/v1/locationGroup", "getLocationGroups"],
  ["GET", "/commerce/admin/locations", "getAdminLocations"],
  ["POST", "/commerce/admin/locations", "addAdminLocation"],
  ["GET", "/commerce/admin/locations/{locationCode}", "getAdminLocation"],
  ["PUT", "/commerce/admin/locations/{locationCode}", "updateAdminLocation"],
  // Condition availability (modelled)
  ["POST", "/commerce/inventory-management/v1/conditionavailability", "createConditionAvailability"],
  ["GET", "/commerce/inventory-management/v1/conditionavailability", "getConditionAvailabilities"],
  ["DELETE", "/commerce/inventory-management/v1/conditionavailability/{id}", "deleteConditionAvailability"],
  // Export, fetch-file configuration, bins, silo: not simulated (501)
  ["GET", "/commerce/inventory/v1/export", "getExportSettings"],
  ["POST", "/commerce/inventory/v1/export", "runExport"],
  ["POST", "/commerce/inventory/v1/export/create", "createExportSettings"],
  ["POST", "/commerce/inventory/v1/export/ftp/create", "createExportSettingsFTP"],
  ["POST", "/commerce/inventory/v1/export/s3/create", "createExportSettingsS3"],
  ["POST", "/commerce/inventory/v1/export/update", "updateExportSettings"],
  ["POST", "/commerce/inventory/v1/export/ftp/update", "updateExportSettingsFTP"],
  ["POST", "/commerce/inventory/v1/export/s3/update", "updateExportSettingsS3"],
  ["DELETE", "/commerce/inventory/v1/export/{exportSettingsName}", "deleteExportSettings"],
  ["DELETE", "/commerce/inventory/v1/export/ftp/{exportSettingsName}/{exportSettingsFTPName}", "deleteExportSettingsFTP"],
  ["DELETE", "/commerce/inventory/v1/export/s3/{exportSettingsName}/{exportSettingsS3Name}", "deleteExportSettingsS3"],
  ["GET", "/commerce/inventory/v1/config/fetchfile", "getFetchConfig"],
  ["POST", "/commerce/inventory/v1/config/fetchfile", "saveFetchConfig"],
  ["DELETE", "/commerce/inventory/v1/config/fetchfile/{fetchFileConfigID}", "deleteFetchConfig"],
  ["GET", "/commerce/inventory/v1/config/fetchfile/testConnection/{fetchFileConfigID}", "testConnection"],
  ["POST", "/commerce/inventory/v1/bin", "createBin"],
  ["GET", "/commerce/inventory/v1/bin", "getBins"],
  ["GET", "/commerce/inventory/v1/bin/binStatuses", "getBinStatuses"],
  ["GET", "/commerce/inventory/v1/bin/binTypes", "getBinTypes"],
  ["POST", "/commerce/inventory/v1/bin/updateBins", "updateBins"],
  ["POST", "/commerce/inventory/v1/bin/loadInventory", "loadInventory"],
  ["POST", "/commerce/inventory/v1/bin/searchInventory", "searchBins"],
  ["POST", "/commerce/inventory/v1/bin/{bin_id}", "updateBin"],
  ["POST", "/commerce/inventory/v1/silo/siloConfig", "updateTenantSiloConfig"],
];

/** Path prefixes that belong to Kibo: the MSW handlers answer these and let anything else pass. */
const KIBO_PATH_PREFIXES: readonly string[] = ["/api/commerce/", "/api/platform/", "/api/adjustFutureDate/"];

/** Whether a pathname belongs to Kibo's API (so unknown ones get 404 instead of passing through). */
export function isKiboPath(pathname: string): boolean {
  return KIBO_PATH_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/** The Kibo API route table: each operation's handler from `operations/`, or none (501). */
export function kiboRoutes(): RouteDefinition[] {
  return KIBO_OPERATIONS.map(([method, path, operationId]): RouteDefinition => {
    const handler = operations[operationId];
    const base = { method, path: `/api${path}`, operationId, access: "tenant" as const };
    return handler ? { ...base, handler } : base;
  });
}
