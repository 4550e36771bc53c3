// The zod schema of every request body in openapi/inventory.yaml, by operationId. The `satisfies`
// clause makes this table complete: an operation with a JSON body that is missing here, or an entry
// for an operation without one, fails `tsc`. The check at the bottom makes it exact: each schema's
// output must be the very body type of its operation (assignable is not enough: an adjust body
// would fit a refresh body).
import type * as z from "zod/mini";
import type { operations } from "../generated/inventory.js";
import type { Equals } from "../internal/type-equals.js";
import { AdjustRequestSchema } from "./adjust.js";
import { AggregateRequestSchema } from "./aggregate.js";
import {
  AllocateInventoryRequestSchema,
  BlockAssignmentRequestSchema,
  OrderItemInformationRequestSchema,
  ShipmentInventoryAllocationRequestSchema,
  TransitionCartRequestSchema,
} from "./allocation.js";
import { OAuthTicketRequestSchema } from "./auth.js";
import { ConditionAvailabilityRequestSchema } from "./condition-availability.js";
import { DeleteFutureItemRequestSchema, DeleteItemRequestSchema, DeleteItemsRequestSchema } from "./delete.js";
import {
  ExportInventoryRequestSchema,
  ExportSettingsFTPRequestSchema,
  ExportSettingsRequestSchema,
  ExportSettingsS3RequestSchema,
} from "./export.js";
import { FetchFileConfigRequestSchema } from "./fetch-file.js";
import { AdjustFutureDateRequestSchema } from "./future.js";
import { InventoryRequestSchema } from "./inventory-query.js";
import { AdminLocationSchema, LocationRequestSchema } from "./locations.js";
import { NotModeledBodySchema } from "./not-simulated.js";
import { RefreshRequestSchema } from "./refresh.js";
import { RisGraphqlRequestSchema } from "./ris-graphql.js";
import { InventoryTagSchema, TagCategorySchema } from "./tags.js";

/** The JSON request body type of an operation, or `never` when it has none. */
export type JsonRequestBody<Op> = Op extends { requestBody?: infer Body }
  ? [NonNullable<Body>] extends [never]
    ? never
    : NonNullable<Body> extends { content: { "application/json": infer Json } }
      ? Json
      : never
  : never;

/** operationIds of the operations of `Ops` (a generated `operations` type) that take a JSON request body. */
export type OperationsWithJsonBody<Ops> = {
  [K in keyof Ops]: [JsonRequestBody<Ops[K]>] extends [never] ? never : K;
}[keyof Ops];

/** operationIds of the operations that take a JSON request body. */
export type OperationWithRequestBody = OperationsWithJsonBody<operations>;

/** operationIds of `Table` whose schema does not produce exactly its operation's body type (must be none). */
export type MismatchedBodySchemas<Table, Ops> = {
  [K in keyof Table & keyof Ops]: Table[K] extends z.ZodMiniType
    ? Equals<z.output<Table[K]>, JsonRequestBody<Ops[K]>> extends true
      ? never
      : K
    : K;
}[keyof Table & keyof Ops];

/** The zod schema of each operation's request body, keyed by operationId. */
export const requestBodySchemas = {
  oauthAuthenticateApp: OAuthTicketRequestSchema,
  postQueryInventory: InventoryRequestSchema,
  postQueryInventoryV1: InventoryRequestSchema,
  postQueryRealtimeInventory: InventoryRequestSchema,
  postRealtimeInventoryGraphql: RisGraphqlRequestSchema,
  aggregate: AggregateRequestSchema,
  refresh: RefreshRequestSchema,
  smartRefreshInventory: RefreshRequestSchema,
  adjust: AdjustRequestSchema,
  smartAdjustInventory: AdjustRequestSchema,
  deleteInventory: DeleteItemRequestSchema,
  deleteItems: DeleteItemsRequestSchema,
  deleteFutureInventory: DeleteFutureItemRequestSchema,
  adjustFutureDate: AdjustFutureDateRequestSchema,
  allocateInventory: AllocateInventoryRequestSchema,
  deallocateInventory: AllocateInventoryRequestSchema,
  fulfillInventory: AllocateInventoryRequestSchema,
  transitionCart: TransitionCartRequestSchema,
  blockAssignment: BlockAssignmentRequestSchema,
  getOrderItemInformation: OrderItemInformationRequestSchema,
  getShipmentInventoryAllocations: ShipmentInventoryAllocationRequestSchema,
  updateTagCategory: TagCategorySchema,
  createTag: InventoryTagSchema,
  updateTag: InventoryTagSchema,
  saveLocation: LocationRequestSchema,
  addAdminLocation: AdminLocationSchema,
  updateAdminLocation: AdminLocationSchema,
  createExportSettings: ExportSettingsRequestSchema,
  updateExportSettings: ExportSettingsRequestSchema,
  createExportSettingsFTP: ExportSettingsFTPRequestSchema,
  updateExportSettingsFTP: ExportSettingsFTPRequestSchema,
  createExportSettingsS3: ExportSettingsS3RequestSchema,
  updateExportSettingsS3: ExportSettingsS3RequestSchema,
  runExport: ExportInventoryRequestSchema,
  saveFetchConfig: FetchFileConfigRequestSchema,
  createConditionAvailability: ConditionAvailabilityRequestSchema,
  createBin: NotModeledBodySchema,
  updateBin: NotModeledBodySchema,
  updateBins: NotModeledBodySchema,
  loadInventory: NotModeledBodySchema,
  searchBins: NotModeledBodySchema,
  updateTenantSiloConfig: NotModeledBodySchema,
} as const satisfies { [K in OperationWithRequestBody]: z.ZodMiniType<JsonRequestBody<operations[K]>> };

const _everyBodyExact: Equals<MismatchedBodySchemas<typeof requestBodySchemas, operations>, never> = true;
