/**
 * @kibo-inventory/engine — the pure inventory domain of kibo-inventory-kit.
 *
 * Every command is `command(state, input, now?) → Result` where `now` is the clock as epoch
 * milliseconds. Commands never throw for bad input and never mutate: a failed command returns the
 * error and the old state is untouched. One exception: a command whose result would store a
 * quantity past the 32-bit range (`QUANTITY_MAX`) throws `QuantityRangeError` (code
 * `validation_failed`) instead of returning; the old state is untouched all the same
 * (docs/decisions/0016-quantity-range-error-thrown.md says why and where it is caught). See
 * docs/semantics.md for decisions D1–D19.
 */

// Results and errors
export { type Answer, answer, type Err, fail, type Ok, ok, type Result } from "./result.js";
export {
  detail,
  domainError,
  type ErrorDetail,
  type InventoryDomainError,
  type InventoryErrorCode,
  isInventoryDomainError,
  QuantityRangeError,
} from "./errors.js";

// State, settings, snapshots
export { type Counters, createState, INITIAL_COUNTERS, type InventoryState } from "./state.js";
export { DEFAULT_SETTINGS, type InventorySettings } from "./settings.js";
export { updateSettings } from "./settings-update.js";
export { type ExportedCommerce, type ExportedSlot, type ExportedState, exportState, importState } from "./snapshot.js";

// Export settings, export runs and the fetch-file configuration (modelled)
export {
  type ConfigFields,
  type DestinationKind,
  EMPTY_FILE_TRANSFER,
  type ExportDestination,
  type ExportSettingsEntry,
  type FetchFileConfigEntry,
  type FileTransferState,
} from "./file-transfer.js";
export {
  addExportDestination,
  createExportSettings,
  deleteExportDestination,
  deleteExportSettings,
  type ExportDestinationInput,
  type ExportOutcome,
  type ExportRunRequest,
  type ExportSettingsInput,
  type ExportTarget,
  exportTargets,
  listExportSettings,
  recordExportJob,
  updateExportDestination,
  updateExportSettings,
} from "./export-settings.js";
export { type AggregateMode, type ExportRow, type ExportRowOptions, exportRows } from "./export-rows.js";
export { deleteFetchConfig, type FetchFileConfigInput, fetchConfigById, getFetchConfig, saveFetchConfig } from "./fetch-file-config.js";

// Locations (D1)
export type { Location } from "./location.js";
export {
  getLocation,
  type LocationAdminInput,
  type LocationInput,
  listLocations,
  saveAdminLocation,
  saveLocation,
} from "./locations.js";

// Records, segments, quantities (D1–D3)
export {
  type GranularKey,
  type InventoryRecord,
  QUANTITY_MAX,
  QUANTITY_MIN,
  type Quantities,
  type RecordDetails,
  recordTotals,
  type Segment,
  type SegmentKey,
  segmentAvailable,
} from "./records.js";
export { changedUpcs, inventoryIdsOfUpc, recordsAt, type StockedSlot, stockedSlots, stockedSlotsOf, stockedUpcs } from "./record-reads.js";
export { type StockStatus, stockStatus } from "./stock-status.js";

// Tags and segmentation (D4–D7)
export type { TagCategory, TagInput, TagPair, TagValue } from "./tags.js";
export {
  createTagValue,
  deleteTagCategory,
  deleteTagValue,
  getTagCategory,
  listTagCategories,
  type TagCategoryInput,
  type TagValueInput,
  type TagValuePatch,
  updateTagValue,
  upsertTagCategory,
} from "./tag-config.js";
export { defaultSegmentKey, keyToTags, resolveSegment } from "./segment.js";
export { largestRemainderSplit, splitPool } from "./percentage-split.js";

// Writes: refresh, adjust, delete (D7–D9)
export {
  ADJUST_ITEM_LIMIT,
  type AdjustItem,
  type AdjustRequest,
  type GranularFields,
  REFRESH_ITEM_LIMIT,
  type RefreshItem,
  type RefreshRequest,
} from "./write-request.js";
export { adjust, refresh, type WriteSummary } from "./refresh-adjust.js";
export { DELETE_ITEM_LIMIT, type DeleteItem, type DeleteItemsRequest, type DeleteItemsResult, deleteItems } from "./delete-items.js";

// Jobs (D10)
export type { Job, JobStatus, JobType } from "./job.js";
export {
  getJob,
  type JobFilter,
  type JobMode,
  listJobs,
  processAllJobs,
  processNextJob,
  submitAdjust,
  submitRefresh,
} from "./jobs.js";
export { DEFAULT_JOB_HISTORY, trimJobHistory } from "./job-history.js";

// Allocation, pending, deallocate, fulfill, carts (D11–D13)
export type { Allocation, AllocationLine, AllocationOwner } from "./allocation-entry.js";
export { allocationKey } from "./allocation-entry.js";
export { ALLOCATE_ITEM_LIMIT } from "./allocation-limit.js";
export { type AllocateItem, type AllocateRequest, type AllocationReport, allocate, type OwnerFields } from "./allocation.js";
export { allocationCandidates } from "./allocation-strategy.js";
export { releaseAllPending, releasePending } from "./pending.js";
export {
  type DeallocateRequest,
  deallocate,
  type FulfillItem,
  type FulfillRequest,
  fulfill,
  type ReleaseItem,
  type ReleaseReport,
} from "./deallocate-fulfill.js";
export { type TransitionCartItem, type TransitionCartRequest, transitionCart } from "./cart-transition.js";
export { type AllocationSummary, getAllocation, orderAllocations, shipmentAllocations } from "./allocation-reads.js";

// Conditions and expiration (D15, D16)
export type { ConditionRule } from "./condition-rule.js";
export { isConditionExcluded } from "./condition-rule.js";
export { type ConditionRuleInput, deleteConditionRule, listConditionRules, setConditionRule } from "./conditions.js";
export { isExpired } from "./expiration.js";

// Future inventory and the clock (D18)
export type { FutureRecord, FutureType } from "./future-record.js";
export {
  applyDueFutureInventory,
  type DeleteFutureRequest,
  deleteFutureInventory,
  futureRecordsFor,
  getFutureRecord,
  moveFutureDate,
} from "./future-inventory.js";

// Reads: query, aggregate, availability (D17)
export {
  type FutureRow,
  type InventoryQuery,
  type InventoryRow,
  type QueryItem,
  type QuerySortBy,
  queryInventory,
  type SegmentRow,
} from "./query.js";
export { type AggregateItem, type AggregateRequest, type AggregateRow, aggregateInventory } from "./aggregate.js";
export {
  type AvailabilityRequest,
  getAvailability,
  type LocationAvailability,
  type ProductAvailability,
} from "./availability.js";

// Orders, carts, checkouts, returns (D19)
export type {
  Cart,
  CartMessage,
  Checkout,
  CheckoutStatus,
  CommerceCounters,
  CommerceItem,
  CommerceItemInput,
  Extra,
  FulfilledLine,
  FulfillmentMethod,
  InventoryAllocation,
  ItemAllocationResult,
  Order,
  OrderItem,
  OrderStatus,
  Package,
  PackageItem,
  PackageStatus,
  RestockedLine,
  Return,
  ReturnItem,
  ReturnStatus,
  Shipment,
  ShipmentItem,
  ShipmentStatus,
} from "./orders/types.js";
export { type CommerceState, commerceId, EMPTY_COMMERCE } from "./orders/commerce-state.js";
export { checkInventoryTags, itemSegment } from "./orders/item-tags.js";
export { availableToItem, stockMessage } from "./orders/stock-check.js";
export {
  addCartItem,
  type CartInput,
  type CartItemResult,
  type CommerceItemPatch,
  createCart,
  deleteCart,
  findUserCart,
  getCart,
  listCarts,
  removeAllCartItems,
  removeCartItem,
  updateCartItem,
} from "./orders/carts.js";
export {
  addCheckoutItem,
  type CheckoutItemResult,
  createCheckoutFromCart,
  deleteCheckoutItem,
  getCheckout,
  listCheckouts,
  splitCheckoutItem,
  upsertCheckoutItemTags,
} from "./orders/checkouts.js";
export {
  addOrderItem,
  createOrder,
  type CreateOrderInput,
  findOrderItem,
  getOrder,
  getOrderByNumber,
  listOrders,
  type OrderItemResult,
  type OrderPatch,
  removeOrderItem,
  updateOrder,
  updateOrderItem,
  upsertOrderItemTags,
} from "./orders/orders.js";
export { availableOrderActions, cancelOrder, submitOrder } from "./orders/submit-cancel.js";
export { findShipment, fulfillShipment, getShipment } from "./orders/fulfill-shipment.js";
export { type CreatePackageInput, createPackage, type PackageItemInput, shipPackages } from "./orders/packages.js";
export { liveOrder, liveShipment } from "./orders/views.js";
export {
  availableReturnActions,
  createReturn,
  type CreateReturnInput,
  getReturn,
  listReturns,
  type RestockEntry,
  restockReturn,
  returnAction,
  type ReturnActionName,
  type ReturnItemInput,
} from "./orders/returns.js";
