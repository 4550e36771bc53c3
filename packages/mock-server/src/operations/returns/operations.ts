import type { CommerceOperationList } from "../registry.js";
import {
  createReturn,
  getAvailableReturnActions,
  getReturn,
  getReturns,
  performReturnActions,
  restockReturnItems,
} from "./returns.js";

/** Returns (D19): create, actions, restock into the segment the units came from. */
export const returnOperations = {
  getReturns,
  createReturn,
  performReturnActions,
  getReturn,
  getAvailableReturnActions,
  restockReturnItems,
} satisfies CommerceOperationList;
