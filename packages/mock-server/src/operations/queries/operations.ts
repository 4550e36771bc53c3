import type { OperationList } from "../registry.js";
import { aggregate, postQueryInventory, postQueryRealtimeInventory } from "./query-inventory.js";

/** Inventory queries (D2, D6, D16): rows, realtime rows and aggregates. RIS GraphQL lives in `src/ris/`. */
export const queryOperations = {
  postQueryInventory,
  // The developer guide's v1 path: the same operation.
  postQueryInventoryV1: postQueryInventory,
  postQueryRealtimeInventory,
  aggregate,
} satisfies OperationList;
