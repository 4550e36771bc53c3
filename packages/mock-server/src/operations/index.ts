import { postRealtimeInventoryGraphql } from "../ris/post-realtime-inventory-graphql.js";
import { allocationOperations } from "./allocation/operations.js";
import { conditionOperations } from "./conditions/operations.js";
import { exportOperations } from "./export/operations.js";
import { fetchFileOperations } from "./fetch-file/operations.js";
import { jobOperations } from "./jobs/operations.js";
import { locationOperations } from "./locations/operations.js";
import { queryOperations } from "./queries/operations.js";
import type { OperationList } from "./registry.js";
import { stockOperations } from "./stock/operations.js";
import { tagOperations } from "./tags/operations.js";

/**
 * The inventory operations, by the spec's operationId, one list per resource folder. An operation
 * missing here answers 501 NOT_IMPLEMENTED; adding one is: write its handler (a
 * `TenantRouteHandler`) in the folder of its resource, then list it in that folder's
 * `operations.ts`. Its method and path come from `routes/kibo-routes.ts`.
 *
 * @see ../../README.md#adding-an-operation
 */
export const operations: Readonly<OperationList> = {
  ...queryOperations,
  postRealtimeInventoryGraphql, // RIS GraphQL (src/ris/)
  ...stockOperations,
  ...allocationOperations,
  ...jobOperations,
  ...tagOperations,
  ...locationOperations,
  ...conditionOperations,
  ...exportOperations,
  ...fetchFileOperations,
};
