import type { CommerceOperationList } from "../registry.js";

/** Returns (D19): create, actions, restock into the segment the units came from. */
export const returnOperations = {} satisfies CommerceOperationList;
