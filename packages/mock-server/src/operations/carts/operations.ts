import type { CommerceOperationList } from "../registry.js";

/** Carts (D19): add, update quantity and tags, remove; stock messages, never allocation. */
export const cartOperations = {} satisfies CommerceOperationList;
