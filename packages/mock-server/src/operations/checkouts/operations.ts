import type { CommerceOperationList } from "../registry.js";
import {
  addCheckoutItem,
  createCheckoutFromCart,
  deleteCheckoutItem,
  getAvailableActionsForCheckout,
  getCheckout,
  getCheckouts,
  performCheckoutAction,
  splitItem,
  upsertInventoryTagsForCheckout,
} from "./checkouts.js";

/** Checkouts (D19): from a cart, tags editable, split items copy their tags. */
export const checkoutOperations = {
  getCheckouts,
  createCheckoutFromCart,
  getCheckout,
  addCheckoutItem,
  deleteCheckoutItem,
  upsertInventoryTagsForCheckout,
  splitItem,
  getAvailableActionsForCheckout,
  performCheckoutAction,
} satisfies CommerceOperationList;
