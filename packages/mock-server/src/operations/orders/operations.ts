import type { CommerceOperationList } from "../registry.js";

/** Orders (D19): Pending edits, SubmitOrder / CancelOrder, shipments and packages. */
export const orderOperations = {} satisfies CommerceOperationList;
