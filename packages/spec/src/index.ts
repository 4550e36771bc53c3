// Public surface of @kibo-inventory/spec: the types generated from openapi/, Kibo's limits and the
// granular field rules, and the zod schemas of every request body. Everything is listed by name;
// nothing is re-exported wholesale.

import type { components, operations } from "./generated/inventory.js";
import type {
  components as MockControlComponents,
  operations as MockControlOperations,
} from "./generated/mock-controls.js";

// ---------------------------------------------------------------------------------------------
// Generated types: openapi/inventory.yaml
// ---------------------------------------------------------------------------------------------
export type { components, operations, paths } from "./generated/inventory.js";

/** Every schema of the Inventory contract, e.g. `Schemas["RefreshRequest"]`. */
export type Schemas = components["schemas"];
/** Every operation's id, e.g. `"refresh"`. */
export type OperationId = keyof operations;
/** The body of `KiboError`, the one error shape of the contract. */
export type KiboError = Schemas["KiboError"];
/** The `errorCode` values of `KiboError`. */
export type KiboErrorCode = Schemas["KiboErrorCode"];

// ---------------------------------------------------------------------------------------------
// Generated from openapi/ris-availability.graphql (the RIS GraphQL schema)
// ---------------------------------------------------------------------------------------------
export { risAvailabilitySDL } from "./generated/ris-availability.js";

// ---------------------------------------------------------------------------------------------
// Generated types: openapi/mock-controls.yaml (the reference server's /__mock/ controls)
// ---------------------------------------------------------------------------------------------
export type { paths as MockControlPaths } from "./generated/mock-controls.js";
export type { MockControlComponents, MockControlOperations };
/** Every schema of the mock-controls contract, e.g. `MockControlSchemas["FaultRequest"]`. */
export type MockControlSchemas = MockControlComponents["schemas"];

// ---------------------------------------------------------------------------------------------
// Compile-time helpers
// ---------------------------------------------------------------------------------------------
export type { Equals, SchemaMatches } from "./internal/type-equals.js";
export type { JsonRequestBody, OperationWithRequestBody } from "./schemas/request-bodies.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: request bodies by operationId
// ---------------------------------------------------------------------------------------------
export { requestBodySchemas } from "./schemas/request-bodies.js";

// ---------------------------------------------------------------------------------------------
// Rules: Kibo's documented limits and the granular field rules, defined once (plain values, also
// exported without zod as `@kibo-inventory/spec/rules`)
// ---------------------------------------------------------------------------------------------
export {
  CONDITION_MAX_LENGTH,
  GRANULAR_DATE_FORMS,
  GRANULAR_DATE_PATTERN,
  GRANULAR_MAX_LENGTHS,
  type ImportDateOptions,
  KIBO_DATE_TIME_PATTERN,
  LOT_CODE_MAX_LENGTH,
  normalizeImportDate,
  SERIAL_NUMBER_MAX_LENGTH,
  SERIAL_NUMBER_MAX_UNITS,
} from "./rules/granular.js";
export { ADJUST_ITEM_LIMIT, ALLOCATE_ITEM_LIMIT, DELETE_ITEM_LIMIT, QUANTITY_MAX, QUANTITY_MIN, REFRESH_ITEM_LIMIT } from "./rules/limits.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: shared fields
// ---------------------------------------------------------------------------------------------
export {
  GranularDateSchema,
  ItemConditionSchema,
  KiboDateTimeSchema,
  LotCodeSchema,
  QuantitySchema,
  SerialNumberSchema,
  TagsSchema,
} from "./schemas/fields.js";

// ---------------------------------------------------------------------------------------------
// Zod helpers
// ---------------------------------------------------------------------------------------------
export { ownRecord, ownRecordValue } from "./internal/own-record.js";
export { englishIssueMessages } from "./schemas/issue-messages.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: auth
// ---------------------------------------------------------------------------------------------
export { OAuthTicketRequestSchema } from "./schemas/auth.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: inventory queries
// ---------------------------------------------------------------------------------------------
export { AggregateRequestSchema } from "./schemas/aggregate.js";
export {
  InventoryItemSchema,
  InventoryRequestSchema,
  ItemQuantitySchema,
  RequestLocationSchema,
} from "./schemas/inventory-query.js";
export { RisGraphqlRequestSchema } from "./schemas/ris-graphql.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: modifying inventory
// ---------------------------------------------------------------------------------------------
export { AdjustItemSchema, AdjustRequestSchema } from "./schemas/adjust.js";
export {
  DeleteFutureItemRequestSchema,
  DeleteItemRequestSchema,
  DeleteItemsRequestSchema,
} from "./schemas/delete.js";
export { AdjustFutureDateRequestSchema } from "./schemas/future.js";
export { RefreshItemSchema, RefreshRequestSchema } from "./schemas/refresh.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: allocation and order items
// ---------------------------------------------------------------------------------------------
export {
  AllocateInventoryRequestSchema,
  AllocateItemSchema,
  BlockAssignmentItemSchema,
  BlockAssignmentRequestSchema,
  OrderItemInformationRequestSchema,
  ShipmentInventoryAllocationRequestSchema,
  TransitionCartItemSchema,
  TransitionCartRequestSchema,
} from "./schemas/allocation.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: jobs, tags, locations
// ---------------------------------------------------------------------------------------------
export { GetJobsQuerySchema, JobTypeSchema } from "./schemas/jobs-query.js";
export {
  AdminAddressSchema,
  AdminCodeNameSchema,
  AdminCoordinatesSchema,
  AdminLocationSchema,
  LocationRequestSchema,
} from "./schemas/locations.js";
export { InventoryTagSchema, TagCategorySchema } from "./schemas/tags.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: export, fetch file, condition availability, calls that are not simulated
// ---------------------------------------------------------------------------------------------
export { ConditionAvailabilityRequestSchema } from "./schemas/condition-availability.js";
export {
  ExportInventoryRequestSchema,
  ExportSettingsFTPRequestSchema,
  ExportSettingsFTPSchema,
  ExportSettingsRequestSchema,
  ExportSettingsS3RequestSchema,
  ExportSettingsS3Schema,
  ExportSettingsSchema,
} from "./schemas/export.js";
export { FetchFileConfigRequestSchema } from "./schemas/fetch-file.js";
export { NotModeledBodySchema } from "./schemas/not-simulated.js";

// ---------------------------------------------------------------------------------------------
// Zod schemas: reference-server controls
// ---------------------------------------------------------------------------------------------
export {
  ClockRequestSchema,
  FaultRequestSchema,
  SeedDocumentSchema,
  SnapshotSchema,
} from "./schemas/mock-controls.js";
export { TenantSettingsUpdateSchema } from "./schemas/tenant-settings.js";

// ---------------------------------------------------------------------------------------------
// Commerce (orders, carts, checkouts, returns): openapi/commerce.yaml
// ---------------------------------------------------------------------------------------------
export type {
  components as CommerceComponents,
  operations as CommerceOperations,
  paths as CommercePaths,
} from "./generated/commerce.js";
/** Every schema of the commerce contract, e.g. `CommerceSchemas["Order"]`. */
export type CommerceSchemas = import("./generated/commerce.js").components["schemas"];
/** Every commerce operation's id, e.g. `"performOrderAction"`. */
export type CommerceOperationId = keyof import("./generated/commerce.js").operations;
export type { CommerceOperationWithRequestBody } from "./schemas/commerce-request-bodies.js";
export { commerceRequestBodySchemas } from "./schemas/commerce-request-bodies.js";
export { CartItemRequestSchema } from "./schemas/carts.js";
export { CheckoutActionNameSchema, CheckoutActionSchema, SplitItemQuerySchema } from "./schemas/checkouts.js";
export {
  FulfillmentMethodSchema,
  hasProductIdentity,
  InventoryTagsSchema,
  ItemProductSchema,
  OrderInventoryTagSchema,
} from "./schemas/commerce-items.js";
export {
  CanceledReasonSchema,
  FulfillmentActionSchema,
  ItemQuantityUpdateSchema,
  LineQuantitySchema,
  OrderActionNameSchema,
  OrderActionSchema,
  OrderItemRequestSchema,
  OrderRequestSchema,
  PackageItemRequestSchema,
  PackageRequestSchema,
} from "./schemas/orders.js";
export {
  RestockableReturnItemSchema,
  RestockReturnItemsRequestSchema,
  ReturnActionNameSchema,
  ReturnActionSchema,
  ReturnItemRequestSchema,
  ReturnReasonSchema,
  ReturnRequestSchema,
} from "./schemas/returns.js";
