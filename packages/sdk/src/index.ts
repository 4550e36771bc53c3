// @kibo-inventory/sdk — the public surface. Explicit named exports only; internals live in src/internal/.

// Client
export {
  type AccessTokenConfig,
  type AnonymousConfig,
  type BaseUrlOptions,
  type ClientCredentialsConfig,
  createInventoryClient,
  type InventoryClient,
  type InventoryClientConfig,
  type InventoryPaths,
  resolveBaseUrl,
} from "./client.js";
export { type FetchResultLike, getCorrelationId, unwrap } from "./unwrap.js";

// Transport
export {
  type AttemptInfo,
  type Authorizer,
  createTransport,
  type FetchLike,
  isReadRequest,
  type RetryOptions,
  type TransportHooks,
  type TransportOptions,
} from "./transport.js";

// Auth
export { type AccessToken, accessToken } from "./auth/access-token.js";
export { AUTH_TICKET_PATH, type ClientCredentialsOptions, clientCredentials } from "./auth/client-credentials.js";
export { type AuthTicket, createMemoryTicketCache, type TicketCache } from "./auth/ticket-cache.js";

// Errors
export { type ApiErrorData, type ApiErrorInit, type ApiErrorItem, InventoryApiError } from "./errors/api-error.js";
export { InventoryAuthError } from "./errors/auth-error.js";
export { InventoryConflictError } from "./errors/conflict-error.js";
export { fromProblem } from "./errors/from-problem.js";
export {
  isInventoryApiError,
  isInventoryAuthError,
  isInventoryConflictError,
  isInventoryError,
  isInventoryNotFoundError,
  isInventoryRateLimitError,
  isInventoryValidationError,
  isNetworkError,
  isPayloadError,
  isTimeoutError,
  isUnknownApiError,
} from "./errors/guards.js";
export { InventoryError, type RequestTarget } from "./errors/inventory-error.js";
export { NetworkError } from "./errors/network-error.js";
export { InventoryNotFoundError } from "./errors/not-found-error.js";
export { PayloadError, type PayloadIssue } from "./errors/payload-error.js";
export { InventoryRateLimitError } from "./errors/rate-limit-error.js";
export { TimeoutError } from "./errors/timeout-error.js";
export { UnknownApiError } from "./errors/unknown-api-error.js";
export { InventoryValidationError } from "./errors/validation-error.js";

// Builders: tags and segments
export {
  type BuildTagsOptions,
  buildTags,
  defaultTagValue,
  fetchTagConfiguration,
  type InventoryTag,
  inventoryTagsToTags,
  type TagCategory,
  type TagConfiguration,
  type TagMap,
  tagsToInventoryTags,
} from "./builders/tags.js";

// Builders: granular fields and items
export { buildGranularFields, type GranularFields, normalizeInventoryDate } from "./builders/granular.js";
export type { ItemBuilderOptions } from "./builders/parse.js";
export { buildRefreshItem, buildRefreshRequest } from "./builders/refresh.js";
export { buildAdjustItem, buildAdjustRequest } from "./builders/adjust.js";
export { buildAllocateItem, buildAllocateRequest } from "./builders/allocate.js";

// Commerce (orders, carts, checkouts, returns)
export { type CommerceClient, type CommerceClientConfig, type CommercePaths, createCommerceClient } from "./commerce/client.js";
export {
  buildCartItem,
  buildInventoryTags,
  buildOrderItem,
  buildOrderRequest,
  type CartItemInput,
  type CartItemRequest,
  type CommerceItemInput,
  type FulfillmentMethod,
  type ItemProduct,
  type OrderInventoryTags,
  type OrderItemRequest,
  type OrderRequest,
  type OrderRequestInput,
} from "./builders/commerce.js";
export {
  type OrderAllocationOptions,
  type OrderItemAllocation,
  type OrderItemLike,
  type OrderLike,
  orderAllocation,
  type ShipmentLike,
} from "./commerce/order-allocation.js";

// Availability (ATS / ATP)
export { type AvailabilityQuery, getAvailability, LOCATION_AVAILABILITY_QUERY, SITE_AVAILABILITY_QUERY } from "./availability/get-availability.js";
export { availabilitySchemaSDL } from "./availability/schema.js";
export { type StockStatus, stockStatus } from "./availability/stock-status.js";
export type {
  AvailabilityMode,
  AvailabilityResult,
  GqlAvailabilityVariables,
  GqlLocationAvailability,
  GqlProductAvailability,
  GqlResponse,
  GqlTag,
  LocationAvailabilityResult,
  ProductAvailabilityResult,
} from "./availability/types.js";

// Bulk writes and jobs (the limits are @kibo-inventory/spec's; ADJUST_LIMIT and REFRESH_LIMIT are their deprecated names)
export { ADJUST_ITEM_LIMIT, REFRESH_ITEM_LIMIT } from "@kibo-inventory/spec/rules";
export { ADJUST_LIMIT, type AdjustItem, adjustAll } from "./bulk/adjust-all.js";
export { type ListJobsFilters, listJobs } from "./bulk/list-jobs.js";
export { REFRESH_LIMIT, type RefreshItem, refreshAll } from "./bulk/refresh-all.js";
export type { BulkBatchResult, BulkBatchStatus, BulkItemFailure, BulkOptions, BulkProgress, BulkSummary } from "./bulk/run-batches.js";
export { type InventoryJob, isJobFinished, type WaitForJobOptions, waitForJob } from "./bulk/wait-for-job.js";
