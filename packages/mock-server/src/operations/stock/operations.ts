import type { OperationList } from "../registry.js";
import { deleteFutureInventoryHandler, deleteInventory, deleteItemsHandler } from "./delete.js";
import { adjustFutureDate } from "./future-date.js";
import { adjustHandler, refreshHandler, smartAdjustInventory, smartRefreshInventory } from "./refresh-adjust.js";

/** Stock writes (D3, D8, D9, D12): refresh, adjust, deletes and future-dated records. */
export const stockOperations = {
  refresh: refreshHandler,
  adjust: adjustHandler,
  smartRefreshInventory,
  smartAdjustInventory,
  deleteInventory,
  deleteItems: deleteItemsHandler,
  deleteFutureInventory: deleteFutureInventoryHandler,
  adjustFutureDate,
} satisfies OperationList;
