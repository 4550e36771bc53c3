import type { CommerceOperationList } from "../registry.js";

/** Checkouts (D19): from a cart, tags editable, split items copy their tags. */
export const checkoutOperations = {} satisfies CommerceOperationList;
